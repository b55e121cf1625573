import { type Area, page } from '../../app/area.ts';

export const familySupportArea: Area = {
  routes: [
    {
      path: '/foster-care',
      permission: 'fosterCare.read',
      component: page(() => import('./FosterCarePage.tsx'), 'FosterCarePage'),
    },
    {
      path: '/foster-care/:id',
      permission: 'fosterCare.read',
      component: page(() => import('./FosterChildPage.tsx'), 'FosterChildPage'),
    },
    {
      path: '/family-assistance',
      permission: 'familySupport.read',
      component: page(() => import('./FamiliesPage.tsx'), 'FamiliesPage'),
    },
    {
      path: '/family-assistance/:id',
      permission: 'familySupport.read',
      component: page(() => import('./FamilyPage.tsx'), 'FamilyPage'),
    },
  ],
  nav: [
    { to: '/family-assistance', label: 'nav.families', permission: 'familySupport.read' },
    { to: '/foster-care', label: 'nav.fosterCare', permission: 'fosterCare.read' },
  ],
};
