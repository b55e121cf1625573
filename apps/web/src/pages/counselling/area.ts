import { type Area, page, screens } from '../../app/area.ts';
import { portalPage } from '../../components/portal-shell.tsx';

/** Counselling: residents see specialists and book a slot (public); specialists work their day. */
export const counsellingArea: Area = {
  routes: [
    ...screens('public', {
      '/portal/counselling': portalPage(() => import('./CounsellingPage.tsx'), 'CounsellingPage'),
      '/portal/counselling/book': portalPage(() => import('./BookPage.tsx'), 'BookPage'),
      '/portal/counselling/booking': portalPage(() => import('./MyBookingPage.tsx'), 'MyBookingPage'),
    }),
    ...screens('counselling.work', {
      '/counselling/schedule': page(() => import('./SchedulePage.tsx'), 'SchedulePage'),
    }),
    ...screens('counselling.manage', {
      '/counselling/setup': page(() => import('./SetupPage.tsx'), 'SetupPage'),
    }),
  ],
  nav: [
    { to: '/counselling/schedule', label: 'nav.counselling', permission: 'counselling.work' },
    { to: '/counselling/setup', label: 'nav.counsellingSetup', permission: 'counselling.manage' },
  ],
};
