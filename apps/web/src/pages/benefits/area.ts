import { type Area, menu, page, screens } from '../../app/area.ts';

export const benefitsArea: Area = [
  ...screens('applications.read', {
    '/applications': menu(
      'nav.applications',
      () => import('./ApplicationsQueuePage.tsx'),
      'ApplicationsQueuePage',
      { end: true },
    ),
    '/applications/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
  }),
  ...screens('applications.write', {
    '/applications/new': menu(
      'nav.newApplication',
      () => import('./ApplicationCreatePage.tsx'),
      'ApplicationCreatePage',
    ),
  }),
  ...screens('wywiad.write', {
    '/applications/:id/wywiad': page(() => import('./WywiadPage.tsx'), 'WywiadPage'),
    '/applications/:id/proposal': page(() => import('./ProposalPage.tsx'), 'ProposalPage'),
  }),
  ...screens('legalParameters.manage', {
    '/admin/legal-parameters': menu(
      'nav.legalParameters',
      () => import('./LegalParametersPage.tsx'),
      'LegalParametersPage',
    ),
    // Resolutions are reached from the parameters page (and "Moja praca"), keeping the menu short.
    '/admin/local-resolutions': page(() => import('./LocalResolutionsPage.tsx'), 'LocalResolutionsPage'),
  }),
];
