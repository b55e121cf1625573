import { type Area, page } from '../../app/area.ts';
import { portalScreen } from '../../components/portal-shell.tsx';

/** Applying online: the resident's form and status (public); the field team's intakes (staff). */
export const intakeArea: Area = {
  routes: [
    {
      path: '/portal/apply',
      public: true,
      component: portalScreen(page(() => import('./ApplyPage.tsx'), 'ApplyPage')),
    },
    {
      path: '/portal/apply/status',
      public: true,
      component: portalScreen(page(() => import('./StatusPage.tsx'), 'StatusPage')),
    },
    {
      path: '/intakes',
      permission: 'intakes.handle',
      component: page(() => import('./IntakesPage.tsx'), 'IntakesPage'),
    },
    {
      path: '/intakes/:id',
      permission: 'intakes.handle',
      component: page(() => import('./IntakePage.tsx'), 'IntakePage'),
    },
  ],
  nav: [{ to: '/intakes', label: 'nav.intakes', permission: 'intakes.handle' }],
};
