import { type Area, menu, page, screens } from '../../app/area.ts';

export const crisisInterventionArea: Area = screens('crisisIntervention.read', {
  '/crisis-cases': menu('nav.crisisCases', () => import('./CrisisCasesPage.tsx'), 'CrisisCasesPage'),
  '/crisis-cases/:id': page(() => import('./CrisisCasePage.tsx'), 'CrisisCasePage'),
});
