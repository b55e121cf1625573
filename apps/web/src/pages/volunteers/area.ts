import { type Area, page } from '../../app/area.ts';
import { portalScreen } from '../../components/portal-shell.tsx';

/** Volunteering: the public sign-up; the coordinator's review and agreements. */
export const volunteersArea: Area = {
  routes: [
    {
      path: '/portal/volunteer',
      public: true,
      component: portalScreen(page(() => import('./SignUpPage.tsx'), 'SignUpPage')),
    },
    {
      path: '/volunteers',
      permission: 'volunteers.manage',
      component: page(() => import('./VolunteersPage.tsx'), 'VolunteersPage'),
    },
    {
      path: '/volunteers/:id',
      permission: 'volunteers.manage',
      component: page(() => import('./VolunteerPage.tsx'), 'VolunteerPage'),
    },
  ],
  nav: [{ to: '/volunteers', label: 'nav.volunteers', permission: 'volunteers.manage' }],
};
