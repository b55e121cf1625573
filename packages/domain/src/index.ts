// The shared domain: schemas, types, legal rules and workflows. No I/O.
import { applications } from './i18n/applications.ts';
import { benefits } from './i18n/benefits.ts';
import { blueCard } from './i18n/blue-card.ts';
import { counselling } from './i18n/counselling.ts';
import { decisionApproval } from './i18n/decision-approval.ts';
import { familySupport } from './i18n/family-support.ts';
import { incomeRules } from './i18n/income-rules.ts';
import { registerMessages } from './i18n/index.ts';
import { payments } from './i18n/payments.ts';
import { portal } from './i18n/portal.ts';
import { reliability } from './i18n/reliability.ts';
import { reporting } from './i18n/reporting.ts';
import { security } from './i18n/security.ts';
import { signIn } from './i18n/sign-in.ts';
import { socialWork } from './i18n/social-work.ts';
import { ui } from './i18n/ui.ts';
import { volunteers } from './i18n/volunteers.ts';
import { mrpipsMessages } from './reporting/mrpips-messages.ts';

registerMessages(ui, benefits, applications, payments, blueCard);
registerMessages(portal, counselling, volunteers);
registerMessages(socialWork);
registerMessages(reporting, mrpipsMessages);
registerMessages(decisionApproval);
registerMessages(incomeRules);
registerMessages(reliability);
registerMessages(security, signIn);
registerMessages(familySupport);

export * from './i18n/index.ts';
export * from './identity/permissions.ts';
export * from './identity/roles.ts';
export * from './identity/staff-user.ts';
export * from './identity/two-factor.ts';
export * from './shared/pesel.ts';
export * from './shared/polish-text.ts';
export * from './shared/validation.ts';
