import { type Area, page } from '../../app/area.ts';

export const healthCareArea: Area = {
  routes: [
    {
      path: '/health-care',
      permission: 'healthCare.read',
      component: page(() => import('./HealthCarePage.tsx'), 'HealthCarePage'),
    },
  ],
  nav: [{ to: '/health-care', label: 'nav.healthCare', permission: 'healthCare.read' }],
};
