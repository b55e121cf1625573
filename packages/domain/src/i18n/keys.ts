import type { alcoholCommission } from './alcohol-commission.ts';
import type { alcoholProgramme } from './alcohol-programme.ts';
import type { alimonyDebtors } from './alimony-debtors.ts';
import type { alimonyFund } from './alimony-fund.ts';
import type { applications } from './applications.ts';
import type { benefits } from './benefits.ts';
import type { blueCard } from './blue-card.ts';
import type { careSchedule } from './care-schedule.ts';
import type { centres } from './centres.ts';
import type { counselling } from './counselling.ts';
import type { crisisIntervention } from './crisis-intervention.ts';
import type { decisionApproval } from './decision-approval.ts';
import type { dps } from './dps.ts';
import type { errors } from './errors.ts';
import type { familyBenefits } from './family-benefits.ts';
import type { familySupport } from './family-support.ts';
import type { funerals } from './funerals.ts';
import type { healthCare } from './health-care.ts';
import type { housingAllowances } from './housing-allowances.ts';
import type { incomeRules } from './income-rules.ts';
import type { largeFamilyCard } from './large-family-card.ts';
import type { mealsProgramme } from './meals-programme.ts';
import type { mrpipsMessages } from './mrpips.ts';
import type { payments } from './payments.ts';
import type { personMerge } from './person-merge.ts';
import type { portal } from './portal.ts';
import type { programs } from './programs.ts';
import type { records } from './records.ts';
import type { reliability } from './reliability.ts';
import type { reporting } from './reporting.ts';
import type { security } from './security.ts';
import type { selfChecks } from './self-checks.ts';
import type { services } from './services.ts';
import type { shelters } from './shelters.ts';
import type { signIn } from './sign-in.ts';
import type { socialWork } from './social-work.ts';
import type { strategyIndicators } from './strategy-indicators.ts';
import type { telecare } from './telecare.ts';
import type { KeysOf } from './types.ts';
import type { ukrStatus } from './ukr-status.ts';
import type { volunteers } from './volunteers.ts';

/** Every key of the domain's message files (the server's messages; the web app names them too). */
export type DomainMessageKey =
  | KeysOf<typeof errors>
  | KeysOf<typeof alcoholCommission>
  | KeysOf<typeof alcoholProgramme>
  | KeysOf<typeof alimonyDebtors>
  | KeysOf<typeof alimonyFund>
  | KeysOf<typeof housingAllowances>
  | KeysOf<typeof largeFamilyCard>
  | KeysOf<typeof applications>
  | KeysOf<typeof benefits>
  | KeysOf<typeof blueCard>
  | KeysOf<typeof careSchedule>
  | KeysOf<typeof mealsProgramme>
  | KeysOf<typeof centres>
  | KeysOf<typeof counselling>
  | KeysOf<typeof decisionApproval>
  | KeysOf<typeof dps>
  | KeysOf<typeof familyBenefits>
  | KeysOf<typeof familySupport>
  | KeysOf<typeof incomeRules>
  | KeysOf<typeof payments>
  | KeysOf<typeof personMerge>
  | KeysOf<typeof ukrStatus>
  | KeysOf<typeof portal>
  | KeysOf<typeof selfChecks>
  | KeysOf<typeof programs>
  | KeysOf<typeof strategyIndicators>
  | KeysOf<typeof records>
  | KeysOf<typeof reliability>
  | KeysOf<typeof reporting>
  | KeysOf<typeof security>
  | KeysOf<typeof services>
  | KeysOf<typeof shelters>
  | KeysOf<typeof funerals>
  | KeysOf<typeof crisisIntervention>
  | KeysOf<typeof healthCare>
  | KeysOf<typeof telecare>
  | KeysOf<typeof signIn>
  | KeysOf<typeof socialWork>
  | KeysOf<typeof volunteers>
  | KeysOf<typeof mrpipsMessages>;
