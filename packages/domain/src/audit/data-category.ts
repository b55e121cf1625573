import { z } from 'zod';

/**
 * The category of personal data an audit entry touched, for a RODO request ("who read what about
 * me") and the data protection officer's review: `violence` and `health` are art. 9 RODO special
 * categories; `none` is counts without persons. Our classification, by the entity the entry names.
 */
export const DATA_CATEGORIES = ['identity', 'social', 'financial', 'health', 'violence', 'none'] as const;
export const DataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof DataCategory>;

// First match wins: the compartment before anything that could also match its entities.
const RULES: [RegExp, DataCategory][] = [
  [/^(blueCard|interdisciplinaryTeam)/, 'violence'],
  [/^(counselling|careService|dps(Referral|WaitingList|Candidate|Cost)|alcohol|commission)/, 'health'],
  [/^(payment|receivable|ledger|cash|accounting|chargeNote)/, 'financial'],
  [
    /^(application|decision|wywiad|case|socialContract|intake|familyBenefit|familySupport|fosterCare|caseload|service|alimony)/,
    'social',
  ],
  [
    /^(person|household|staffUser|volunteer|portalDocument|mrpipsFigure|dashboardFigure|auditLog)/,
    'identity',
  ],
];

export function dataCategory(entity: string): DataCategory {
  return RULES.find(([re]) => re.test(entity))?.[1] ?? 'none';
}
