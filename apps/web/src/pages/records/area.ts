import { type Area, page } from '../../app/area.ts';

export const recordsArea: Area = {
  routes: [
    {
      path: '/records',
      permission: 'records.manage',
      component: page(() => import('./RetentionPage.tsx'), 'RetentionPage'),
    },
  ],
  nav: [{ to: '/records', label: 'nav.records', permission: 'records.manage' }],
};
