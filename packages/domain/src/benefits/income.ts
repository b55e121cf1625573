import { z } from 'zod';
import { divideHalfUp, hectaresTimes } from '../shared/money.ts';
import { ART } from './articles.ts';
import { type ExplanationStep, money, type StepParam, step } from './explanation.ts';
import {
  addMonths,
  oneOffQualifies,
  oneOffThreshold,
  partInMonth,
  type SpreadIncome,
  spreadOneOff,
  spreadOverPeriod,
} from './income-timing.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';

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
    /** The month it was paid. */
    month,
    gross: grosze,
    tax: grosze.default(0),
    contributions: grosze.default(0),
    /** Received once (a severance pay, a sale of land…): art. 8 ust. 11 may spread it over 12 months. */
    oneOff: z.boolean().optional(),
    /** Paid at once but due for the months dueFrom–dueTo (e.g. a quarter): art. 8 ust. 12. */
    dueFrom: month.optional(),
    dueTo: month.optional(),
  })
  .refine((s) => s.tax + s.contributions <= s.gross, {
    path: ['tax'],
    message: 'validation.benefits.deductionsAboveGross',
  })
  .refine((s) => (s.dueFrom === undefined) === (s.dueTo === undefined), {
    path: ['dueTo'],
    message: 'validation.required',
  })
  .refine((s) => !s.dueFrom || !s.dueTo || s.dueFrom <= s.dueTo, {
    path: ['dueTo'],
    message: 'validation.benefits.dueToBeforeDueFrom',
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

/** Where the income counts beyond its own month: the months of the application and the benefit. */
interface IncomeTiming {
  referenceMonth: string;
  applicationMonth: string;
  benefitPeriod: { from: string; to: string } | null;
  /** Art. 8 ust. 11: five times the criterion of this household. */
  oneOffThreshold: number;
}

/** Art. 8 ust. 12 (due for a period) or ust. 11 (a large one-off income): the income in parts; null = its own month. */
function spreadOf(s: IncomeSourceInput, net: number, t: IncomeTiming): SpreadIncome | null {
  if (s.dueFrom && s.dueTo) return spreadOverPeriod(net, s.dueFrom, s.dueTo);
  if (s.oneOff && oneOffQualifies(s.month, t.applicationMonth, t.benefitPeriod))
    return spreadOneOff(net, s.month, t.oneOffThreshold);
  return null;
}

function spreadStep(
  s: IncomeSourceInput,
  sp: SpreadIncome,
  params: Record<string, StepParam>,
  t: IncomeTiming,
) {
  const part = partInMonth(sp, t.referenceMonth);
  const range = { from: sp.fromMonth, to: sp.toMonth, referenceMonth: t.referenceMonth };
  if (s.dueFrom)
    return part > 0
      ? step(ART.periodIncome, 'benefits.income.forPeriod', {
          ...params,
          ...range,
          months: sp.months,
          part: money(part),
        })
      : step(ART.periodIncome, 'benefits.income.forPeriodOutside', { ...params, ...range });
  const paid = { ...params, ...range, month: s.month };
  return part > 0
    ? step(ART.oneOffIncome, 'benefits.income.oneOffSpread', {
        ...paid,
        threshold: money(t.oneOffThreshold),
        part: money(part),
      })
    : step(ART.oneOffIncome, 'benefits.income.oneOffOutside', paid);
}

function memberIncome(m: MemberIncomeInput, t: IncomeTiming, excluded: ReadonlyMap<string, IncomeExclusion>) {
  const month = t.referenceMonth;
  const steps: ExplanationStep[] = [];
  let counted = 0;
  for (const s of m.sources) {
    const net = s.gross - s.tax - s.contributions;
    const params = { member: m.name, kind: kindParam(s.kind), net: money(net) };
    const exclusion = excluded.get(s.kind);
    const sp = exclusion ? null : spreadOf(s, net, t);
    if (sp) {
      counted += partInMonth(sp, month);
      steps.push(spreadStep(s, sp, params, t));
    } else if (s.month !== month) {
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
 * Art. 8 ust. 3–4, 9 and 11–12: each member's receipts of the reference month, gross minus income
 * tax, social and health contributions, minus alimony the member pays to others; excluded kinds
 * left out; an income due for a period in its share of the reference month (ust. 12); a one-off
 * income over five times the household's criterion, received in the 12 months before the month
 * of the application or while the benefit runs, in its twelfth (ust. 11); plus the farm
 * presumption. Costs of obtaining income are not deducted: the act does not name them and
 * practice varies (domain reference §1.6); a caller may net them into `tax`.
 */
export function householdIncome(
  p: Pick<LegalParameterPeriod, 'farmHectareIncome' | 'criterionSingle' | 'criterionPerPerson'>,
  input: {
    referenceMonth: string;
    members: readonly MemberIncomeInput[];
    farmHectares: number;
    /** YYYY-MM the application was filed; by default the month after the reference month. */
    applicationMonth?: string;
    /** The months of the running benefit, when its income is reviewed (art. 8 ust. 11 "w okresie pobierania"). */
    benefitPeriod?: { from: string; to: string } | null;
  },
  exclusions: readonly IncomeExclusion[] = DEFAULT_INCOME_EXCLUSIONS,
): HouseholdIncome {
  const excluded = new Map(exclusions.map((e) => [e.kind, e]));
  const steps: ExplanationStep[] = [];
  const size = input.members.length;
  const timing: IncomeTiming = {
    referenceMonth: input.referenceMonth,
    applicationMonth: input.applicationMonth ?? addMonths(input.referenceMonth, 1),
    benefitPeriod: input.benefitPeriod ?? null,
    oneOffThreshold: oneOffThreshold(p, Math.max(1, size)),
  };
  const members = input.members.map((m) => {
    const r = memberIncome(m, timing, excluded);
    steps.push(...r.steps);
    return { name: m.name, income: r.income };
  });
  const farm = farmIncome(p, input.farmHectares);
  if (input.farmHectares > 0) steps.push(farm.step);
  const income = members.reduce((sum, m) => sum + m.income, 0) + farm.amount;
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
