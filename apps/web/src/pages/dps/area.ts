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
    {
      path: '/dps/homes',
      permission: 'serviceFees.manage',
      component: page(() => import('./DpsHomesPage.tsx'), 'DpsHomesPage'),
    },
  ],
  nav: [
    { to: '/dps', label: 'nav.dps', permission: 'dps.read' },
    // The administrator keeps the register of homes (who may not read the referral files).
    { to: '/dps/homes', label: 'nav.dpsHomes', permission: 'serviceFees.manage' },
  ],
};
