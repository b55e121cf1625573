import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { FeeRuleError, type FeeRuleTable, feeForHours, hourlyFee, tableOn } from './fee.ts';
import { FeeTableInput, type FeeTableInput as Input } from './fee-table.ts';
import { REGULATION_2005_BANDS } from './regulation-2005.ts';

// Criteria from 1.01.2025 (domain reference §1.2): 1010 zł single, 823 zł per person.
const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };

const local: FeeRuleTable = {
  kind: 'localResolution',
  number: 'XII/140/2025',
  validFrom: '2025-03-01',
  hourlyCosts: [
    { serviceKind: 'careService', costGrosze: 3_500 },
    { serviceKind: 'specialistCareService', costGrosze: 3_733 },
  ],
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
    { overPct: 150, upToPct: 200, singlePct: 20, familyPct: 30 },
    { overPct: 200, upToPct: 250, singlePct: 40, familyPct: 50 },
    { overPct: 250, upToPct: 300, singlePct: 60, familyPct: 70 },
    { overPct: 300, upToPct: null, singlePct: 100, familyPct: 100 },
  ],
  exemptions: [
    { ground: 'longIllness', maxPct: 50 },
    { ground: 'disability', maxPct: 100 },
  ],
};

const regulation: FeeRuleTable = {
  kind: 'mentalDisordersRegulation',
  number: 'Dz.U. 2005 nr 189 poz. 1598',
  validFrom: '2005-10-14',
  hourlyCosts: [{ serviceKind: 'mentalDisorderCareService', costGrosze: 4_210 }],
  bands: REGULATION_2005_BANDS,
  exemptions: [],
};

const care = (income: number, size = 1, extra: Partial<Parameters<typeof hourlyFee>[1]> = {}) =>
  hourlyFee(local, { serviceKind: 'careService', income, size, ...criteria, ...extra });

describe('hourly fee by the council resolution (art. 50 ust. 6 ups)', () => {
  it('is free while a single person’s income is at most 100 % of the criterion', () => {
    const r = care(101_000);
    expect(r.hourlyFeeGrosze).toBe(0);
    expect(r.feePct).toBe(0);
    expect(r.incomeRatioPct).toBe(100);
  });

  it('takes the first band one grosz above the criterion: 10 % of 35,00 zł = 3,50 zł', () => {
    const r = care(101_001);
    expect(r.hourlyFeeGrosze).toBe(350);
    expect(r.incomeRatioPct).toBe(100);
  });

  it('keeps exactly 150 % in the lower band and moves a grosz more to the next', () => {
    expect(care(151_500).hourlyFeeGrosze).toBe(350);
    expect(care(151_501).hourlyFeeGrosze).toBe(700);
  });

  it('prices every band for a single person', () => {
    expect(care(250_000).hourlyFeeGrosze).toBe(1_400); // 247.52 % → 40 %
    expect(care(300_000).hourlyFeeGrosze).toBe(2_100); // 297.03 % → 60 %
    expect(care(303_001).hourlyFeeGrosze).toBe(3_500); // above 300 % → the whole cost
  });

  it('compares a family’s income with 823 zł per person: 4000 zł for 3 is 162.01 % → 30 % → 10,50 zł', () => {
    const r = care(400_000, 3);
    expect(r.incomeRatioPct).toBe(162.01);
    expect(r.feePct).toBe(30);
    expect(r.hourlyFeeGrosze).toBe(1_050);
  });

  it('rounds half up to the grosz: 15 % of 37,33 zł = 5,5995 zł → 5,60 zł', () => {
    const r = hourlyFee(local, {
      serviceKind: 'specialistCareService',
      income: 180_000,
      size: 2,
      ...criteria,
    });
    expect(r.feePct).toBe(15); // 900 zł per person = 109.36 %
    expect(r.hourlyFeeGrosze).toBe(560);
  });

  it('explains each step with its article, in Polish', () => {
    const lines = renderExplanation(care(400_000, 3).steps, 'pl');
    expect(lines[0]).toEqual({
      article: 'art. 50 ust. 6 ustawy o pomocy społecznej',
      text: 'Odpłatność według: XII/140/2025, obowiązującej od 01.03.2025.',
    });
    expect(lines.at(-1)?.text).toMatch(/Odpłatność za jedną godzinę usług: 10,50\s?zł\./);
  });

  it('rejects a kind of service the table does not price', () => {
    expect(() =>
      hourlyFee(local, { serviceKind: 'neighbourService', income: 1, size: 1, ...criteria }),
    ).toThrow(FeeRuleError);
  });
});

describe('exemption (art. 64 ups)', () => {
  it('lowers the fee by the percentage granted: half of 10,50 zł', () => {
    const r = care(400_000, 3, { exemption: { ground: 'longIllness', pct: 50 } });
    expect(r.exemptionGrosze).toBe(525);
    expect(r.hourlyFeeGrosze).toBe(525);
    expect(renderExplanation(r.steps, 'pl')[4]?.article).toBe('art. 64 ustawy o pomocy społecznej');
  });

  it('exempts fully when the resolution allows 100 %', () => {
    expect(care(400_000, 3, { exemption: { ground: 'disability', pct: 100 } }).hourlyFeeGrosze).toBe(0);
  });

  it('refuses more than the resolution allows, and a ground it does not name', () => {
    const tooHigh = () => care(400_000, 3, { exemption: { ground: 'longIllness', pct: 60 } });
    expect(tooHigh).toThrow(expect.objectContaining({ path: 'exemption.pct' }));
    const unknown = () => care(400_000, 3, { exemption: { ground: 'randomEvent', pct: 10 } });
    expect(unknown).toThrow(expect.objectContaining({ path: 'exemption.ground' }));
  });
});

describe('specialist care for persons with mental disorders (art. 50 ust. 7 ups, the regulation [M])', () => {
  const suo = (income: number, size: number) =>
    hourlyFee(regulation, { serviceKind: 'mentalDisorderCareService', income, size, ...criteria });

  it('is free up to 100 % of the criterion', () => {
    expect(suo(101_000, 1).hourlyFeeGrosze).toBe(0);
    expect(suo(164_600, 2).hourlyFeeGrosze).toBe(0);
  });

  it('charges 1 % of 42,10 zł = 42 gr to a single person at 158.42 %', () => {
    const r = suo(160_000, 1);
    expect(r.incomeRatioPct).toBe(158.42);
    expect(r.hourlyFeeGrosze).toBe(42);
  });

  it('charges 2 % = 84 gr to a family of two at 151.88 %, and 0.5 % = 21 gr to a single person at 110 %', () => {
    expect(suo(250_000, 2).hourlyFeeGrosze).toBe(84);
    expect(suo(111_100, 1).hourlyFeeGrosze).toBe(21); // 0.2105 zł → 21 gr
  });

  it('charges 30 % = 12,63 zł above 600 %', () => {
    expect(suo(700_000, 1).hourlyFeeGrosze).toBe(1_263);
  });
});

describe('fee for the hours delivered', () => {
  it('multiplies quarter hours exactly and rounds the total half up', () => {
    expect(feeForHours(350, 2.5)).toBe(875);
    expect(feeForHours(1_050, 0.25)).toBe(263); // 2,625 zł
    expect(feeForHours(560, 37.75)).toBe(21_140);
  });
});

describe('a fee table', () => {
  const valid: Input = {
    kind: 'localResolution',
    number: 'XII/140/2025',
    adoptedOn: '2025-02-20',
    validFrom: '2025-03-01',
    title: 'w sprawie usług opiekuńczych',
    hourlyCosts: [{ serviceKind: 'careService', costGrosze: 3_500 }],
    bands: [...local.bands],
    exemptions: [],
  };

  it('is accepted with bands following each other', () => {
    expect(FeeTableInput.safeParse(valid).success).toBe(true);
    expect(FeeTableInput.safeParse({ ...valid, bands: REGULATION_2005_BANDS }).success).toBe(true);
  });

  it('with a gap between bands names the band that does not start where the last ended', () => {
    const bands = [
      { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
      { overPct: 160, upToPct: null, singlePct: 20, familyPct: 30 },
    ];
    const r = FeeTableInput.safeParse({ ...valid, bands });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['bands.1.overPct', 'validation.services.bandGap?from=150'],
    ]);
  });

  it('needs the last band open-ended and percentages to the hundredth', () => {
    const r = FeeTableInput.safeParse({
      ...valid,
      bands: [{ overPct: 100, upToPct: 150, singlePct: 10.005, familyPct: 15 }],
    });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'bands.0.singlePct',
      'bands.0.upToPct',
    ]);
  });

  it('in force on a day is the latest valid from on or before it', () => {
    const tables = [
      { kind: 'localResolution' as const, validFrom: '2024-01-01', adoptedOn: '2023-12-01', n: 1 },
      { kind: 'localResolution' as const, validFrom: '2025-03-01', adoptedOn: '2025-02-20', n: 2 },
      { kind: 'mentalDisordersRegulation' as const, validFrom: '2005-10-14', adoptedOn: '2005-09-22', n: 3 },
    ];
    expect(tableOn(tables, 'localResolution', '2025-02-28')?.n).toBe(1);
    expect(tableOn(tables, 'localResolution', '2025-03-01')?.n).toBe(2);
    expect(tableOn(tables, 'localResolution', '2023-12-31')).toBeNull();
  });
});
