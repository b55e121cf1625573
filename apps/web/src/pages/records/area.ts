import { type Area, page, screens } from '../../app/area.ts';

export const recordsArea: Area = {
  routes: [
    ...screens('records.manage', {
      '/records': page(() => import('./RetentionPage.tsx'), 'RetentionPage'),
    }),
  ],
  nav: [{ to: '/records', label: 'nav.records', permission: 'records.manage' }],
};
