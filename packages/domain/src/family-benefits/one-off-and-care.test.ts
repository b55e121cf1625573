import { describe, expect, it } from 'vitest';
import {
  type CaredFor,
  oneCareBenefit,
  specjalnyZasilekOpiekunczyDue,
  swiadczeniePielegnacyjneDue,
  zasilekPielegnacyjnyDue,
} from './care.ts';
import { addMonthsToDate } from './dates.ts';
import { birthGrant, zaZyciem } from './one-off.ts';
import { familyBenefitParametersOn } from './parameters.ts';

const p = familyBenefitParametersOn('2025-11-01')!;
const birth = { birthDate: '2025-03-31', prenatalCare: true, guardianOrAdopter: false };

describe('becikowe (art. 15b usr)', () => {
  it('pays 1000 zł at income equal to 1922 zł, not one grosz above', () => {
    expect(birthGrant(p, { ...birth, filedOn: '2025-12-01', incomePerPerson: 192_200 })).toEqual({
      amount: 100_000,
    });
    expect(birthGrant(p, { ...birth, filedOn: '2025-12-01', incomePerPerson: 192_201 })).toEqual({
      amount: 0,
      refused: 'overCriterion',
    });
  });
  it('asks for the application within 12 months and prenatal care, except of guardians', () => {
    // 31 March + 12 months: the last day is 31 March of the next year
    expect(birthGrant(p, { ...birth, filedOn: '2026-03-31', incomePerPerson: 0 }).amount).toBe(100_000);
    expect(birthGrant(p, { ...birth, filedOn: '2026-04-01', incomePerPerson: 0 })).toMatchObject({
      refused: 'late',
    });
    const noCare = { ...birth, prenatalCare: false, filedOn: '2025-12-01', incomePerPerson: 0 };
    expect(birthGrant(p, noCare)).toMatchObject({ refused: 'noPrenatalCare' });
    expect(birthGrant(p, { ...noCare, guardianOrAdopter: true }).amount).toBe(100_000);
  });
  it('counts 12 months to the month’s last day where the day does not exist', () => {
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('"Za życiem" (art. 10)', () => {
  it('pays 4000 zł without a criterion, with the certificate, within 12 months', () => {
    expect(zaZyciem(p, { birthDate: '2025-06-10', filedOn: '2026-06-10', certificate: true })).toEqual({
      amount: 400_000,
    });
    expect(zaZyciem(p, { birthDate: '2025-06-10', filedOn: '2026-06-10', certificate: false })).toMatchObject(
      {
        refused: 'noCertificate',
      },
    );
    expect(
      zaZyciem(familyBenefitParametersOn('2016-12-01')!, {
        birthDate: '2016-11-10',
        filedOn: '2016-12-01',
        certificate: true,
      }),
    ).toMatchObject({
      refused: 'notInForce',
    });
  });
});

describe('care benefits', () => {
  const child: CaredFor = {
    birthDate: '2015-05-05',
    childCertificate: true,
    significantDegree: false,
    moderateBefore21: false,
    careIndications: true,
  };
  const adult: CaredFor = {
    ...child,
    birthDate: '1990-01-01',
    childCertificate: false,
    significantDegree: true,
  };

  it('pays zasiłek pielęgnacyjny 215,84 zł to a disabled child, an adult with a significant degree, anyone from 75', () => {
    expect(zasilekPielegnacyjnyDue(p, child, '2025-11-01')).toBe(21_584);
    expect(zasilekPielegnacyjnyDue(p, adult, '2025-11-01')).toBe(21_584);
    const old = { ...adult, significantDegree: false, birthDate: '1950-11-01' };
    expect(zasilekPielegnacyjnyDue(p, old, '2025-10-31')).toBe(0);
    expect(zasilekPielegnacyjnyDue(p, old, '2025-11-01')).toBe(21_584);
  });

  it('gives świadczenie pielęgnacyjne for an adult only before 2024 or by acquired right', () => {
    const p2025 = familyBenefitParametersOn('2025-06-01')!;
    expect(swiadczeniePielegnacyjneDue(p2025, child, '2025-06-01')).toBe(328_700);
    expect(swiadczeniePielegnacyjneDue(p2025, adult, '2025-06-01')).toBe(0);
    expect(swiadczeniePielegnacyjneDue(p2025, adult, '2025-06-01', true)).toBe(328_700);
    expect(swiadczeniePielegnacyjneDue(familyBenefitParametersOn('2026-01-01')!, child, '2026-01-01')).toBe(
      338_600,
    );
  });

  it('gives SZO at the criterion, not a grosz above, and one benefit where they overlap', () => {
    expect(specjalnyZasilekOpiekunczyDue(p, 76_400)).toBe(62_000);
    expect(specjalnyZasilekOpiekunczyDue(p, 76_401)).toBe(0);
    expect(oneCareBenefit({ swiadczeniePielegnacyjne: 328_700, specjalnyZasilekOpiekunczy: 62_000 })).toEqual(
      {
        benefit: 'swiadczeniePielegnacyjne',
        amount: 328_700,
      },
    );
    expect(
      oneCareBenefit(
        { swiadczeniePielegnacyjne: 328_700, specjalnyZasilekOpiekunczy: 62_000 },
        'specjalnyZasilekOpiekunczy',
      ),
    ).toEqual({ benefit: 'specjalnyZasilekOpiekunczy', amount: 62_000 });
    expect(oneCareBenefit({})).toBeNull();
  });
});
