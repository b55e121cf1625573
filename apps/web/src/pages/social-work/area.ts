import { type Area, menu, page, screens } from '../../app/area.ts';

export const socialWorkArea: Area = [
  ...screens('socialWork.read', {
    '/case-files': menu('nav.caseFiles', () => import('./CaseFilesPage.tsx'), 'CaseFilesPage'),
    '/case-files/:id': page(() => import('./CaseFilePage.tsx'), 'CaseFilePage'),
  }),
  ...screens('socialWork.write', {
    '/case-files/new': page(() => import('./OpenCaseFilePage.tsx'), 'OpenCaseFilePage'),
  }),
];
