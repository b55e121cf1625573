import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import type { HousingParameters } from './parameters.ts';
import {
  allowanceBeforeFloor,
  allowanceFloor,
  averageMonthlyIncome,
  energyAllowance,
  expensesOnNormativeArea,
  incomeLimit,
  maxAreaHundredths,
  normativeArea,
  ownShare,
  PE_ART,
  UDM_ART,
  withinIncomeLimit,
} from './rules.ts';

// The dodatek mieszkaniowy for one application: the three conditions (income, floor area; the
// legal title is declared on the application), the amount and its floor, and the dodatek
// energetyczny attached to it. Every step names its article and prints in pl, uk and en.

export interface HousingInput {
  persons: number;
  /** The household's income in each of the 3 months before the application (grosze). */
  incomes: readonly number[];
  /** Hundredths of a square metre. */
  areaHundredths: number;
  wheelchairUser: boolean;
  /** The flat's monthly expenses that count (rent, charges; grosze). */
  monthlyExpenses: number;
  electricityContract: boolean;
}

export interface HousingCalculation {
  eligible: boolean;
  averageWage: number;
  incomeLimit: number;
  monthlyIncome: number;
  incomePerPerson: number;
  normativeArea: number;
  maxAreaHundredths: number;
  expensesOnNormativeArea: number;
  ownShare: number;
  floor: number;
  /** The dodatek mieszkaniowy a month; 0 when not eligible. */
  amount: number;
  /** The dodatek energetyczny a month; 0 without it. */
  energyAmount: number;
  steps: ExplanationStep[];
}

// A number, so the step writes it as the reader's language does (45,5 in Polish).
const m2 = (hundredths: number) => hundredths / 100;

export function calculateHousingAllowance(p: HousingParameters, r: HousingInput): HousingCalculation {
  const steps: ExplanationStep[] = [];
  const limit = incomeLimit(p, r.persons);
  const monthlyIncome = averageMonthlyIncome(r.incomes);
  const total = r.incomes.reduce((s, x) => s + x, 0);
  const normative = normativeArea(p, r.persons, r.wheelchairUser);
  const maxArea = maxAreaHundredths(p, normative);
  const base = {
    averageWage: p.averageWage,
    incomeLimit: limit,
    monthlyIncome,
    incomePerPerson: Math.round(monthlyIncome / r.persons),
    normativeArea: normative,
    maxAreaHundredths: maxArea,
    expensesOnNormativeArea: 0,
    ownShare: 0,
    floor: allowanceFloor(p),
    amount: 0,
    energyAmount: 0,
  };
  const refuse = () => ({ ...base, eligible: false, steps });

  steps.push(
    step(UDM_ART('3 ust. 3'), 'housing.step.income', {
      income: money(monthlyIncome),
      persons: r.persons,
      perPerson: money(base.incomePerPerson),
      wage: money(p.averageWage),
      pct: r.persons === 1 ? p.incomeShare.single : p.incomeShare.multi,
      limit: money(limit),
    }),
  );
  if (!withinIncomeLimit(total, r.persons, limit)) {
    steps.push(step(UDM_ART('3 ust. 3'), 'housing.step.overIncome'));
    return refuse();
  }
  steps.push(
    step(UDM_ART('5 ust. 1–3'), 'housing.step.area', {
      area: m2(r.areaHundredths),
      normative,
      max: m2(maxArea),
    }),
  );
  if (r.areaHundredths > maxArea) {
    steps.push(step(UDM_ART('5 ust. 2'), 'housing.step.overArea'));
    return refuse();
  }
  const onNormative = expensesOnNormativeArea(r.monthlyExpenses, r.areaHundredths, normative);
  const own = ownShare(p, r.persons, monthlyIncome);
  const amount = allowanceBeforeFloor(p, onNormative, own);
  steps.push(
    step(UDM_ART('6 ust. 1–3'), 'housing.step.amount', {
      expenses: money(r.monthlyExpenses),
      onNormative: money(onNormative),
      own: money(own),
      max: p.shares.maxOfExpensesPct,
      amount: money(amount),
    }),
  );
  const result = { ...base, expensesOnNormativeArea: onNormative, ownShare: own };
  if (amount < base.floor) {
    steps.push(step(UDM_ART('6 ust. 10'), 'housing.step.underFloor', { floor: money(base.floor) }));
    return { ...result, eligible: false, steps };
  }
  const energy = r.electricityContract ? energyAllowance(p, r.persons) : null;
  if (energy !== null)
    steps.push(step(PE_ART('5c ust. 1–3'), 'housing.step.energy', { amount: money(energy) }));
  return { ...result, eligible: true, amount, energyAmount: energy ?? 0, steps };
}
