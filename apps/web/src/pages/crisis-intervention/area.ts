import { type Area, menu, screen, screens } from '../../app/area.ts';

export const crisisInterventionArea: Area = screens('crisisIntervention.read', {
  '/crisis-cases': menu('nav.crisisCases', 'crisis-intervention/CrisisCasesPage'),
  '/crisis-cases/:id': screen('crisis-intervention/CrisisCasePage'),
});
