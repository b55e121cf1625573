import { divideHalfUp, hectaresTimes } from '../shared/money.ts';

// Income under the usr: the base year's income of each member, then lost and gained income,
// then the family's average monthly income per person. Money in grosze.

/**
 * Art. 5 ust. 8 usr: the yearly income from 1 ha przeliczeniowy in the base year, per the
 * obwieszczenie of the Prezes GUS (M.P.). [S: prawo.pl 517458 for 2019–2021, gminalancut.pl
 * for 2022]. Years after 2022 are not in our sources: enter them here when published.
 */
export const FARM_HECTARE_INCOME_BY_YEAR: Readonly<Record<number, number>> = {
  2019: 324_400,
  2020: 381_900,
  2021: 328_800,
  2022: 554_900,
};

/** A member's base-year income from the tax office's certificate (PIT), grosze for the year. */
export interface TaxedIncome {
  income: number;
  tax: number;
  healthContributions: number;
  socialContributions: number;
}

// Art. 3 pkt 2 lit. a usr: PIT income less the tax due, the health and the social contributions.
export function taxedIncomeNet(t: TaxedIncome): number {
  return Math.max(0, t.income - t.tax - t.healthContributions - t.socialContributions);
}

// Art. 5 ust. 8 usr: a farm brings monthly 1/12 of the year's income per ha × its ha — here yearly.
export function farmIncomeForYear(hectares: number, baseYear: number): number | null {
  const perHectare = FARM_HECTARE_INCOME_BY_YEAR[baseYear];
  return perHectare === undefined ? null : hectaresTimes(hectares, perHectare);
}

/** A source of income that ended (art. 3 pkt 23) or began (art. 3 pkt 24). */
export interface IncomeChange {
  /** lost: the source ended in the base year or after it; gained: it began. */
  kind: 'lost' | 'gained';
  /** The first day of the change (YYYY-MM-DD). */
  on: string;
  /** lost or gained in the base year: what the source brought in the base year (grosze). */
  baseYearAmount: number;
  /** gained in the base year: the months it was received in that year (1–12). */
  monthsInBaseYear?: number;
  /** gained after the base year: the income of the full month after the month gained (grosze). */
  monthAfterAmount?: number;
  /** A gain counts only when still received on the day the right is set (art. 5 ust. 4a–4b). */
  stillReceived?: boolean;
}

export interface MemberIncome {
  /** Base-year income under PIT, net (taxedIncomeNet). */
  taxed: number;
  /** Art. 3 pkt 1 lit. c: income not subject to PIT (e.g. scholarships, alimony received). */
  untaxed: number;
  /** Art. 3 pkt 2 lit. b: alimony the member paid to a person outside the family in the base year. */
  alimonyPaid: number;
  changes: IncomeChange[];
}

export interface FamilyIncome {
  /** The family's income of the base year after the changes, grosze. */
  yearly: number;
  /** The monthly income of the family: the base year's income / 12 plus monthly gains. */
  monthly: number;
  /** Per person: monthly / members, half up to the grosz. */
  perPerson: number;
}

const inBaseYear = (c: IncomeChange, baseYear: number) => Number(c.on.slice(0, 4)) === baseYear;

// Art. 5 ust. 4 usr: lost income (art. 3 pkt 23) is left out of the base year's income.
export function withoutLostIncome(yearly: number, lost: number): number {
  return Math.max(0, yearly - lost);
}

// Art. 5 ust. 4a usr: a gain in the base year, still received, counts as its amount / the months received.
export function gainInBaseYearMonthly(c: IncomeChange): number {
  return divideHalfUp(c.baseYearAmount, Math.max(1, c.monthsInBaseYear ?? 12));
}

// Art. 5 ust. 4b usr: a gain after the base year, still received, adds the month after the gain.
export function gainAfterBaseYearMonthly(c: IncomeChange): number {
  return c.monthAfterAmount ?? 0;
}

/**
 * Art. 3 pkt 2 and art. 5 ust. 4–4b usr: the family's average monthly income. Each member's
 * base-year income (taxed net + untaxed − alimony paid), less lost income, the base year's gains
 * replaced by their monthly average, later gains added for a month; the farm as its year / 12.
 */
export function familyMonthlyIncome(
  members: readonly MemberIncome[],
  baseYear: number,
  farmYearly = 0,
): FamilyIncome {
  let yearly = farmYearly;
  let monthlyGains = 0;
  for (const m of members) {
    let own = m.taxed + m.untaxed;
    for (const c of m.changes) {
      if (c.kind === 'lost') own = withoutLostIncome(own, c.baseYearAmount);
      else if (!c.stillReceived) continue;
      else if (inBaseYear(c, baseYear)) {
        own = withoutLostIncome(own, c.baseYearAmount);
        monthlyGains += gainInBaseYearMonthly(c);
      } else if (Number(c.on.slice(0, 4)) > baseYear) monthlyGains += gainAfterBaseYearMonthly(c);
    }
    yearly += Math.max(0, own - m.alimonyPaid);
  }
  const monthly = divideHalfUp(yearly, 12) + monthlyGains;
  return { yearly, monthly, perPerson: divideHalfUp(monthly, Math.max(1, members.length)) };
}
