import { type Area, page } from '../../app/area.ts';

export const sheltersArea: Area = {
  routes: [
    {
      path: '/shelter-referrals',
      permission: 'shelters.read',
      component: page(() => import('./ShelterReferralsPage.tsx'), 'ShelterReferralsPage'),
    },
    {
      path: '/shelter-referrals/:id',
      permission: 'shelters.read',
      component: page(() => import('./ShelterReferralPage.tsx'), 'ShelterReferralPage'),
    },
    {
      path: '/shelters/fee-resolutions',
      permission: 'shelters.read',
      component: page(() => import('./ShelterFeesPage.tsx'), 'ShelterFeesPage'),
    },
    {
      path: '/shelters',
      permission: 'shelters.read',
      component: page(() => import('./SheltersPage.tsx'), 'SheltersPage'),
    },
  ],
  nav: [{ to: '/shelter-referrals', label: 'nav.shelterReferrals', permission: 'shelters.read' }],
};
