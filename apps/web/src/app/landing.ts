import type { Me } from '@ostoja/domain';

// Where each role lands after signing in: on its work. The director on the dashboard; everyone
// else on "Moja praca", which holds the clerk's decisions to issue and the social worker's home
// visits and the field team's online applications. The first matching role wins.
const LANDING: { role: Me['roles'][number]; path: string }[] = [
  { role: 'director', path: '/reports/dashboard' },
];

export function landingPath(me: Pick<Me, 'roles'>): string {
  return LANDING.find((l) => me.roles.includes(l.role))?.path ?? '/';
}
