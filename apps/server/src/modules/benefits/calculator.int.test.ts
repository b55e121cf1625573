import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t?.close());

const URL = '/api/v1/calculators/social-assistance';
type Member = { role: 'applicant' | 'member'; netIncome: number; unableToWork?: boolean };

async function calc(body: unknown, lang?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: URL,
    payload: body as object,
    headers: lang ? { 'accept-language': lang } : {},
  });
  return { status: res.statusCode, body: res.json() };
}

const applicant = (netIncome: number): Member => ({ role: 'applicant', netIncome, unableToWork: true });
const member = (netIncome: number): Member => ({ role: 'member', netIncome });

// Each case worked by hand from domain-reference §1.2–1.4; amounts in grosze.
const STALY: [
  date: string,
  household: Member[],
  eligible: boolean,
  amount: number,
  criterion: number,
  perPerson: number,
][] = [
  ['2015-10-01', [applicant(0)], true, 60_400, 63_400, 0],
  ['2015-10-01', [applicant(63_399)], true, 3_000, 63_400, 63_399],
  ['2015-10-01', [applicant(63_400)], false, 0, 63_400, 63_400],
  ['2018-09-30', [applicant(50_000)], true, 13_400, 63_400, 50_000],
  ['2015-12-01', [applicant(0), member(150_000), member(0)], true, 3_000, 51_400, 50_000],
  ['2018-10-01', [applicant(0)], true, 64_500, 70_100, 0],
  ['2018-10-01', [applicant(10_000)], true, 60_100, 70_100, 10_000],
  ['2018-10-01', [applicant(70_100)], false, 0, 70_100, 70_100],
  ['2020-05-05', [applicant(0), member(50_000)], true, 27_800, 52_800, 25_000],
  ['2021-12-31', [applicant(0), member(105_600)], false, 0, 52_800, 52_800],
  ['2022-01-01', [applicant(0)], true, 71_900, 77_600, 0],
  ['2022-01-01', [applicant(20_000)], true, 57_600, 77_600, 20_000],
  ['2023-12-31', [applicant(77_600)], false, 0, 77_600, 77_600],
  ['2023-12-31', [applicant(77_599)], true, 3_000, 77_600, 77_599],
  ['2024-01-01', [applicant(0)], true, 100_000, 77_600, 0],
  ['2024-01-01', [applicant(10_000)], true, 90_880, 77_600, 10_000],
  ['2024-06-30', [applicant(77_599)], true, 23_281, 77_600, 77_599],
  ['2024-06-30', [applicant(77_600)], false, 0, 77_600, 77_600],
  ['2024-12-31', [applicant(0), member(80_000)], true, 38_000, 60_000, 40_000],
  ['2025-01-01', [applicant(0)], true, 122_900, 101_000, 0],
  ['2025-01-01', [applicant(50_000)], true, 81_300, 101_000, 50_000],
  ['2026-03-01', [applicant(0), member(120_000), member(0)], true, 66_990, 82_300, 40_000],
  ['2026-03-01', [applicant(100_999)], true, 30_301, 101_000, 100_999],
  ['2026-03-01', [applicant(101_000)], false, 0, 101_000, 101_000],
  ['2026-03-01', [applicant(101_001)], false, 0, 101_000, 101_001],
  ['2026-03-01', [applicant(0), member(164_600)], false, 0, 82_300, 82_300],
  ['2026-03-01', [{ ...applicant(0), unableToWork: false }], false, 0, 101_000, 0],
];

describe('POST /api/v1/calculators/social-assistance — zasiłek stały', () => {
  it.each(STALY)(
    '%s %j → eligible %s, %i',
    async (date, household, eligible, amount, criterion, perPerson) => {
      const r = await calc({ benefit: 'zasilekStaly', date, household });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ eligible, amount, criterion, incomePerPerson: perPerson });
      expect(r.body).not.toHaveProperty('maximumAmount');
      expect(r.body.explanation.length).toBeGreaterThan(2);
    },
  );
});

const OKRESOWY: [
  date: string,
  household: Member[],
  eligible: boolean,
  amount: number,
  max: number,
  criterion: number,
][] = [
  // A single person's maximum stops at the cap of art. 38 ust. 2 pkt 1 in force on the date
  // (418 zł until 2023, the criterion per person since 2024 [M]); income equal to the criterion
  // is not "niższy od" it (ust. 1), one grosz below is.
  ['2015-10-01', [applicant(0)], true, 31_700, 41_800, 63_400],
  ['2015-10-01', [applicant(63_399)], true, 2_000, 2_000, 63_400],
  ['2015-10-01', [applicant(63_400)], false, 0, 0, 63_400],
  ['2015-10-01', [applicant(63_401)], false, 0, 0, 63_400],
  ['2016-01-01', [applicant(0), member(150_000), member(0)], true, 2_100, 4_200, 51_400],
  ['2018-10-01', [applicant(1)], true, 35_050, 41_800, 70_100],
  ['2018-10-01', [applicant(70_100)], false, 0, 0, 70_100],
  ['2019-01-01', [applicant(0), member(105_599)], true, 2_000, 2_000, 52_800],
  ['2019-01-01', [applicant(0), member(105_600)], false, 0, 0, 52_800],
  ['2022-01-01', [applicant(0), member(200_000), member(0), member(0)], true, 20_000, 40_000, 60_000],
  ['2023-12-31', [applicant(0)], true, 38_800, 41_800, 77_600],
  ['2022-01-01', [applicant(77_601)], false, 0, 0, 77_600],
  ['2024-01-01', [applicant(0)], true, 38_800, 60_000, 77_600],
  ['2024-01-01', [applicant(77_599)], true, 2_000, 2_000, 77_600],
  ['2024-01-01', [applicant(77_600)], false, 0, 0, 77_600],
  ['2025-01-01', [applicant(0)], true, 50_500, 82_300, 101_000],
  ['2025-01-01', [applicant(98_000)], true, 2_000, 3_000, 101_000],
  ['2025-01-01', [applicant(100_999)], true, 2_000, 2_000, 101_000],
  ['2025-01-01', [applicant(101_000)], false, 0, 0, 101_000],
  ['2025-01-01', [applicant(101_001)], false, 0, 0, 101_000],
  ['2026-11-20', [applicant(0), member(120_000), member(0)], true, 63_450, 126_900, 82_300],
  ['2026-11-20', [applicant(0), member(164_599)], true, 2_000, 2_000, 82_300],
  ['2026-11-20', [applicant(0), member(164_600)], false, 0, 0, 82_300],
  ['2026-11-20', [applicant(0), member(164_601)], false, 0, 0, 82_300],
];

describe('POST /api/v1/calculators/social-assistance — zasiłek okresowy', () => {
  it.each(OKRESOWY)(
    '%s %j → eligible %s, %i to %i',
    async (date, household, eligible, amount, max, criterion) => {
      const r = await calc({ benefit: 'zasilekOkresowy', date, household });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ eligible, amount, maximumAmount: max, criterion });
    },
  );
});

describe('farm, language and explanation', () => {
  it('counts hectares przeliczeniowe at the 1 ha amount of the period', async () => {
    const body = { benefit: 'zasilekStaly', household: [applicant(0)], farmHectares: 1.5 };
    // 2025: 1.5 × 459 = 688.50; 1313 − 688.50 = 624.50.  2022: 1.5 × 345 = 517.50; 776 − 517.50 = 258.50.
    expect((await calc({ ...body, date: '2025-02-01' })).body).toMatchObject({
      amount: 62_450,
      incomePerPerson: 68_850,
    });
    expect((await calc({ ...body, date: '2022-02-01' })).body).toMatchObject({
      amount: 25_850,
      incomePerPerson: 51_750,
    });
  });

  it('explains in the language asked for, citing the articles', async () => {
    const body = { benefit: 'zasilekStaly', date: '2025-06-01', household: [applicant(50_000)] };
    const pl = (await calc(body)).body.explanation as { article: string; text: string }[];
    const en = (await calc(body, 'en-GB,en;q=0.9')).body.explanation as { article: string; text: string }[];
    const uk = (await calc(body, 'uk')).body.explanation as { article: string; text: string }[];
    expect(pl.map((s) => s.article)).toContain('art. 37 ust. 2 pkt 1 ustawy o pomocy społecznej');
    expect(pl.at(-1)!.text.replace(/\u00a0/g, ' ')).toBe('Zasiłek stały: 813,00 zł miesięcznie.');
    expect(en.at(-1)!.text.replace(/\u00a0/g, ' ')).toBe('Permanent allowance: PLN 813.00 a month.');
    expect(uk.at(-1)!.text.replace(/\u00a0/g, ' ')).toBe('Постійна допомога: 813,00 PLN на місяць.');
    expect(en.map((s) => s.article)).toEqual(pl.map((s) => s.article));
  });
});

describe('bad input gets a 400 naming the field', () => {
  const ok = { benefit: 'zasilekStaly', date: '2025-06-01', household: [applicant(0)] };
  it.each([
    [
      'a string income',
      { ...ok, household: [{ role: 'applicant', netIncome: '500' }] },
      'household.0.netIncome',
    ],
    [
      'a fractional grosz',
      { ...ok, household: [{ role: 'applicant', netIncome: 10.5 }] },
      'household.0.netIncome',
    ],
    ['a negative income', { ...ok, household: [applicant(0), member(-1)] }, 'household.1.netIncome'],
    ['an unknown role', { ...ok, household: [{ role: 'boss', netIncome: 0 }] }, 'household.0.role'],
    ['no applicant', { ...ok, household: [member(0)] }, 'household'],
    ['two applicants', { ...ok, household: [applicant(0), applicant(0)] }, 'household'],
    ['an empty household', { ...ok, household: [] }, 'household'],
    ['an unknown benefit', { ...ok, benefit: 'zasilekCelowy' }, 'benefit'],
    ['a malformed date', { ...ok, date: '01.06.2025' }, 'date'],
    ['a date before the first period', { ...ok, date: '2015-09-30' }, 'date'],
    ['negative hectares', { ...ok, farmHectares: -1 }, 'farmHectares'],
  ])('%s', async (_name, body, field) => {
    const r = await calc(body);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation');
    expect(r.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });

  it('says in the reader’s language from when the calculator counts', async () => {
    const r = await calc({ ...ok, date: '2015-09-30' }, 'en');
    expect(r.body.error.fields).toEqual([
      {
        path: 'date',
        message: 'No criteria and amounts for this date; the calculator starts on 01/10/2015.',
      },
    ]);
  });
});
