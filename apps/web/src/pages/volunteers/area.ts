import { type Area, menu, screen, screens } from '../../app/area.ts';
import { portalPage } from '../../components/portal-shell.tsx';

/** Volunteering: the public sign-up; the coordinator's review and agreements. */
export const volunteersArea: Area = [
  ...screens('public', {
    '/portal/volunteer': portalPage(() => import('./SignUpPage.tsx'), 'SignUpPage'),
  }),
  ...screens('volunteers.manage', {
    '/volunteers': menu('nav.volunteers', 'volunteers/VolunteersPage'),
    '/volunteers/:id': screen('volunteers/VolunteerPage'),
  }),
];
