import type { DomainMessageKey } from '@ostoja/domain/i18n/keys';
import type { KeysOf } from '@ostoja/domain/i18n/types';
import type { uiAccount } from './ui-account.ts';
import type { uiAdmin } from './ui-admin.ts';
import type { uiAlcoholCommission } from './ui-alcohol-commission.ts';
import type { uiAlcoholProgramme } from './ui-alcohol-programme.ts';
import type { uiAlimonyDebtors } from './ui-alimony-debtors.ts';
import type { uiAlimonyFund } from './ui-alimony-fund.ts';
import type { uiBenefits } from './ui-benefits.ts';
import type { uiBlueCard } from './ui-blue-card.ts';
import type { uiCareSchedule } from './ui-care-schedule.ts';
import type { uiCentres } from './ui-centres.ts';
import type { uiCounselling } from './ui-counselling.ts';
import type { uiCrisisIntervention } from './ui-crisis-intervention.ts';
import type { uiDps } from './ui-dps.ts';
import type { uiDpsHomes } from './ui-dps-homes.ts';
import type { uiFamilyBenefits } from './ui-family-benefits.ts';
import type { uiFamilySelfCheck } from './ui-family-self-check.ts';
import type { uiFamilySupport } from './ui-family-support.ts';
import type { uiFunerals } from './ui-funerals.ts';
import type { uiHealthCare } from './ui-health-care.ts';
import type { uiHousingAllowances } from './ui-housing-allowances.ts';
import type { uiIntake } from './ui-intake.ts';
import type { uiLargeFamilyCards } from './ui-large-family-cards.ts';
import type { uiMeals } from './ui-meals.ts';
import type { uiPayments } from './ui-payments.ts';
import type { uiPersonMerge } from './ui-person-merge.ts';
import type { uiPersonPrivacy } from './ui-person-privacy.ts';
import type { uiPortal } from './ui-portal.ts';
import type { uiPortalCatalogue } from './ui-portal-catalogue.ts';
import type { uiPortalKdr } from './ui-portal-kdr.ts';
import type { uiPortalSelfChecks } from './ui-portal-self-checks.ts';
import type { uiPrograms } from './ui-programs.ts';
import type { uiRecords } from './ui-records.ts';
import type { uiRegistry } from './ui-registry.ts';
import type { uiReports } from './ui-reports.ts';
import type { uiServices } from './ui-services.ts';
import type { uiShell } from './ui-shell.ts';
import type { uiShelters } from './ui-shelters.ts';
import type { uiSocialWork } from './ui-social-work.ts';
import type { uiTelecare } from './ui-telecare.ts';
import type { uiUkrStatus } from './ui-ukr-status.ts';
import type { uiVolunteers } from './ui-volunteers.ts';
import type { uiWorkAndHistory } from './ui-work-and-history.ts';

// Every ui-<topic>.ts of this folder is named here (a test checks it), so `t` knows its keys.

/** A key the web app may translate: a screen string or a domain message. A misspelt key fails tsc. */
export type UiKey =
  | DomainMessageKey
  | KeysOf<typeof uiAccount>
  | KeysOf<typeof uiAdmin>
  | KeysOf<typeof uiAlcoholCommission>
  | KeysOf<typeof uiAlcoholProgramme>
  | KeysOf<typeof uiAlimonyDebtors>
  | KeysOf<typeof uiAlimonyFund>
  | KeysOf<typeof uiBenefits>
  | KeysOf<typeof uiBlueCard>
  | KeysOf<typeof uiCareSchedule>
  | KeysOf<typeof uiCentres>
  | KeysOf<typeof uiCounselling>
  | KeysOf<typeof uiDps>
  | KeysOf<typeof uiDpsHomes>
  | KeysOf<typeof uiFamilyBenefits>
  | KeysOf<typeof uiFamilySelfCheck>
  | KeysOf<typeof uiFamilySupport>
  | KeysOf<typeof uiFunerals>
  | KeysOf<typeof uiCrisisIntervention>
  | KeysOf<typeof uiHealthCare>
  | KeysOf<typeof uiHousingAllowances>
  | KeysOf<typeof uiIntake>
  | KeysOf<typeof uiLargeFamilyCards>
  | KeysOf<typeof uiMeals>
  | KeysOf<typeof uiPayments>
  | KeysOf<typeof uiPersonMerge>
  | KeysOf<typeof uiPersonPrivacy>
  | KeysOf<typeof uiPortal>
  | KeysOf<typeof uiPortalCatalogue>
  | KeysOf<typeof uiPortalKdr>
  | KeysOf<typeof uiPortalSelfChecks>
  | KeysOf<typeof uiPrograms>
  | KeysOf<typeof uiRecords>
  | KeysOf<typeof uiRegistry>
  | KeysOf<typeof uiReports>
  | KeysOf<typeof uiServices>
  | KeysOf<typeof uiShell>
  | KeysOf<typeof uiShelters>
  | KeysOf<typeof uiSocialWork>
  | KeysOf<typeof uiTelecare>
  | KeysOf<typeof uiUkrStatus>
  | KeysOf<typeof uiVolunteers>
  | KeysOf<typeof uiWorkAndHistory>;

type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** A counted phrase's key without its plural form: `tp('users.count', n)` for `users.count.one|few|many|other`. */
export type PluralKey = PluralBase<UiKey>;

type Prefixes<K> = K extends `${infer Head}.${infer Tail}` ? Head | `${Head}.${Prefixes<Tail>}` : never;
/** The start of some key (`benefit`, `blueCard.status`): for a key completed by a value the server sends as text. */
export type KeyPrefix = Prefixes<UiKey>;
