import { z } from 'zod';
import { isoDate } from '../shared/validation.ts';

/**
 * The statutory numbers in force from `validFrom` until the next period begins. Money in grosze.
 * Rules never hold these numbers: they ask `parametersOn(periods, date)`.
 */
export interface LegalParameterPeriod {
  validFrom: string;
  /** Art. 8 ust. 1 pkt 1: kryterium dochodowe osoby samotnie gospodarującej. */
  criterionSingle: number;
  /** Art. 8 ust. 1 pkt 2: kryterium dochodowe na osobę w rodzinie. */
  criterionPerPerson: number;
  /** Art. 37 ust. 2 pkt 1: the cap of zasiłek stały for a single person. */
  zasilekStalyMax: number;
  /** Art. 37 ust. 3: the floor of zasiłek stały. */
  zasilekStalyMin: number;
  /** Art. 37 ust. 2: the share of the criterion the income is subtracted from (100, since 2024: 130). */
  zasilekStalyPercent: number;
  /** Art. 38 ust. 3: zasiłek okresowy is at least this share of the gap (50). */
  zasilekOkresowyMinPercent: number;
  /** Art. 38 ust. 4: and at least this amount (2000 grosze). */
  zasilekOkresowyMinAmount: number;
  /**
   * Art. 38 ust. 2 pkt 1: the cap of zasiłek okresowy for a single person, beyond the gap itself;
   * null = none. Dated: 418 zł in the text in force until 2023, the criterion per person in a
   * family since 2024 [M] (see LEGAL_PARAMETER_HISTORY and docs/decisions/0002).
   */
  zasilekOkresowySingleMax: number | null;
  /** Art. 8 ust. 9: presumed monthly income from 1 ha przeliczeniowy. */
  farmHectareIncome: number;
  legalBasis: string;
}

const grosze = z.number().int().min(0).max(100_000_000);
const percent = z.number().int().min(1).max(1000);

/** What an administrator enters for a new period. */
export const LegalParameterPeriodInput = z
  .object({
    validFrom: isoDate,
    criterionSingle: grosze.min(1),
    criterionPerPerson: grosze.min(1),
    zasilekStalyMax: grosze,
    zasilekStalyMin: grosze,
    zasilekStalyPercent: percent,
    zasilekOkresowyMinPercent: percent.max(100),
    zasilekOkresowyMinAmount: grosze,
    zasilekOkresowySingleMax: grosze.nullable().default(null),
    farmHectareIncome: grosze,
    legalBasis: z.string().trim().min(1).max(500),
  })
  .superRefine((p, ctx) => {
    if (p.zasilekStalyMin > p.zasilekStalyMax)
      ctx.addIssue({
        code: 'custom',
        path: ['zasilekStalyMin'],
        message: 'validation.benefits.minAboveMax',
      });
  });
export type LegalParameterPeriodInput = z.input<typeof LegalParameterPeriodInput>;

const ROZP_2015 =
  'rozporządzenie Rady Ministrów z dnia 14 lipca 2015 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2015 poz. 1058)';
const ROZP_2018 =
  'rozporządzenie Rady Ministrów z dnia 11 lipca 2018 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2018 poz. 1358)';
const ROZP_2021 =
  'rozporządzenie Rady Ministrów z dnia 14 lipca 2021 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2021 poz. 1296)';
const UST_2023 =
  'ustawa z dnia 28 lipca 2023 r. zmieniająca ustawę o pomocy społecznej, art. 37 ust. 2–3 (Dz.U. 2023 poz. 1693)';
const ROZP_2024 =
  'rozporządzenie Rady Ministrów z dnia 12 lipca 2024 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2024 poz. 1044)';

/** Common to every period so far: art. 38 ust. 3–4 have not changed since 2015. */
const OKRESOWY = {
  zasilekOkresowyMinPercent: 50,
  zasilekOkresowyMinAmount: 2000,
} as const;

// Art. 38 ust. 2 pkt 1, the single person's cap, as the text in force on each date read:
// - until 31.12.2023 "nie może być wyższa niż 418 zł miesięcznie" [S: OPS pages quoting the
//   article word for word: mops.wolow.pl (2015 criteria), gopschelmno.pl, gops-goleszow.pl];
// - from 1.01.2024 "kwota kryterium dochodowego na osobę w rodzinie" [M: one OPS page states it
//   (pieszyce.naszcus.pl, 823 zł in 2025); that the ustawa of 28.07.2023 made the change, and from
//   1.01.2024, is from memory — check the t.j. on ISAP]. Data, so a correction needs no code.
const SINGLE_CAP_2004 = 41_800;

/**
 * The history from 1.10.2015 (domain reference §1.2). Every number is tagged [S] there unless
 * noted here. The migration 0010 seeds the same rows; a unit test holds them equal.
 */
export const LEGAL_PARAMETER_HISTORY: readonly LegalParameterPeriod[] = [
  {
    validFrom: '2015-10-01',
    criterionSingle: 63_400,
    criterionPerPerson: 51_400,
    // [M] The 604 zł cap is from memory in the reference, not confirmed by a source; kept as data.
    zasilekStalyMax: 60_400,
    zasilekStalyMin: 3_000,
    zasilekStalyPercent: 100,
    ...OKRESOWY,
    zasilekOkresowySingleMax: SINGLE_CAP_2004,
    farmHectareIncome: 28_800,
    legalBasis: ROZP_2015,
  },
  {
    validFrom: '2018-10-01',
    criterionSingle: 70_100,
    criterionPerPerson: 52_800,
    zasilekStalyMax: 64_500,
    zasilekStalyMin: 3_000,
    zasilekStalyPercent: 100,
    ...OKRESOWY,
    zasilekOkresowySingleMax: SINGLE_CAP_2004,
    farmHectareIncome: 30_800,
    legalBasis: ROZP_2018,
  },
  {
    validFrom: '2022-01-01',
    criterionSingle: 77_600,
    criterionPerPerson: 60_000,
    zasilekStalyMax: 71_900,
    zasilekStalyMin: 3_000,
    zasilekStalyPercent: 100,
    ...OKRESOWY,
    zasilekOkresowySingleMax: SINGLE_CAP_2004,
    farmHectareIncome: 34_500,
    legalBasis: ROZP_2021,
  },
  {
    // The statute changed, not the criteria: 130% rule, cap 1000 zł, floor 100 zł.
    validFrom: '2024-01-01',
    criterionSingle: 77_600,
    criterionPerPerson: 60_000,
    zasilekStalyMax: 100_000,
    zasilekStalyMin: 10_000,
    zasilekStalyPercent: 130,
    ...OKRESOWY,
    zasilekOkresowySingleMax: 60_000, // [M] = criterion per person
    farmHectareIncome: 34_500,
    legalBasis: `${ROZP_2021}; ${UST_2023}`,
  },
  {
    // Cycle 2025–2027, still in force in 2026.
    validFrom: '2025-01-01',
    criterionSingle: 101_000,
    criterionPerPerson: 82_300,
    zasilekStalyMax: 122_900,
    zasilekStalyMin: 10_000,
    zasilekStalyPercent: 130,
    ...OKRESOWY,
    zasilekOkresowySingleMax: 82_300, // [M] = criterion per person
    farmHectareIncome: 45_900,
    legalBasis: ROZP_2024,
  },
];

/** The period in force on `date` (the latest one that began on or before it), or null. */
export function parametersOn<P extends { validFrom: string }>(periods: readonly P[], date: string): P | null {
  let best: P | null = null;
  for (const p of periods) if (p.validFrom <= date && (!best || p.validFrom > best.validFrom)) best = p;
  return best;
}
