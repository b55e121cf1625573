import { type Area, menu, page, screens } from '../../app/area.ts';

export const dpsArea: Area = [
  ...screens('dps.read', {
    '/dps': menu('nav.dps', () => import('./DpsPage.tsx'), 'DpsPage'),
    '/dps/referrals/:id': page(() => import('./DpsReferralPage.tsx'), 'DpsReferralPage'),
    '/dps/monthly-cost': page(() => import('./DpsCostPage.tsx'), 'DpsCostPage'),
  }),
  // The administrator keeps the register of homes (who may not read the referral files).
  ...screens('serviceFees.manage', {
    '/dps/homes': menu('nav.dpsHomes', () => import('./DpsHomesPage.tsx'), 'DpsHomesPage'),
  }),
];
