import { type Area, menu, page, screens } from '../../app/area.ts';

export const centresArea: Area = screens('centres.read', {
  '/facilities': menu('nav.facilities', () => import('./FacilitiesPage.tsx'), 'FacilitiesPage'),
  '/facilities/:id': page(() => import('./FacilityPage.tsx'), 'FacilityPage'),
  '/facilities/:id/attendance': page(() => import('./AttendancePage.tsx'), 'AttendancePage'),
  '/facilities/:id/report': page(() => import('./ReportPage.tsx'), 'ReportPage'),
  '/enrolments/:id': page(() => import('./EnrolmentPage.tsx'), 'EnrolmentPage'),
});
