import { type Area, page, screens } from '../../app/area.ts';

export const benefitsArea: Area = {
  routes: [
    ...screens('applications.read', {
      '/applications': page(() => import('./ApplicationsQueuePage.tsx'), 'ApplicationsQueuePage'),
      '/applications/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    }),
    ...screens('applications.write', {
      '/applications/new': page(() => import('./ApplicationCreatePage.tsx'), 'ApplicationCreatePage'),
    }),
    ...screens('wywiad.write', {
      '/applications/:id/wywiad': page(() => import('./WywiadPage.tsx'), 'WywiadPage'),
      '/applications/:id/proposal': page(() => import('./ProposalPage.tsx'), 'ProposalPage'),
    }),
    ...screens('legalParameters.manage', {
      '/admin/legal-parameters': page(() => import('./LegalParametersPage.tsx'), 'LegalParametersPage'),
      '/admin/local-resolutions': page(() => import('./LocalResolutionsPage.tsx'), 'LocalResolutionsPage'),
    }),
  ],
  // Resolutions are reached from the parameters page (and "Moja praca"), keeping the menu short.
  nav: [
    { to: '/applications', label: 'nav.applications', permission: 'applications.read', end: true },
    { to: '/applications/new', label: 'nav.newApplication', permission: 'applications.write' },
    { to: '/admin/legal-parameters', label: 'nav.legalParameters', permission: 'legalParameters.manage' },
  ],
};
