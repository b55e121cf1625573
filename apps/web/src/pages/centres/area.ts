import { type Area, page, screens } from '../../app/area.ts';

export const centresArea: Area = {
  routes: [
    ...screens('centres.read', {
      '/facilities': page(() => import('./FacilitiesPage.tsx'), 'FacilitiesPage'),
      '/facilities/:id': page(() => import('./FacilityPage.tsx'), 'FacilityPage'),
      '/facilities/:id/attendance': page(() => import('./AttendancePage.tsx'), 'AttendancePage'),
      '/facilities/:id/report': page(() => import('./ReportPage.tsx'), 'ReportPage'),
      '/enrolments/:id': page(() => import('./EnrolmentPage.tsx'), 'EnrolmentPage'),
    }),
  ],
  nav: [{ to: '/facilities', label: 'nav.facilities', permission: 'centres.read' }],
};
