import type { Me } from '@ostoja/domain';

// Where each role lands after signing in: on its work. The director on the dashboard; everyone
// else on "Moja praca", which holds the clerk's decisions to issue and the social worker's home
// visits and the field team's online applications. The first matching role wins.
const LANDING: { role: Me['roles'][number]; path: string }[] = [
  { role: 'director', path: '/reports/dashboard' },
];

export function landingPath(me: Pick<Me, 'roles' | 'mustEnrolTotp'>): string {
  // A role that requires two-factor sign-in, not yet set up: nothing else is open until it is.
  if (me.mustEnrolTotp) return '/account';
  return LANDING.find((l) => me.roles.includes(l.role))?.path ?? '/';
}
