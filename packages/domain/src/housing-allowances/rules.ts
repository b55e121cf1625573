import type { HousingParameters } from './parameters.ts';

// The legal rules of the dodatek mieszkaniowy and the dodatek energetyczny, one small function
// each. Money in grosze; floor areas in hundredths of a square metre (integers, no float drift).

export const UDM_ART = (a: string) => `art. ${a} ustawy o dodatkach mieszkaniowych`;
export const PE_ART = (a: string) => `art. ${a} ustawy – Prawo energetyczne`;

const halfUp = (n: number) => Math.round(n);

// Art. 3 ust. 3 udm: the limit per person — 40 % (alone) or 30 % (more persons) of the average wage.
export function incomeLimit(p: HousingParameters, persons: number): number {
  const pct = persons === 1 ? p.incomeShare.single : p.incomeShare.multi;
  return halfUp((p.averageWage * pct) / 100);
}

// Art. 3 ust. 3 udm: the average monthly income per person over the 3 months, compared exactly (no rounding at the limit).
export function withinIncomeLimit(threeMonthIncome: number, persons: number, limit: number): boolean {
  return threeMonthIncome <= limit * 3 * persons;
}

// Art. 3 ust. 3 udm: the household's average monthly income over the 3 months before the application.
export function averageMonthlyIncome(incomes: readonly number[]): number {
  return halfUp(incomes.reduce((s, x) => s + x, 0) / incomes.length);
}

// Art. 5 ust. 1 i 3 udm: the normatywna powierzchnia in m² for the persons, +15 m² for a wheelchair user.
export function normativeArea(p: HousingParameters, persons: number, wheelchair: boolean): number {
  const a = p.area;
  const base =
    persons <= a.byPersons.length
      ? a.byPersons[persons - 1]!
      : a.byPersons[a.byPersons.length - 1]! + (persons - a.byPersons.length) * a.perFurther;
  return base + (wheelchair ? a.wheelchair : 0);
}

// Art. 5 ust. 2 udm: the flat may exceed the normative area by at most the tolerance (30 %); in hundredths of m².
export function maxAreaHundredths(p: HousingParameters, normative: number): number {
  return normative * (100 + p.area.tolerancePct);
}

// Art. 6 ust. 3 udm [M: the paragraph]: in a flat over the normative area, only the normative area's share of the expenses counts.
export function expensesOnNormativeArea(expenses: number, areaHundredths: number, normative: number): number {
  if (areaHundredths <= normative * 100) return expenses;
  return halfUp((expenses * normative * 100) / areaHundredths);
}

// Art. 6 ust. 1 udm [M]: the household's own share — 15 % of its income alone, 12 % for 2–4 persons, 10 % for 5+.
export function ownShare(p: HousingParameters, persons: number, monthlyIncome: number): number {
  const [one, upToFour, more] = p.shares.own;
  const pct = persons === 1 ? one : persons <= 4 ? upToFour : more;
  return halfUp((monthlyIncome * pct) / 100);
}

// Art. 6 ust. 1–2 udm [M]: expenses on the normative area less the own share, at most 70 % of those expenses.
export function allowanceBeforeFloor(p: HousingParameters, onNormative: number, own: number): number {
  const cap = halfUp((onNormative * p.shares.maxOfExpensesPct) / 100);
  return Math.min(Math.max(onNormative - own, 0), cap);
}

// Art. 6 ust. 10 udm [M: the paragraph]: no allowance is paid under 0,5 % of the average wage.
export function allowanceFloor(p: HousingParameters): number {
  return halfUp((p.averageWage * p.floorBasisPoints) / 10_000);
}

// Art. 5c ust. 2–3 Prawa energetycznego: the monthly dodatek energetyczny by household size (1, 2–4, 5+).
export function energyAllowance(p: HousingParameters, persons: number): number | null {
  if (!p.energy) return null;
  return p.energy[persons === 1 ? 0 : persons <= 4 ? 1 : 2];
}
