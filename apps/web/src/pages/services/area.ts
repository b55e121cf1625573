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
      path: '/meals-programme',
      permission: 'careService.read',
      component: page(() => import('./MealsProgrammePage.tsx'), 'MealsProgrammePage'),
    },
    {
      path: '/meals-programme/report',
      permission: 'careService.read',
      component: page(() => import('./MealsReportPage.tsx'), 'MealsReportPage'),
    },
    {
      path: '/fee-tables',
      permission: 'authenticated',
      component: page(() => import('./FeeTablesPage.tsx'), 'FeeTablesPage'),
    },
  ],
  nav: [
    { to: '/care-services', label: 'nav.careServices', permission: 'careService.read' },
    { to: '/meals-programme', label: 'nav.mealsProgramme', permission: 'careService.read' },
    { to: '/fee-tables', label: 'nav.feeTables', permission: 'serviceFees.manage' },
  ],
};
