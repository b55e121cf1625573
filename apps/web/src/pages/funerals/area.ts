import { type Area, menu, page, screens } from '../../app/area.ts';

export const funeralsArea: Area = [
  ...screens('funerals.read', {
    '/funerals': menu('nav.funerals', () => import('./FuneralsPage.tsx'), 'FuneralsPage'),
    '/funerals/:id': page(() => import('./FuneralPage.tsx'), 'FuneralPage'),
  }),
  // Every signed-in user may read the limits; the menu links them for who sets them.
  ...screens('authenticated', {
    '/funerals/settings': menu(
      'nav.funeralLimits',
      () => import('./FuneralSettingsPage.tsx'),
      'FuneralSettingsPage',
      { permission: 'serviceFees.manage' },
    ),
  }),
];
