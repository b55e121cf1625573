import { type Area, page } from '../../app/area.ts';

export const socialWorkArea: Area = {
  routes: [
    {
      path: '/case-files',
      permission: 'socialWork.read',
      component: page(() => import('./CaseFilesPage.tsx'), 'CaseFilesPage'),
    },
    {
      path: '/case-files/new',
      permission: 'socialWork.write',
      component: page(() => import('./OpenCaseFilePage.tsx'), 'OpenCaseFilePage'),
    },
    {
      path: '/case-files/:id',
      permission: 'socialWork.read',
      component: page(() => import('./CaseFilePage.tsx'), 'CaseFilePage'),
    },
  ],
  nav: [{ to: '/case-files', label: 'nav.caseFiles', permission: 'socialWork.read' }],
};
