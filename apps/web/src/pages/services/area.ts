import { type Area, page } from '../../app/area.ts';

export const servicesArea: Area = {
  routes: [
    {
      path: '/care-services',
      permission: 'careService.read',
      component: page(() => import('./CareServicesPage.tsx'), 'CareServicesPage'),
    },
    {
      path: '/care-services/:id',
      permission: 'careService.read',
      component: page(() => import('./CareServicePage.tsx'), 'CareServicePage'),
    },
    {
      path: '/fee-tables',
      permission: 'authenticated',
      component: page(() => import('./FeeTablesPage.tsx'), 'FeeTablesPage'),
    },
  ],
  nav: [
    { to: '/care-services', label: 'nav.careServices', permission: 'careService.read' },
    { to: '/fee-tables', label: 'nav.feeTables', permission: 'serviceFees.manage' },
  ],
};
