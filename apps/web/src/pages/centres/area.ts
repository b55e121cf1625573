import { type Area, page } from '../../app/area.ts';

export const centresArea: Area = {
  routes: [
    {
      path: '/facilities',
      permission: 'centres.read',
      component: page(() => import('./FacilitiesPage.tsx'), 'FacilitiesPage'),
    },
    {
      path: '/facilities/:id',
      permission: 'centres.read',
      component: page(() => import('./FacilityPage.tsx'), 'FacilityPage'),
    },
    {
      path: '/facilities/:id/attendance',
      permission: 'centres.read',
      component: page(() => import('./AttendancePage.tsx'), 'AttendancePage'),
    },
    {
      path: '/facilities/:id/report',
      permission: 'centres.read',
      component: page(() => import('./ReportPage.tsx'), 'ReportPage'),
    },
    {
      path: '/enrolments/:id',
      permission: 'centres.read',
      component: page(() => import('./EnrolmentPage.tsx'), 'EnrolmentPage'),
    },
  ],
  nav: [{ to: '/facilities', label: 'nav.facilities', permission: 'centres.read' }],
};
