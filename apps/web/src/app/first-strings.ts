import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiPortal } from '@ostoja/domain/i18n/ui-portal';
import { uiShell } from '@ostoja/domain/i18n/ui-shell';

// The strings of the first load: the shell's and the portal's front page's. Every other
// module's come with its screens (app/area.ts `page`), so a resident's first page stays small.
registerMessages(uiShell, uiPortal);

/** Every module's strings and the domain's schemas: the domain's index registers them on load. */
export const loadAllStrings = () => import('@ostoja/domain');
