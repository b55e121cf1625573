import { type Area, page, screens } from '../../app/area.ts';

export const familySupportArea: Area = {
  routes: [
    ...screens('fosterCare.read', {
      '/foster-care': page(() => import('./FosterCarePage.tsx'), 'FosterCarePage'),
      '/foster-care/:id': page(() => import('./FosterChildPage.tsx'), 'FosterChildPage'),
    }),
    ...screens('familySupport.read', {
      '/family-assistance': page(() => import('./FamiliesPage.tsx'), 'FamiliesPage'),
      '/family-assistance/:id': page(() => import('./FamilyPage.tsx'), 'FamilyPage'),
    }),
  ],
  nav: [
    { to: '/family-assistance', label: 'nav.families', permission: 'familySupport.read' },
    { to: '/foster-care', label: 'nav.fosterCare', permission: 'fosterCare.read' },
  ],
};
