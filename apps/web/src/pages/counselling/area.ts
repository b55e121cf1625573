import { type Area, menu, screens } from '../../app/area.ts';
import { portalPage } from '../../components/portal-shell.tsx';

/** Counselling: residents see specialists and book a slot (public); specialists work their day. */
export const counsellingArea: Area = [
  ...screens('public', {
    '/portal/counselling': portalPage(() => import('./CounsellingPage.tsx'), 'CounsellingPage'),
    '/portal/counselling/book': portalPage(() => import('./BookPage.tsx'), 'BookPage'),
    '/portal/counselling/booking': portalPage(() => import('./MyBookingPage.tsx'), 'MyBookingPage'),
  }),
  ...screens('counselling.work', {
    '/counselling/schedule': menu('nav.counselling', 'counselling/SchedulePage'),
  }),
  ...screens('counselling.manage', {
    '/counselling/setup': menu('nav.counsellingSetup', 'counselling/SetupPage'),
  }),
];
