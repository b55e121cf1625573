import { type Area, page } from '../../app/area.ts';
import { portalScreen } from '../../components/portal-shell.tsx';

/** Counselling: residents see specialists and book a slot (public); specialists work their day. */
export const counsellingArea: Area = {
  routes: [
    {
      path: '/portal/counselling',
      public: true,
      component: portalScreen(page(() => import('./CounsellingPage.tsx'), 'CounsellingPage')),
    },
    {
      path: '/portal/counselling/book',
      public: true,
      component: portalScreen(page(() => import('./BookPage.tsx'), 'BookPage')),
    },
    {
      path: '/portal/counselling/booking',
      public: true,
      component: portalScreen(page(() => import('./MyBookingPage.tsx'), 'MyBookingPage')),
    },
    {
      path: '/counselling/schedule',
      permission: 'counselling.work',
      component: page(() => import('./SchedulePage.tsx'), 'SchedulePage'),
    },
    {
      path: '/counselling/setup',
      permission: 'counselling.manage',
      component: page(() => import('./SetupPage.tsx'), 'SetupPage'),
    },
  ],
  nav: [
    { to: '/counselling/schedule', label: 'nav.counselling', permission: 'counselling.work' },
    { to: '/counselling/setup', label: 'nav.counsellingSetup', permission: 'counselling.manage' },
  ],
};
