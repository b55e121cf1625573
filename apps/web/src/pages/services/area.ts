import { type Area, menu, page, screens } from '../../app/area.ts';

export const servicesArea: Area = [
  ...screens('careService.read', {
    '/care-services': menu('nav.careServices', () => import('./CareServicesPage.tsx'), 'CareServicesPage'),
    '/care-services/:id': page(() => import('./CareServicePage.tsx'), 'CareServicePage'),
  }),
  ...screens('careSchedule.manage', {
    '/care-schedule': menu('nav.careSchedule', () => import('./CareSchedulePage.tsx'), 'CareSchedulePage'),
  }),
  ...screens('careService.read', {
    '/care-bills': menu('nav.careBills', () => import('./CareBillsPage.tsx'), 'CareBillsPage'),
    '/care-bills/:id': page(() => import('./CareBillPage.tsx'), 'CareBillPage'),
  }),
  ...screens('careSchedule.ownClients', {
    '/my-clients': menu('nav.myClients', () => import('./MyClientsPage.tsx'), 'MyClientsPage'),
  }),
  ...screens('telecare.read', {
    '/telecare': menu('nav.telecare', () => import('./TelecarePage.tsx'), 'TelecarePage'),
  }),
  ...screens('neighbourServices.read', {
    '/neighbour-services': menu(
      'nav.neighbourServices',
      () => import('./NeighbourServicesPage.tsx'),
      'NeighbourServicesPage',
    ),
  }),
  ...screens('careService.read', {
    '/meals-programme': menu(
      'nav.mealsProgramme',
      () => import('./MealsProgrammePage.tsx'),
      'MealsProgrammePage',
    ),
    '/meals-programme/report': page(() => import('./MealsReportPage.tsx'), 'MealsReportPage'),
  }),
  // Every signed-in user may read the fee tables; the menu links them for who sets them.
  ...screens('authenticated', {
    '/fee-tables': menu('nav.feeTables', () => import('./FeeTablesPage.tsx'), 'FeeTablesPage', {
      permission: 'serviceFees.manage',
    }),
  }),
];
