import { z } from 'zod';
import { ART } from './articles.ts';
import { type ExplanationStep, money, step } from './explanation.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';
import { divideHalfUp, hectaresTimes } from './money.ts';

/** Kinds of income a member may have; each has a label `benefits.incomeKind.<kind>`. */
export const INCOME_KINDS = [
  'employment',
  'civilContract',
  'businessActivity',
  'pension',
  'unemploymentBenefit',
  'sicknessBenefit',
  'familyBenefit',
  'careBenefit',
  'alimonyReceived',
  'alimonyFund',
  'socialAssistanceBenefit',
  'other',
  // Kinds the defaults below exclude.
  'oneOffSocialBenefit',
  'zasilekCelowy',
  'schoolMaterialAid',
  'benefitInKind',
  'sociallyUsefulWork',
  'swiadczenieWychowawcze',
  'fosterCareAllowance',
  'thirteenthPension',
  'fourteenthPension',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export interface IncomeExclusion {
  kind: string;
  /** Where the exclusion comes from. */
  basis: string;
  /** S: confirmed by a source in the domain reference; M: from memory, to verify on ISAP. */
  tag: 'S' | 'M';
}

/**
 * Art. 8 ust. 4 and special statutes: receipts that are not income for social assistance.
 * A list, not code, because special statutes keep adding to it; callers may pass their own
 * (per benefit, as POMOST learnt). Not listed: land under 1 ha przeliczeniowy [M], left to
 * verification; the farm presumption below applies to every hectare given.
 */
export const DEFAULT_INCOME_EXCLUSIONS: readonly IncomeExclusion[] = [
  { kind: 'oneOffSocialBenefit', basis: 'art. 8 ust. 4 pkt 1 ups', tag: 'S' },
  { kind: 'zasilekCelowy', basis: 'art. 8 ust. 4 pkt 2 ups', tag: 'S' },
  { kind: 'schoolMaterialAid', basis: 'art. 8 ust. 4 pkt 3 ups', tag: 'S' },
  { kind: 'benefitInKind', basis: 'art. 8 ust. 4 pkt 4 ups', tag: 'S' },
  { kind: 'sociallyUsefulWork', basis: 'art. 8 ust. 4 pkt 5 ups', tag: 'S' },
  {
    kind: 'thirteenthPension',
    basis: 'ustawa o dodatkowym rocznym świadczeniu pieniężnym, art. 8',
    tag: 'S',
  },
  { kind: 'swiadczenieWychowawcze', basis: 'ustawa o pomocy państwa w wychowywaniu dzieci', tag: 'M' },
  {
    kind: 'fosterCareAllowance',
    basis: 'ustawa o wspieraniu rodziny i systemie pieczy zastępczej',
    tag: 'M',
  },
  {
    kind: 'fourteenthPension',
    basis: 'ustawa o kolejnym dodatkowym rocznym świadczeniu pieniężnym',
    tag: 'M',
  },
];

const grosze = z.number().int().min(0).max(100_000_000);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.invalid');

export const IncomeSourceInput = z
  .object({
    kind: z.enum(INCOME_KINDS),
    month,
    gross: grosze,
    tax: grosze.default(0),
    contributions: grosze.default(0),
  })
  .refine((s) => s.tax + s.contributions <= s.gross, {
    path: ['tax'],
    message: 'validation.benefits.deductionsAboveGross',
  });
export type IncomeSourceInput = z.output<typeof IncomeSourceInput>;

export const MemberIncomeInput = z.object({
  name: z.string().trim().min(1).max(200),
  sources: z.array(IncomeSourceInput).max(50),
  alimonyPaid: grosze.default(0),
});
export type MemberIncomeInput = z.output<typeof MemberIncomeInput>;

/**
 * Art. 8 ust. 3: income is that of the month before the application, or — when an income was
 * lost — of the month the application was filed. Returns YYYY-MM.
 */
export function referenceMonth(applicationDate: string, incomeLost: boolean): string {
  const [y, m] = applicationDate.split('-').map(Number) as [number, number];
  if (incomeLost) return applicationDate.slice(0, 7);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function referenceMonthStep(applicationDate: string, incomeLost: boolean): ExplanationStep {
  const m = referenceMonth(applicationDate, incomeLost);
  return step(ART.income, incomeLost ? 'benefits.income.monthOfLoss' : 'benefits.income.previousMonth', {
    month: m,
    date: applicationDate,
  });
}

/** Art. 8 ust. 9: hectares przeliczeniowe × the presumed income of 1 ha, half up to the grosz. */
export function farmIncome(p: Pick<LegalParameterPeriod, 'farmHectareIncome'>, hectares: number) {
  const amount = hectaresTimes(hectares, p.farmHectareIncome);
  return {
    amount,
    step: step(ART.farmIncome, 'benefits.step.farmIncome', {
      hectares,
      perHectare: money(p.farmHectareIncome),
      amount: money(amount),
    }),
  };
}

export interface MemberIncome {
  name: string;
  income: number;
}

export interface HouseholdIncome {
  members: MemberIncome[];
  farmIncome: number;
  /** Household income per art. 8 ust. 3: members' net income plus farm income. */
  income: number;
  size: number;
  /** Half up to the grosz; see `criterionFacts` for why rounding never decides eligibility. */
  incomePerPerson: number;
  steps: ExplanationStep[];
}

const kindParam = (kind: string) => ({ message: `benefits.incomeKind.${kind}`, fallback: kind });

function memberIncome(m: MemberIncomeInput, month: string, excluded: ReadonlyMap<string, IncomeExclusion>) {
  const steps: ExplanationStep[] = [];
  let counted = 0;
  for (const s of m.sources) {
    const net = s.gross - s.tax - s.contributions;
    const params = { member: m.name, kind: kindParam(s.kind), net: money(net) };
    const exclusion = excluded.get(s.kind);
    if (s.month !== month) {
      steps.push(
        step(ART.income, 'benefits.income.otherMonth', { ...params, month: s.month, referenceMonth: month }),
      );
    } else if (exclusion) {
      steps.push(
        step(ART.incomeExclusions, 'benefits.income.excluded', { ...params, basis: exclusion.basis }),
      );
    } else {
      counted += net;
      steps.push(
        step(ART.income, 'benefits.income.source', {
          ...params,
          gross: money(s.gross),
          tax: money(s.tax),
          contributions: money(s.contributions),
        }),
      );
    }
  }
  if (m.alimonyPaid > 0)
    steps.push(
      step(ART.income, 'benefits.income.alimonyPaid', { member: m.name, amount: money(m.alimonyPaid) }),
    );
  // Alimony paid above the income would make it negative; income is never below zero.
  const income = Math.max(0, counted - m.alimonyPaid);
  steps.push(step(ART.income, 'benefits.income.member', { member: m.name, amount: money(income) }));
  return { income, steps };
}

/**
 * Art. 8 ust. 3–4 and 9: each member's receipts of the reference month, gross minus income tax,
 * social and health contributions, minus alimony the member pays to others; excluded kinds left
 * out; plus the farm presumption. Costs of obtaining income are not deducted: the act does not
 * name them and practice varies (domain reference §1.6); a caller may net them into `tax`.
 */
export function householdIncome(
  p: Pick<LegalParameterPeriod, 'farmHectareIncome'>,
  input: { referenceMonth: string; members: readonly MemberIncomeInput[]; farmHectares: number },
  exclusions: readonly IncomeExclusion[] = DEFAULT_INCOME_EXCLUSIONS,
): HouseholdIncome {
  const excluded = new Map(exclusions.map((e) => [e.kind, e]));
  const steps: ExplanationStep[] = [];
  const members = input.members.map((m) => {
    const r = memberIncome(m, input.referenceMonth, excluded);
    steps.push(...r.steps);
    return { name: m.name, income: r.income };
  });
  const farm = farmIncome(p, input.farmHectares);
  if (input.farmHectares > 0) steps.push(farm.step);
  const income = members.reduce((sum, m) => sum + m.income, 0) + farm.amount;
  const size = members.length;
  steps.push(step(ART.income, 'benefits.income.household', { income: money(income), size }));
  return {
    members,
    farmIncome: farm.amount,
    income,
    size,
    incomePerPerson: size > 0 ? divideHalfUp(income, size) : 0,
    steps,
  };
}
