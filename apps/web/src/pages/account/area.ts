import { type Area, page } from '../../app/area.ts';

export const accountArea: Area = {
  routes: [
    {
      path: '/account',
      permission: 'authenticated',
      component: page(() => import('./AccountSecurityPage.tsx'), 'AccountSecurityPage'),
    },
  ],
  nav: [{ to: '/account', label: 'nav.account', permission: 'authenticated' }],
};
