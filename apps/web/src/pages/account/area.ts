import { type Area, page, screens } from '../../app/area.ts';

export const accountArea: Area = {
  routes: [
    ...screens('authenticated', {
      '/account': page(() => import('./AccountSecurityPage.tsx'), 'AccountSecurityPage'),
    }),
  ],
  nav: [{ to: '/account', label: 'nav.account', permission: 'authenticated' }],
};
