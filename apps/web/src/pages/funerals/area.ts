import { type Area, page } from '../../app/area.ts';

export const funeralsArea: Area = {
  routes: [
    {
      path: '/funerals',
      permission: 'funerals.read',
      component: page(() => import('./FuneralsPage.tsx'), 'FuneralsPage'),
    },
    {
      path: '/funerals/settings',
      permission: 'authenticated',
      component: page(() => import('./FuneralSettingsPage.tsx'), 'FuneralSettingsPage'),
    },
    {
      path: '/funerals/:id',
      permission: 'funerals.read',
      component: page(() => import('./FuneralPage.tsx'), 'FuneralPage'),
    },
  ],
  nav: [
    { to: '/funerals', label: 'nav.funerals', permission: 'funerals.read' },
    { to: '/funerals/settings', label: 'nav.funeralLimits', permission: 'serviceFees.manage' },
  ],
};
