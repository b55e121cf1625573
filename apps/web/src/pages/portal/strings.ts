import { registerMessages } from '@ostoja/domain/i18n/index';
import { portal } from '@ostoja/domain/i18n/portal';
import { uiAdmin } from '../../i18n/ui-admin.ts';

// The portal's reading pages need, besides the first load's strings, only the catalogue's words
// (categories, kinds of news, compliance) and the days of the week of opening hours (ui-admin).
registerMessages(portal, uiAdmin);
