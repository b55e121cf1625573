import { type Area, page, screens } from '../../app/area.ts';
import { menuEntry } from '../../components/kit/menu-entry.ts';

const routes = [
  ...screens('socialWork.read', {
    '/case-files': page(() => import('./CaseFilesPage.tsx'), 'CaseFilesPage'),
    '/case-files/:id': page(() => import('./CaseFilePage.tsx'), 'CaseFilePage'),
  }),
  ...screens('socialWork.write', {
    '/case-files/new': page(() => import('./OpenCaseFilePage.tsx'), 'OpenCaseFilePage'),
  }),
];

export const socialWorkArea: Area = {
  routes,
  nav: [menuEntry(routes, '/case-files', 'nav.caseFiles')],
};
