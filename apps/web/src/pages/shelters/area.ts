import { type Area, menu, page, screens } from '../../app/area.ts';

export const sheltersArea: Area = screens('shelters.read', {
  '/shelter-referrals': menu(
    'nav.shelterReferrals',
    () => import('./ShelterReferralsPage.tsx'),
    'ShelterReferralsPage',
  ),
  '/shelter-referrals/:id': page(() => import('./ShelterReferralPage.tsx'), 'ShelterReferralPage'),
  '/shelters/fee-resolutions': page(() => import('./ShelterFeesPage.tsx'), 'ShelterFeesPage'),
  '/shelters': page(() => import('./SheltersPage.tsx'), 'SheltersPage'),
});
