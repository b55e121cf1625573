import { parametersOn } from '../benefits/legal-parameters.ts';

// The numbers of the ustawa z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych (udm, as reformed
// from 1.07.2021) and of art. 5c Prawa energetycznego as data by date, in grosze or hundredths
// (domain reference §5.4). Rules ask what held on the day of the application. Values the
// reference does not give, or tags [M], say so: they are to be checked against the act and the
// notices before a centre relies on them, and a new value is a new row.

interface Dated<T> {
  validFrom: string;
  value: T;
}

// Art. 3 ust. 3 udm: the przeciętne miesięczne wynagrodzenie is not here. It is data the administrator
// enters from the notices of the Prezes GUS (table average_wage_notice, ./average-wage.ts); the
// server reads the notice in force on the day of the application and passes its amount in.

/** Art. 3 ust. 3 udm (from 1.07.2021): the income limit per person, in % of the average wage — 40 % alone, 30 % in a household of more. */
export const INCOME_SHARE: readonly Dated<{ single: number; multi: number }>[] = [
  { validFrom: '2021-07-01', value: { single: 40, multi: 30 } },
];

/**
 * Art. 5 ust. 1–3 udm: the normatywna powierzchnia by the number of persons (35, 40, 45, 55, 65,
 * 70 m², +5 m² for each further person), the tolerance over it (30 %; [M] the 50 % variant for
 * flats whose rooms and kitchen are at most 60 % of the area is not held) and the extra 15 m²
 * for a wheelchair user (or a person with a disability who needs a separate room).
 */
export const AREA: readonly Dated<{
  byPersons: number[];
  perFurther: number;
  tolerancePct: number;
  wheelchair: number;
}>[] = [
  {
    validFrom: '2001-07-01',
    value: { byPersons: [35, 40, 45, 55, 65, 70], perFurther: 5, tolerancePct: 30, wheelchair: 15 },
  },
];

/**
 * Art. 6 ust. 1 udm [M: the percentages after 1.07.2021]: the household's own share of the
 * expenses, in % of its monthly income — 15 % alone, 12 % for 2–4 persons, 10 % for 5 or more;
 * art. 6 ust. 2 udm [M]: the allowance is at most 70 % of the expenses on the normative area.
 */
export const SHARES: readonly Dated<{ own: [number, number, number]; maxOfExpensesPct: number }>[] = [
  { validFrom: '2021-07-01', value: { own: [15, 12, 10], maxOfExpensesPct: 70 } },
];

/** Art. 6 ust. 10 udm [M: the paragraph]: no allowance under 0,5 % of the average wage (stored in hundredths of a per cent). */
export const FLOOR_BASIS_POINTS: readonly Dated<number>[] = [{ validFrom: '2021-07-01', value: 50 }];

/** Art. 7 ust. 2 udm [M: the paragraph]: granted for 6 months from the 1st of the month after the filing. */
export const GRANT_MONTHS = 6;

/**
 * Art. 5c ust. 2–3 Prawa energetycznego: the dodatek energetyczny a month for a household of
 * 1, 2–4 and 5+ persons, from the minister's yearly notice (in force from 30 April). [M] All
 * three amounts are to be checked against each notice; a new notice is a new row.
 */
export const ENERGY_ALLOWANCE: readonly Dated<[number, number, number]>[] = [
  { validFrom: '2023-04-30', value: [1_548, 2_150, 2_580] },
  { validFrom: '2024-04-30', value: [1_920, 2_667, 3_200] },
];

export interface HousingParameters {
  averageWage: number;
  incomeShare: { single: number; multi: number };
  area: { byPersons: number[]; perFurther: number; tolerancePct: number; wheelchair: number };
  shares: { own: [number, number, number]; maxOfExpensesPct: number };
  floorBasisPoints: number;
  /** Null where no notice is held for the day: no dodatek energetyczny can be computed. */
  energy: [number, number, number] | null;
}

/**
 * The udm parameters in force on `date`, with the average wage of the notice in force then (grosze,
 * read by the server from average_wage_notice). Null without a wage or before the first rules.
 */
export function housingParametersOn(date: string, averageWage?: number | null): HousingParameters | null {
  const incomeShare = parametersOn(INCOME_SHARE, date)?.value;
  const area = parametersOn(AREA, date)?.value;
  const shares = parametersOn(SHARES, date)?.value;
  const floorBasisPoints = parametersOn(FLOOR_BASIS_POINTS, date)?.value;
  if (!averageWage || !incomeShare || !area || !shares || floorBasisPoints === undefined) return null;
  const energy = parametersOn(ENERGY_ALLOWANCE, date)?.value ?? null;
  return { averageWage, incomeShare, area, shares, floorBasisPoints, energy };
}
