import { HELP_CARE } from './help-catalogue-care.ts';
import { HELP_CASH } from './help-catalogue-cash.ts';
import { HELP_FAMILY } from './help-catalogue-family.ts';
import { HELP_IN_KIND } from './help-catalogue-kind.ts';
import { HELP_SUPPORT } from './help-catalogue-support.ts';
import type { HelpEntry } from './help-catalogue-types.ts';

/**
 * Every form of help the centre offers, as the portal lists it (pl, uk, en): what it is, who can
 * get it, what to bring, how to apply — the online form where the centre accepts one — and the
 * self-check where the domain has the rule. The demo centre starts with it; staff edit it after.
 */
export const HELP_CATALOGUE: readonly HelpEntry[] = [
  ...HELP_CASH,
  ...HELP_IN_KIND,
  ...HELP_CARE,
  ...HELP_FAMILY,
  ...HELP_SUPPORT,
];
