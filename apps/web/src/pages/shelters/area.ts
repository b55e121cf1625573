import { type Area, menu, screen, screens } from '../../app/area.ts';

export const sheltersArea: Area = screens('shelters.read', {
  '/shelter-referrals': menu('nav.shelterReferrals', 'shelters/ShelterReferralsPage'),
  '/shelter-referrals/:id': screen('shelters/ShelterReferralPage'),
  '/shelters/fee-resolutions': screen('shelters/ShelterFeesPage'),
  '/shelters': screen('shelters/SheltersPage'),
});
