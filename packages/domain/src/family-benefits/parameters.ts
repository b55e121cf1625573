import { parametersOn } from '../benefits/legal-parameters.ts';

// The numbers of the ustawa o świadczeniach rodzinnych (usr) as data by date, in grosze. Each
// series changes on its own date, so each is its own list; `familyBenefitParametersOn` composes
// the values in force on a day. Rules never hold these numbers. Source: domain reference §4.1;
// values tagged [M] there (unconfirmed) say so here.

interface Dated<T> {
  validFrom: string;
  value: T;
}

/** Art. 5 ust. 1–2 usr: kryterium dochodowe per person (674 zł; 764 zł with a disabled child). */
export const CRITERIA: readonly Dated<{ perPerson: number; disabledChild: number }>[] = [
  { validFrom: '2015-11-01', value: { perPerson: 67_400, disabledChild: 76_400 } },
];

/** Art. 6 ust. 1 usr: zasiłek rodzinny by the child's age (to 5, 5–18, over 18). */
export const ZASILEK_RODZINNY: readonly Dated<{ under5: number; to18: number; over18: number }>[] = [
  { validFrom: '2016-11-01', value: { under5: 9_500, to18: 12_400, over18: 13_500 } },
];

export interface DodatkiAmounts {
  /** Art. 9: urodzenie dziecka, one-off. */
  urodzenie: number;
  /** Art. 10: urlop wychowawczy, monthly. */
  urlopWychowawczy: number;
  /** Art. 11a: samotne wychowywanie per child and its cap. */
  samotneWychowywanie: number;
  samotneWychowywanieMax: number;
  /** Art. 11a ust. 2: the raise per disabled child and its cap. */
  samotneNiepelnosprawne: number;
  samotneNiepelnosprawneMax: number;
  /** Art. 12a: wychowywanie dziecka w rodzinie wielodzietnej, from the third child. */
  wielodzietnosc: number;
  /** Art. 13: kształcenie i rehabilitacja dziecka niepełnosprawnego (to 5 / 5–24). */
  ksztalcenieUnder5: number;
  ksztalcenieOver5: number;
  /** Art. 14: rozpoczęcie roku szkolnego, one-off. */
  rozpoczecieRokuSzkolnego: number;
  /** Art. 15: nauka poza miejscem zamieszkania (internat / dojazd), 10 months a year. */
  naukaPozaMiejscemInternat: number;
  naukaPozaMiejscemDojazd: number;
}

// Samotne wychowywanie at 193 / 386 zł (+80 / +160 zł) is [S] from 2018 on; the exact day the
// amounts took effect is [M] — 1.11.2016 with the zasiłek amounts is assumed.
export const DODATKI: readonly Dated<DodatkiAmounts>[] = [
  {
    validFrom: '2016-11-01',
    value: {
      urodzenie: 100_000,
      urlopWychowawczy: 40_000,
      samotneWychowywanie: 19_300,
      samotneWychowywanieMax: 38_600,
      samotneNiepelnosprawne: 8_000,
      samotneNiepelnosprawneMax: 16_000,
      wielodzietnosc: 9_500,
      ksztalcenieUnder5: 9_000,
      ksztalcenieOver5: 11_000,
      rozpoczecieRokuSzkolnego: 10_000,
      naukaPozaMiejscemInternat: 11_300,
      naukaPozaMiejscemDojazd: 6_900,
    },
  },
];

/** Art. 5 ust. 3c usr: a reduced ("złotówka za złotówkę") total under this is not paid. */
export const MINIMUM_PAYABLE: readonly Dated<number>[] = [{ validFrom: '2016-01-01', value: 2_000 }];

/** Art. 15b usr: jednorazowa zapomoga z tytułu urodzenia ("becikowe") and its own criterion. */
export const BIRTH_GRANT: readonly Dated<{ amount: number; criterion: number }>[] = [
  { validFrom: '2012-11-01', value: { amount: 100_000, criterion: 192_200 } },
];

/**
 * Ustawa "Za życiem" (4.11.2016) art. 10: 4000 zł one-off, no criterion. The start date is
 * [M]: 1.01.2017 per memory (one article says 2016).
 */
export const ZA_ZYCIEM: readonly Dated<number>[] = [{ validFrom: '2017-01-01', value: 400_000 }];

/** Art. 16 ust. 3 usr: zasiłek pielęgnacyjny, 215.84 zł; the date it took effect is [M]. */
export const ZASILEK_PIELEGNACYJNY: readonly Dated<number>[] = [{ validFrom: '2019-11-01', value: 21_584 }];

/** Art. 17 ust. 3 usr: świadczenie pielęgnacyjne, indexed every 1 January. */
export const SWIADCZENIE_PIELEGNACYJNE: readonly Dated<number>[] = [
  { validFrom: '2024-01-01', value: 298_800 },
  { validFrom: '2025-01-01', value: 328_700 },
  { validFrom: '2026-01-01', value: 338_600 },
];

/** Art. 16a usr: specjalny zasiłek opiekuńczy and its criterion — both [M] (620 zł, 764 zł). */
export const SPECJALNY_ZASILEK_OPIEKUNCZY: readonly Dated<{ amount: number; criterion: number }>[] = [
  { validFrom: '2019-11-01', value: { amount: 62_000, criterion: 76_400 } },
];

export interface FamilyBenefitParameters {
  criterion: { perPerson: number; disabledChild: number };
  zasilekRodzinny: { under5: number; to18: number; over18: number };
  dodatki: DodatkiAmounts;
  minimumPayable: number;
  birthGrant: { amount: number; criterion: number } | null;
  zaZyciem: number | null;
  zasilekPielegnacyjny: number | null;
  swiadczeniePielegnacyjne: number | null;
  specjalnyZasilekOpiekunczy: { amount: number; criterion: number } | null;
}

const on = <T>(series: readonly Dated<T>[], date: string) => parametersOn(series, date)?.value ?? null;

/** Every usr amount in force on `date`; null before the zasiłek rodzinny amounts are known. */
export function familyBenefitParametersOn(date: string): FamilyBenefitParameters | null {
  const criterion = on(CRITERIA, date);
  const zasilekRodzinny = on(ZASILEK_RODZINNY, date);
  const dodatki = on(DODATKI, date);
  const minimumPayable = on(MINIMUM_PAYABLE, date);
  if (!criterion || !zasilekRodzinny || !dodatki || minimumPayable === null) return null;
  return {
    criterion,
    zasilekRodzinny,
    dodatki,
    minimumPayable,
    birthGrant: on(BIRTH_GRANT, date),
    zaZyciem: on(ZA_ZYCIEM, date),
    zasilekPielegnacyjny: on(ZASILEK_PIELEGNACYJNY, date),
    swiadczeniePielegnacyjne: on(SWIADCZENIE_PIELEGNACYJNE, date),
    specjalnyZasilekOpiekunczy: on(SPECJALNY_ZASILEK_OPIEKUNCZY, date),
  };
}

export interface BenefitPeriod {
  /** "2025/2026" */
  label: string;
  start: string;
  end: string;
  /** Art. 3 pkt 2 usr: the calendar year before the period. */
  baseYear: number;
  /** Applications for the period: electronic from 1 July, on paper from 1 August. */
  electronicFrom: string;
  paperFrom: string;
  /** Filed complete by 31 August: paid by 30 November, without a break (art. 26 ust. 1). */
  continuousBy: string;
}

/**
 * Art. 3 pkt 13 usr: okres zasiłkowy runs from 1 November to 31 October of the next year. Other
 * benefits on the same base-year income run from another month (the alimony fund's okres
 * świadczeniowy from 1 October): `startMonth` says which.
 */
export function benefitPeriodOf(date: string, startMonth = 11): BenefitPeriod {
  const y = Number(date.slice(0, 4));
  const mm = String(startMonth).padStart(2, '0');
  const startYear = date.slice(5) >= `${mm}-01` ? y : y - 1;
  const end = new Date(Date.UTC(startYear + 1, startMonth - 1, 0)).toISOString().slice(0, 10);
  return {
    label: `${startYear}/${startYear + 1}`,
    start: `${startYear}-${mm}-01`,
    end,
    baseYear: startYear - 1,
    electronicFrom: `${startYear}-07-01`,
    paperFrom: `${startYear}-08-01`,
    continuousBy: `${startYear}-08-31`,
  };
}

/**
 * Art. 24 ust. 2 usr: the right is set from the month the application is filed; filed from
 * 1 July (the window of the next period) it is for the period starting on 1 November (or on
 * the `startMonth` of the benefit's own period).
 */
export function applicationPeriod(
  submittedOn: string,
  startMonth = 11,
): { period: BenefitPeriod; firstMonth: string } {
  const month = Number(submittedOn.slice(5, 7));
  const next = month >= 7 && month < startMonth;
  const mm = String(startMonth).padStart(2, '0');
  const period = benefitPeriodOf(next ? `${submittedOn.slice(0, 4)}-${mm}-01` : submittedOn, startMonth);
  return { period, firstMonth: next ? period.start : `${submittedOn.slice(0, 7)}-01` };
}
