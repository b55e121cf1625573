import { registerMessages } from '@ostoja/domain/i18n/index';
import { portal } from '@ostoja/domain/i18n/portal';
import { uiAdmin } from '../../i18n/ui-admin.ts';
import { uiPortalCatalogue } from '../../i18n/ui-portal-catalogue.ts';

// The portal's reading pages need, besides the first load's strings, only the catalogue's words
// (categories, kinds of news, compliance), the days of the week of opening hours (ui-admin) and
// how to apply for a form of help (ui-portal-catalogue).
registerMessages(portal, uiAdmin, uiPortalCatalogue);
