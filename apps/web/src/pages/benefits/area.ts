import { type Area, page } from '../../app/area.ts';

export const benefitsArea: Area = {
  routes: [
    {
      path: '/applications',
      permission: 'applications.read',
      component: page(() => import('./ApplicationsQueuePage.tsx'), 'ApplicationsQueuePage'),
    },
    {
      path: '/applications/new',
      permission: 'applications.write',
      component: page(() => import('./ApplicationCreatePage.tsx'), 'ApplicationCreatePage'),
    },
    {
      path: '/applications/:id',
      permission: 'applications.read',
      component: page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    },
    {
      path: '/applications/:id/wywiad',
      permission: 'wywiad.write',
      component: page(() => import('./WywiadPage.tsx'), 'WywiadPage'),
    },
    {
      path: '/applications/:id/proposal',
      permission: 'wywiad.write',
      component: page(() => import('./ProposalPage.tsx'), 'ProposalPage'),
    },
    {
      path: '/admin/legal-parameters',
      permission: 'legalParameters.manage',
      component: page(() => import('./LegalParametersPage.tsx'), 'LegalParametersPage'),
    },
    {
      path: '/admin/local-resolutions',
      permission: 'legalParameters.manage',
      component: page(() => import('./LocalResolutionsPage.tsx'), 'LocalResolutionsPage'),
    },
  ],
  // Resolutions are reached from the parameters page (and "Moja praca"), keeping the menu short.
  nav: [
    { to: '/applications', label: 'nav.applications', permission: 'applications.read', end: true },
    { to: '/applications/new', label: 'nav.newApplication', permission: 'applications.write' },
    { to: '/admin/legal-parameters', label: 'nav.legalParameters', permission: 'legalParameters.manage' },
  ],
};
