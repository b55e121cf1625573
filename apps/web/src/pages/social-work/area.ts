import { type Area, page, screens } from '../../app/area.ts';

export const socialWorkArea: Area = {
  routes: [
    ...screens('socialWork.read', {
      '/case-files': page(() => import('./CaseFilesPage.tsx'), 'CaseFilesPage'),
      '/case-files/:id': page(() => import('./CaseFilePage.tsx'), 'CaseFilePage'),
    }),
    ...screens('socialWork.write', {
      '/case-files/new': page(() => import('./OpenCaseFilePage.tsx'), 'OpenCaseFilePage'),
    }),
  ],
  nav: [{ to: '/case-files', label: 'nav.caseFiles', permission: 'socialWork.read' }],
};
