import { type Area, menu, screen, screens } from '../../app/area.ts';

export const funeralsArea: Area = [
  ...screens('funerals.read', {
    '/funerals': menu('nav.funerals', 'funerals/FuneralsPage'),
    '/funerals/:id': screen('funerals/FuneralPage'),
  }),
  // Every signed-in user may read the limits; the menu links them for who sets them.
  ...screens('authenticated', {
    '/funerals/settings': menu('nav.funeralLimits', 'funerals/FuneralSettingsPage', {
      permission: 'serviceFees.manage',
    }),
  }),
];
