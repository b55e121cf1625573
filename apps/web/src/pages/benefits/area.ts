import { type Area, menu, screen, screens } from '../../app/area.ts';

export const benefitsArea: Area = [
  ...screens('applications.read', {
    '/applications': menu('nav.applications', 'benefits/ApplicationsQueuePage', { end: true }),
    '/applications/:id': screen('benefits/ApplicationPage'),
  }),
  ...screens('applications.write', {
    '/applications/new': menu('nav.newApplication', 'benefits/ApplicationCreatePage'),
  }),
  ...screens('wywiad.write', {
    '/applications/:id/wywiad': screen('benefits/WywiadPage'),
    '/applications/:id/proposal': screen('benefits/ProposalPage'),
  }),
  ...screens('legalParameters.manage', {
    '/admin/legal-parameters': menu('nav.legalParameters', 'benefits/LegalParametersPage'),
    // Resolutions are reached from the parameters page (and "Moja praca"), keeping the menu short.
    '/admin/local-resolutions': screen('benefits/LocalResolutionsPage'),
  }),
];
