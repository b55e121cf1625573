import { z } from 'zod';
import { money, step } from '../benefits/explanation.ts';
import type { LegalParameterPeriod } from '../benefits/legal-parameters.ts';
import type { FoodAidThreshold } from '../food-aid/rules.ts';
import { calculateHousingAllowance } from '../housing-allowances/calculator.ts';
import type { HousingParameters } from '../housing-allowances/parameters.ts';
import { withinIncomeLimit } from '../housing-allowances/rules.ts';
import { registerMessages } from '../i18n/index.ts';
import { selfChecks } from '../i18n/self-checks.ts';
import { incomeLimit } from '../programs/eligibility.ts';
import { type FeeRuleTable, feeForHours, hourlyFee, SERVICES_ART } from '../services/fee.ts';
import type { CareServiceKind } from '../services/fee-table.ts';
import { type MealsProgrammePeriod, withinProgrammeCriterion } from '../services/meals-rules.ts';
import { divideHalfUp } from '../shared/money.ts';
import { isoDate } from '../shared/validation.ts';

// The portal's "could I get it?" for meals, FEPŻ food aid and the dodatek mieszkaniowy: the
// resident's household and income against the rules the staff apply, with the parameters in
// force on the day asked. Nothing here is stored: the answer is computed and returned.
// (The alimony fund has its own public calculator; `alimonyFundVerdict` adds the enforcement.)
// Care services answer "how much would I pay an hour?" (`careFeeSelfCheck`) rather than yes / no.

registerMessages(selfChecks);

export const VERDICTS = ['yes', 'no', 'maybe'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A condition the resident may not know for sure ("nie wiem" is a real answer). */
export const Knows = z.enum(['yes', 'no', 'unsure'], 'validation.selfCheck.choose');
export type Knows = z.output<typeof Knows>;

const persons = z
  .number('validation.selfCheck.persons')
  .int('validation.selfCheck.persons')
  .min(1, 'validation.selfCheck.persons')
  .max(20, 'validation.selfCheck.persons');
/** A monthly net income in grosze (0 is an answer: no income). */
const income = z
  .number('validation.selfCheck.income')
  .int('validation.selfCheck.income')
  .min(0, 'validation.selfCheck.income')
  .max(100_000_000, 'validation.selfCheck.income');

/** POST /api/v1/calculators/meals — "Posiłek w szkole i w domu". */
export const MealsSelfCheckRequest = z.object({
  date: isoDate,
  persons,
  monthlyIncome: income,
  /** A pupil in the household: the headteacher may ask for a meal at school without the income test. */
  schoolChild: z.boolean().default(false),
});
export type MealsSelfCheckRequest = z.output<typeof MealsSelfCheckRequest>;

/** POST /api/v1/calculators/food-aid — FEPŻ food aid. */
export const FoodAidSelfCheckRequest = z.object({
  date: isoDate,
  persons,
  monthlyIncome: income,
  /** An art. 7 ups reason (poverty, unemployment, disability, long illness, …). */
  difficulty: Knows,
});
export type FoodAidSelfCheckRequest = z.output<typeof FoodAidSelfCheckRequest>;

/** POST /api/v1/calculators/housing-allowance — the dodatek mieszkaniowy. */
export const HousingSelfCheckRequest = z.object({
  date: isoDate,
  persons,
  /** The household's average monthly income over the 3 months before the application. */
  monthlyIncome: income,
  areaHundredths: z
    .number('validation.selfCheck.area')
    .int('validation.selfCheck.area')
    .min(1, 'validation.selfCheck.area')
    .max(100_000, 'validation.selfCheck.area'),
  monthlyExpenses: z
    .number('validation.selfCheck.expenses')
    .int('validation.selfCheck.expenses')
    .min(1, 'validation.selfCheck.expenses')
    .max(10_000_000, 'validation.selfCheck.expenses'),
  wheelchairUser: z.boolean().default(false),
  electricityContract: z.boolean().default(false),
  /** A legal title to the flat (tenancy, ownership, cooperative right) — art. 2 udm. */
  legalTitle: Knows,
});
export type HousingSelfCheckRequest = z.output<typeof HousingSelfCheckRequest>;

export const SELF_CHECK_REASONS = [
  'withinLimit',
  'overLimit',
  'schoolException',
  'noDifficulty',
  'unsureDifficulty',
  'overArea',
  'underFloor',
  'noTitle',
  'unsureTitle',
  'noEnforcement',
  'unsureEnforcement',
  'notEntitled',
] as const;
export type SelfCheckReason = (typeof SELF_CHECK_REASONS)[number];

/** The answer: yes / no / maybe, why, and the figures it was reached with (grosze). */
export interface SelfCheckAnswer {
  verdict: Verdict;
  reason: SelfCheckReason;
  /** The art. 8 ups criterion (single, or per person) or the average wage for the housing allowance. */
  criterion: number;
  /** The income limit per person the income was compared with. */
  limit: number;
  /** The limit as a percentage of `criterion`. */
  percent: number;
  incomePerPerson: number;
  /** The day the parameters are taken for, and the day the criterion (or wage) is in force from. */
  on: string;
  criterionFrom: string | null;
  /** Since when the programme's percentage holds (null: fixed by the act). */
  percentFrom: string | null;
  /** A monthly amount where the rule gives one (housing allowance, with the energy allowance apart). */
  amount: number | null;
  energyAmount: number | null;
  normativeArea: number | null;
  maxAreaHundredths: number | null;
}

export const SelfCheckAnswerSchema = z.object({
  verdict: z.enum(VERDICTS),
  reason: z.enum(SELF_CHECK_REASONS),
  criterion: z.number().int(),
  limit: z.number().int(),
  percent: z.number(),
  incomePerPerson: z.number().int(),
  on: isoDate,
  criterionFrom: isoDate.nullable(),
  percentFrom: isoDate.nullable(),
  amount: z.number().int().nullable(),
  energyAmount: z.number().int().nullable(),
  normativeArea: z.number().int().nullable(),
  maxAreaHundredths: z.number().int().nullable(),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});

const none = { amount: null, energyAmount: null, normativeArea: null, maxAreaHundredths: null };

/**
 * Programme "Posiłek w szkole i w domu" (uchwała RM nr 149/2023): income within its % of the
 * art. 8 ups criterion (the programme's own rule); over it, a pupil may still get a meal at school
 * at the headteacher's request (the exception) — a "maybe".
 */
export function mealsSelfCheck(
  c: LegalParameterPeriod,
  programme: MealsProgrammePeriod,
  r: MealsSelfCheckRequest,
) {
  const res = withinProgrammeCriterion({
    income: r.monthlyIncome,
    size: r.persons,
    criterionSingle: c.criterionSingle,
    criterionPerPerson: c.criterionPerPerson,
    percent: programme.criterionPercent,
  });
  const answer: SelfCheckAnswer = {
    verdict: res.within ? 'yes' : r.schoolChild ? 'maybe' : 'no',
    reason: res.within ? 'withinLimit' : r.schoolChild ? 'schoolException' : 'overLimit',
    criterion: r.persons === 1 ? c.criterionSingle : c.criterionPerPerson,
    limit: res.criterion,
    percent: programme.criterionPercent,
    incomePerPerson: divideHalfUp(r.monthlyIncome, r.persons),
    on: r.date,
    criterionFrom: c.validFrom,
    percentFrom: programme.validFrom,
    ...none,
  };
  return { ...answer, steps: res.steps };
}

/**
 * FEPŻ 2021–2027 (Wytyczne IZ): an art. 7 ups reason and income per person within the threshold
 * (the referral's own limit, `incomeLimit`); compared as the household's income against the limit
 * times its size, so that a grosz over per person is over.
 */
export function foodAidSelfCheck(c: LegalParameterPeriod, t: FoodAidThreshold, r: FoodAidSelfCheckRequest) {
  const limit = incomeLimit(t.percent, r.persons, c);
  const within = r.monthlyIncome <= limit * r.persons;
  let verdict: Verdict = within ? 'yes' : 'no';
  let reason: SelfCheckReason = within ? 'withinLimit' : 'overLimit';
  if (within && r.difficulty === 'no') [verdict, reason] = ['no', 'noDifficulty'];
  if (within && r.difficulty === 'unsure') [verdict, reason] = ['maybe', 'unsureDifficulty'];
  const answer: SelfCheckAnswer = {
    verdict,
    reason,
    criterion: r.persons === 1 ? c.criterionSingle : c.criterionPerPerson,
    limit,
    percent: t.percent,
    incomePerPerson: divideHalfUp(r.monthlyIncome, r.persons),
    on: r.date,
    criterionFrom: c.validFrom,
    percentFrom: t.validFrom,
    ...none,
  };
  return { ...answer, steps: [] };
}

/**
 * The dodatek mieszkaniowy (udm) by the staff's own calculator: income against 40 % / 30 % of the
 * average wage, the normative area with its tolerance, the amount and its floor; the legal title
 * to the flat (art. 2 udm) is the resident's word — "not sure" makes a "maybe".
 */
export function housingSelfCheck(p: HousingParameters, r: HousingSelfCheckRequest) {
  const calc = calculateHousingAllowance(p, {
    persons: r.persons,
    incomes: [r.monthlyIncome, r.monthlyIncome, r.monthlyIncome],
    areaHundredths: r.areaHundredths,
    wheelchairUser: r.wheelchairUser,
    monthlyExpenses: r.monthlyExpenses,
    electricityContract: r.electricityContract,
  });
  let reason: SelfCheckReason;
  if (!withinIncomeLimit(r.monthlyIncome * 3, r.persons, calc.incomeLimit)) reason = 'overLimit';
  else if (r.areaHundredths > calc.maxAreaHundredths) reason = 'overArea';
  else if (!calc.eligible) reason = 'underFloor';
  else if (r.legalTitle === 'no') reason = 'noTitle';
  else if (r.legalTitle === 'unsure') reason = 'unsureTitle';
  else reason = 'withinLimit';
  const verdict: Verdict = reason === 'withinLimit' ? 'yes' : reason === 'unsureTitle' ? 'maybe' : 'no';
  const paid = verdict !== 'no';
  const answer: SelfCheckAnswer = {
    verdict,
    reason,
    criterion: calc.averageWage,
    limit: calc.incomeLimit,
    percent: r.persons === 1 ? p.incomeShare.single : p.incomeShare.multi,
    incomePerPerson: calc.incomePerPerson,
    on: r.date,
    criterionFrom: null,
    percentFrom: null,
    amount: paid ? calc.amount : null,
    energyAmount: paid && calc.energyAmount > 0 ? calc.energyAmount : null,
    normativeArea: calc.normativeArea,
    maxAreaHundredths: calc.maxAreaHundredths,
  };
  return { ...answer, steps: calc.steps };
}

/**
 * Art. 2 pkt 2 uFA: the fund pays only after the bailiff found the enforcement ineffective (in the
 * last 2 months); the public calculator's amount, with what the resident knows of the enforcement.
 */
export function alimonyFundVerdict(
  payable: boolean,
  enforcement: Knows,
): { verdict: Verdict; reason: SelfCheckReason } {
  if (!payable) return { verdict: 'no', reason: 'notEntitled' };
  if (enforcement === 'no') return { verdict: 'no', reason: 'noEnforcement' };
  if (enforcement === 'unsure') return { verdict: 'maybe', reason: 'unsureEnforcement' };
  return { verdict: 'yes', reason: 'withinLimit' };
}

/** The care services a resident may price on the portal (neighbour services are arranged by the centre). */
export const CARE_FEE_KINDS = [
  'careService',
  'specialistCareService',
  'mentalDisorderCareService',
] as const satisfies readonly CareServiceKind[];

/** POST /api/v1/calculators/care-fee — usługi opiekuńcze: the fee for an hour. */
export const CareFeeSelfCheckRequest = z.object({
  date: isoDate,
  serviceKind: z.enum(CARE_FEE_KINDS, 'validation.selfCheck.choose'),
  persons,
  monthlyIncome: income,
  /** Hours a month the resident expects (optional), to the quarter hour. */
  hoursPerMonth: z
    .number('validation.selfCheck.hours')
    .min(0.25, 'validation.selfCheck.hours')
    .max(744, 'validation.selfCheck.hours')
    .refine((h) => Number.isInteger(h * 4), 'validation.selfCheck.hours')
    .nullish(),
});
export type CareFeeSelfCheckRequest = z.output<typeof CareFeeSelfCheckRequest>;

export const CareFeeAnswerSchema = z.object({
  serviceKind: z.enum(CARE_FEE_KINDS),
  on: isoDate,
  /** The fee table in force on the day: the resolution's number (or the regulation's Dz.U.) and its first day. */
  tableNumber: z.string(),
  tableValidFrom: isoDate,
  /** The art. 8 ups criterion (single, or per person) and when it is in force from. */
  criterion: z.number().int(),
  criterionFrom: isoDate,
  incomeRatioPct: z.number(),
  hourlyCost: z.number().int(),
  feePct: z.number(),
  hourlyFee: z.number().int(),
  hoursPerMonth: z.number().nullable(),
  monthlyFee: z.number().int().nullable(),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});
export type CareFeeAnswer = Omit<z.output<typeof CareFeeAnswerSchema>, 'explanation'>;

/**
 * Art. 50 ust. 6 ups (the council's table) or art. 50 ust. 7 ups with the regulation (specialist
 * care for mental disorders): the staff's own hourly fee, with no exemption — art. 64 ups is the
 * centre's decision — and the fee for the hours a month the resident gives, if any.
 */
export function careFeeSelfCheck(c: LegalParameterPeriod, table: FeeRuleTable, r: CareFeeSelfCheckRequest) {
  const fee = hourlyFee(table, {
    serviceKind: r.serviceKind,
    income: r.monthlyIncome,
    size: r.persons,
    criterionSingle: c.criterionSingle,
    criterionPerPerson: c.criterionPerPerson,
  });
  const hours = r.hoursPerMonth ?? null;
  const monthlyFee = hours === null ? null : feeForHours(fee.hourlyFeeGrosze, hours);
  const article = table.kind === 'localResolution' ? SERVICES_ART.localFee : SERVICES_ART.regulationFee;
  const steps = [...fee.steps];
  if (hours !== null && monthlyFee !== null)
    steps.push(
      step(article, 'selfCheck.step.careHours', {
        hours,
        fee: money(fee.hourlyFeeGrosze),
        total: money(monthlyFee),
      }),
    );
  steps.push(step(SERVICES_ART.exemption, 'selfCheck.step.careExemption'));
  const answer: CareFeeAnswer = {
    serviceKind: r.serviceKind,
    on: r.date,
    tableNumber: table.number,
    tableValidFrom: table.validFrom,
    criterion: r.persons === 1 ? c.criterionSingle : c.criterionPerPerson,
    criterionFrom: c.validFrom,
    incomeRatioPct: fee.incomeRatioPct,
    hourlyCost: fee.hourlyCostGrosze,
    feePct: fee.feePct,
    hourlyFee: fee.hourlyFeeGrosze,
    hoursPerMonth: hours,
    monthlyFee,
  };
  return { ...answer, steps };
}
