import { type Area, menu, screen, screens } from '../../app/area.ts';

export const centresArea: Area = screens('centres.read', {
  '/facilities': menu('nav.facilities', 'centres/FacilitiesPage'),
  '/facilities/:id': screen('centres/FacilityPage'),
  '/facilities/:id/attendance': screen('centres/AttendancePage'),
  '/facilities/:id/report': screen('centres/ReportPage'),
  '/enrolments/:id': screen('centres/EnrolmentPage'),
});
