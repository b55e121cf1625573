import { describe, expect, it } from 'vitest';
import { parseZloty } from './money.ts';

describe('parseZloty (what residents type in the self-check)', () => {
  it.each([
    ['1200', 120_000],
    ['1 200,50', 120_050],
    ['1200.5', 120_050],
    ['0', 0],
    [' 823,00 zł ', 82_300],
    ['1\u00a0500', 150_000],
  ])('%j → %d grosze', (typed, grosze) => {
    expect(parseZloty(typed)).toBe(grosze);
  });

  it.each(['', 'zero', '-5', '1,234', '12,3,4', '1e3'])('%j is not an amount', (typed) => {
    expect(parseZloty(typed)).toBeNull();
  });
});
