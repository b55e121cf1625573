import { LOCALES, type MessageFile } from '@ostoja/domain/i18n/types';
import { uiAdmin } from './ui-admin.ts';
import { uiBenefits } from './ui-benefits.ts';
import { uiBlueCard } from './ui-blue-card.ts';
import { uiCounselling } from './ui-counselling.ts';
import { uiFamilySelfCheck } from './ui-family-self-check.ts';
import { uiIntake } from './ui-intake.ts';
import { uiPayments } from './ui-payments.ts';
import { uiPersonMerge } from './ui-person-merge.ts';
import { uiPersonPrivacy } from './ui-person-privacy.ts';
import { uiPortal } from './ui-portal.ts';
import { uiPortalCatalogue } from './ui-portal-catalogue.ts';
import { uiPortalKdr } from './ui-portal-kdr.ts';
import { uiRegistry } from './ui-registry.ts';
import { uiReports } from './ui-reports.ts';
import { uiShell } from './ui-shell.ts';
import { uiUkrStatus } from './ui-ukr-status.ts';
import { uiVolunteers } from './ui-volunteers.ts';
import { uiWorkAndHistory } from './ui-work-and-history.ts';

// The shell's strings (ui-shell.ts) and the module screens' (ui-<module>.ts), merged into `ui`
// below (one registration, with the rest of the domain, after the portal's first page);
// staff-only modules added later (social work, family support) register theirs from their web
// API module, so the portal's first load does not carry them.
// Polish first; the same keys in every language.

/** Every string of the web app: the shell and the screens of each module. */
export const ui: MessageFile = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    Object.assign(
      {},
      uiShell[l],
      uiRegistry[l],
      uiAdmin[l],
      uiBenefits[l],
      uiPayments[l],
      uiPortal[l],
      uiCounselling[l],
      uiIntake[l],
      uiVolunteers[l],
      uiBlueCard[l],
      uiReports[l],
      uiWorkAndHistory[l],
      uiPersonPrivacy[l],
      uiPersonMerge[l],
      uiUkrStatus[l],
      uiFamilySelfCheck[l],
      uiPortalKdr[l],
      uiPortalCatalogue[l],
    ),
  ]),
) as MessageFile;
