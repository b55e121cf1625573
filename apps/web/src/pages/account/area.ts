import { type Area, menu, screens } from '../../app/area.ts';

export const accountArea: Area = screens('authenticated', {
  '/account': menu('nav.account', 'account/AccountSecurityPage'),
});
