import { type Area, page, screens } from '../../app/area.ts';
import { portalPage } from '../../components/portal-shell.tsx';

/** Volunteering: the public sign-up; the coordinator's review and agreements. */
export const volunteersArea: Area = {
  routes: [
    ...screens('public', {
      '/portal/volunteer': portalPage(() => import('./SignUpPage.tsx'), 'SignUpPage'),
    }),
    ...screens('volunteers.manage', {
      '/volunteers': page(() => import('./VolunteersPage.tsx'), 'VolunteersPage'),
      '/volunteers/:id': page(() => import('./VolunteerPage.tsx'), 'VolunteerPage'),
    }),
  ],
  nav: [{ to: '/volunteers', label: 'nav.volunteers', permission: 'volunteers.manage' }],
};
