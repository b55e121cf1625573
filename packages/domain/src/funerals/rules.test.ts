import { describe, expect, it } from 'vitest';
import { funeralProblems, limitOn, recoveryBalance } from './rules.ts';

const limits = [
  { resolutionNumber: 'XX/200/2019', validFrom: '2020-01-01', limitGrosze: 500_000 },
  { resolutionNumber: 'IV/31/2026', validFrom: '2026-03-01', limitGrosze: 650_000 },
];
const funeral = {
  dateOfDeath: '2026-03-10',
  orderedOn: '2026-03-12',
  costGrosze: 650_000,
  overLimitReason: null,
};

describe('art. 44 ups: the cost limit of the council’s resolution [M]', () => {
  it('takes the limit in force on the order’s day: 28 Feb 2026 → 5 000,00 zł, 1 Mar 2026 → 6 500,00 zł', () => {
    expect(limitOn(limits, '2026-02-28')?.limitGrosze).toBe(500_000);
    expect(limitOn(limits, '2026-03-01')?.limitGrosze).toBe(650_000);
    expect(limitOn(limits, '2019-12-31')).toBeNull();
  });

  it('accepts 6 500,00 zł at the limit, asks a reason for 6 500,01 zł', () => {
    expect(funeralProblems(funeral, limits[1]!, '2026-03-12')).toEqual([]);
    expect(funeralProblems({ ...funeral, costGrosze: 650_001 }, limits[1]!, '2026-03-12')).toEqual([
      { path: 'overLimitReason', message: 'validation.funerals.overLimitReason' },
    ]);
    expect(
      funeralProblems(
        { ...funeral, costGrosze: 650_001, overLimitReason: 'Przewóz z zagranicy' },
        limits[1]!,
        '2026-03-12',
      ),
    ).toEqual([]);
  });

  it('refuses a death after today and an order before the death', () => {
    expect(
      funeralProblems(
        { ...funeral, dateOfDeath: '2026-03-13', orderedOn: '2026-03-13' },
        limits[1]!,
        '2026-03-12',
      ),
    ).toEqual([{ path: 'dateOfDeath', message: 'validation.funerals.deathInFuture' }]);
    expect(funeralProblems({ ...funeral, orderedOn: '2026-03-09' }, limits[1]!, '2026-03-12')).toEqual([
      { path: 'orderedOn', message: 'validation.funerals.orderedBeforeDeath' },
    ]);
  });
});

describe('art. 96 ust. 3 ups: what is still to recover', () => {
  it('4 850,00 zł less 4 000,00 zł from ZUS leaves 850,00 zł; a demand recovers nothing', () => {
    expect(
      recoveryBalance(485_000, [
        { kind: 'claimed', amountGrosze: 485_000 },
        { kind: 'received', amountGrosze: 400_000 },
      ]),
    ).toEqual({ claimedGrosze: 485_000, receivedGrosze: 400_000, outstandingGrosze: 85_000 });
  });
});
