import { describe, expect, it } from 'vitest';
import {
  amountChangedFlags,
  deceasedFlags,
  duplicateIbanFlags,
  type FlagItem,
  previousKey,
} from './flags.ts';

const item = (over: Partial<FlagItem>): FlagItem => ({
  itemId: 'i1',
  personId: 'p1',
  pesel: '80010112345',
  householdId: 'h1',
  iban: null,
  benefit: 'zasilekOkresowy',
  month: '2026-11',
  amount: 40000,
  days: null,
  ...over,
});

describe('flags before approval', () => {
  it('flags recipients dead before or during the month paid, not after', () => {
    const deaths = new Map([
      ['80010112345', '2026-11-30'],
      ['90010154321', '2026-12-01'],
    ]);
    const flags = deceasedFlags(
      [item({}), item({ itemId: 'i2', pesel: '90010154321' }), item({ itemId: 'i3', pesel: null })],
      deaths,
    );
    expect(flags).toEqual([{ itemId: 'i1', kind: 'deceased', details: { diedOn: '2026-11-30' } }]);
  });

  it('flags one account for unrelated households, not for one household', () => {
    const byIban = new Map([
      ['PL1', ['h1', 'h2']],
      ['PL2', ['h3']],
    ]);
    const flags = duplicateIbanFlags(
      [item({ iban: 'PL1' }), item({ itemId: 'i2', iban: 'PL2' }), item({ itemId: 'i3', iban: null })],
      byIban,
    );
    expect(flags).toEqual([{ itemId: 'i1', kind: 'duplicateIban', details: { iban: 'PL1', households: 2 } }]);
  });

  it('flags an amount different from the previous month, unless either month is pro rata', () => {
    const previous = new Map([
      [previousKey('p1', 'zasilekOkresowy', '2026-11'), { amount: 35000, partial: false }],
      [previousKey('p2', 'zasilekOkresowy', '2026-11'), { amount: 12000, partial: true }],
      [previousKey('p3', 'zasilekOkresowy', '2026-11'), { amount: 40000, partial: false }],
    ]);
    const flags = amountChangedFlags(
      [
        item({}),
        item({ itemId: 'i2', personId: 'p2' }),
        item({ itemId: 'i3', personId: 'p3' }),
        item({ itemId: 'i4', personId: 'p4' }),
        item({ itemId: 'i5', personId: 'p1', days: 10, amount: 13333 }),
      ],
      previous,
    );
    expect(flags).toEqual([
      { itemId: 'i1', kind: 'amountChanged', details: { previous: 35000, current: 40000, difference: 5000 } },
    ]);
  });
});
