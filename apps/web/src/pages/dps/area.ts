import { type Area, menu, screen, screens } from '../../app/area.ts';

export const dpsArea: Area = [
  ...screens('dps.read', {
    '/dps': menu('nav.dps', 'dps/DpsPage'),
    '/dps/referrals/:id': screen('dps/DpsReferralPage'),
    '/dps/monthly-cost': screen('dps/DpsCostPage'),
  }),
  // The administrator keeps the register of homes (who may not read the referral files).
  ...screens('serviceFees.manage', {
    '/dps/homes': menu('nav.dpsHomes', 'dps/DpsHomesPage'),
  }),
];
