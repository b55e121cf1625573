import { type Area, menu, screen, screens } from '../../app/area.ts';

export const servicesArea: Area = [
  ...screens('careService.read', {
    '/care-services': menu('nav.careServices', 'services/CareServicesPage'),
    '/care-services/:id': screen('services/CareServicePage'),
  }),
  ...screens('careSchedule.manage', {
    '/care-schedule': menu('nav.careSchedule', 'services/CareSchedulePage'),
  }),
  ...screens('careService.read', {
    '/care-bills': menu('nav.careBills', 'services/CareBillsPage'),
    '/care-bills/:id': screen('services/CareBillPage'),
  }),
  ...screens('careSchedule.ownClients', {
    '/my-clients': menu('nav.myClients', 'services/MyClientsPage'),
  }),
  ...screens('telecare.read', {
    '/telecare': menu('nav.telecare', 'services/TelecarePage'),
  }),
  ...screens('neighbourServices.read', {
    '/neighbour-services': menu('nav.neighbourServices', 'services/NeighbourServicesPage'),
  }),
  ...screens('careService.read', {
    '/meals-programme': menu('nav.mealsProgramme', 'services/MealsProgrammePage'),
    '/meals-programme/report': screen('services/MealsReportPage'),
  }),
  // Every signed-in user may read the fee tables; the menu links them for who sets them.
  ...screens('authenticated', {
    '/fee-tables': menu('nav.feeTables', 'services/FeeTablesPage', {
      permission: 'serviceFees.manage',
    }),
  }),
];
