import { parametersOn } from '../benefits/legal-parameters.ts';
import { applicationPeriod, type BenefitPeriod, benefitPeriodOf } from '../family-benefits/parameters.ts';

// The numbers of the ustawa o pomocy osobom uprawnionym do alimentów (uFA) as data by date, in
// grosze (domain reference §4.3). Each series changes on its own date; rules ask what held on
// the month paid. Values the reference tags [M] say so.

interface Dated<T> {
  validFrom: string;
  value: T;
}

/**
 * Art. 9 ust. 2 uFA: the kryterium dochodowe per person, indexed every three years (art. 9
 * ust. 4) — a new value is a new row. 900 zł from 1.10.2020 is [M: the exact day]; 1209 zł
 * from 1.10.2023 (M.P. 2023 poz. 121). The next indexation (1.10.2026) is [M]: add it when published.
 */
export const CRITERION: readonly Dated<number>[] = [
  { validFrom: '2020-10-01', value: 90_000 },
  { validFrom: '2023-10-01', value: 120_900 },
];

/** Art. 10 ust. 1 uFA: the benefit's cap per entitled person — 500 zł, 1000 zł for rights from 1.10.2024. */
export const CAP: readonly Dated<number>[] = [
  { validFrom: '2008-10-01', value: 50_000 },
  { validFrom: '2024-10-01', value: 100_000 },
];

/**
 * Art. 9 ust. 2b uFA: a benefit reduced by "złotówka za złotówkę" under this is not paid. In
 * force with the rule from the period 2020/2021 [M: the exact day].
 */
export const MINIMUM_REDUCED: readonly Dated<number>[] = [{ validFrom: '2020-10-01', value: 10_000 }];

export interface AlimonyFundParameters {
  criterion: number;
  cap: number;
  minimumReduced: number;
}

/** The uFA amounts in force on `date`; null before the first criterion we hold. */
export function alimonyFundParametersOn(date: string): AlimonyFundParameters | null {
  const criterion = parametersOn(CRITERION, date)?.value;
  const cap = parametersOn(CAP, date)?.value;
  const minimumReduced = parametersOn(MINIMUM_REDUCED, date)?.value;
  if (criterion === undefined || cap === undefined || minimumReduced === undefined) return null;
  return { criterion, cap, minimumReduced };
}

/** The okres świadczeniowy begins in October (art. 2 pkt 10 uFA [M: the point's number]). */
export const PERIOD_START_MONTH = 10;

/** Art. 2 pkt 10 uFA: okres świadczeniowy — 1 October to 30 September of the next year. */
export function alimonyFundPeriodOf(date: string): BenefitPeriod {
  return benefitPeriodOf(date, PERIOD_START_MONTH);
}

/**
 * Art. 20 ust. 1 uFA [M: the article]: the right from the month of filing; filed from 1 July
 * (the next period's window), from 1 October.
 */
export function alimonyFundApplicationPeriod(submittedOn: string) {
  return applicationPeriod(submittedOn, PERIOD_START_MONTH);
}
