import { type Area, menu, screen, screens } from '../../app/area.ts';

export const socialWorkArea: Area = [
  ...screens('socialWork.read', {
    '/case-files': menu('nav.caseFiles', 'social-work/CaseFilesPage'),
    '/case-files/:id': screen('social-work/CaseFilePage'),
  }),
  ...screens('socialWork.write', {
    '/case-files/new': screen('social-work/OpenCaseFilePage'),
  }),
];
