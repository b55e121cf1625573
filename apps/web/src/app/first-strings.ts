import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiPortal } from '../i18n/ui-portal.ts';
import { uiShell } from '../i18n/ui-shell.ts';

// The strings of the first load: the shell's and the portal's front page's. Every other
// module's come with its screens (app/area.ts `page`), so a resident's first page stays small.
registerMessages(uiShell, uiPortal);

/** Every module's strings and the domain's schemas: the domain's index registers its own on load. */
export const loadAllStrings = () =>
  Promise.all([import('../i18n/ui.ts').then(({ ui }) => registerMessages(ui)), import('@ostoja/domain')]);
