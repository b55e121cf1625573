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
    {
      path: '/care-schedule',
      permission: 'careSchedule.manage',
      component: page(() => import('./CareSchedulePage.tsx'), 'CareSchedulePage'),
    },
    {
      path: '/my-clients',
      permission: 'careSchedule.ownClients',
      component: page(() => import('./MyClientsPage.tsx'), 'MyClientsPage'),
    },
    {
      path: '/care-bills',
      permission: 'careService.read',
      component: page(() => import('./CareBillsPage.tsx'), 'CareBillsPage'),
    },
    {
      path: '/care-bills/:id',
      permission: 'careService.read',
      component: page(() => import('./CareBillPage.tsx'), 'CareBillPage'),
    },
    {
      path: '/telecare',
      permission: 'telecare.read',
      component: page(() => import('./TelecarePage.tsx'), 'TelecarePage'),
    },
    {
      path: '/neighbour-services',
      permission: 'neighbourServices.read',
      component: page(() => import('./NeighbourServicesPage.tsx'), 'NeighbourServicesPage'),
    },
  ],
  nav: [
    { to: '/care-services', label: 'nav.careServices', permission: 'careService.read' },
    { to: '/care-schedule', label: 'nav.careSchedule', permission: 'careSchedule.manage' },
    { to: '/care-bills', label: 'nav.careBills', permission: 'careService.read' },
    { to: '/my-clients', label: 'nav.myClients', permission: 'careSchedule.ownClients' },
    { to: '/telecare', label: 'nav.telecare', permission: 'telecare.read' },
    { to: '/neighbour-services', label: 'nav.neighbourServices', permission: 'neighbourServices.read' },
    { to: '/meals-programme', label: 'nav.mealsProgramme', permission: 'careService.read' },
    { to: '/fee-tables', label: 'nav.feeTables', permission: 'serviceFees.manage' },
  ],
};
