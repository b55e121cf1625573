import { type Area, menu, screen, screens } from '../../app/area.ts';
import { portalPage } from '../../components/portal-shell.tsx';

/** Applying online: the resident's form and status (public); the field team's intakes (staff). */
export const intakeArea: Area = [
  ...screens('public', {
    '/portal/apply': portalPage(() => import('./ApplyPage.tsx'), 'ApplyPage'),
    '/portal/apply/status': portalPage(() => import('./StatusPage.tsx'), 'StatusPage'),
  }),
  ...screens('intakes.handle', {
    '/intakes': menu('nav.intakes', 'intake/IntakesPage'),
    '/intakes/:id': screen('intake/IntakePage'),
  }),
];
