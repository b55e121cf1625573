import { type Area, page } from '../../app/area.ts';

export const dpsArea: Area = {
  routes: [
    { path: '/dps', permission: 'dps.read', component: page(() => import('./DpsPage.tsx'), 'DpsPage') },
    {
      path: '/dps/referrals/:id',
      permission: 'dps.read',
      component: page(() => import('./DpsReferralPage.tsx'), 'DpsReferralPage'),
    },
    {
      path: '/dps/monthly-cost',
      permission: 'dps.read',
      component: page(() => import('./DpsCostPage.tsx'), 'DpsCostPage'),
    },
  ],
  nav: [{ to: '/dps', label: 'nav.dps', permission: 'dps.read' }],
};
