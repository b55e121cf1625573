import { type Area, page } from '../../app/area.ts';

export const crisisInterventionArea: Area = {
  routes: [
    {
      path: '/crisis-cases',
      permission: 'crisisIntervention.read',
      component: page(() => import('./CrisisCasesPage.tsx'), 'CrisisCasesPage'),
    },
    {
      path: '/crisis-cases/:id',
      permission: 'crisisIntervention.read',
      component: page(() => import('./CrisisCasePage.tsx'), 'CrisisCasePage'),
    },
  ],
  nav: [{ to: '/crisis-cases', label: 'nav.crisisCases', permission: 'crisisIntervention.read' }],
};
