import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import { describe, expect, it } from 'vitest';
import { prefixRanges } from './search-repo.ts';

const inSome = (ranges: [string, string][], name: string) =>
  ranges.some(([lo, hi]) => polishSortKey(name) >= lo && polishSortKey(name) < hi);

describe('surname prefix as sort-key ranges', () => {
  it('covers every spelling with and without diacritics, one range each', () => {
    const ranges = prefixRanges('zol');
    expect(ranges).toHaveLength(12);
    expect(ranges.exact).toBe(true);
    for (const name of ['Żółkowska Anna', 'Zolk Jan', 'Źołnierz Ewa', 'Żoliborska Ola'])
      expect(inSome(ranges, name)).toBe(true);
    for (const name of ['Zając Jan', 'Zomkowski Jan', 'Żuk Ewa']) expect(inSome(ranges, name)).toBe(false);
  });

  it('keeps long words within 32 ranges and narrows them by the remaining letters', () => {
    const ranges = prefixRanges('lewandowska');
    expect(ranges.length).toBeLessThanOrEqual(32);
    expect(ranges.exact).toBe(false);
    expect(inSome(ranges, 'Lewandowska Anna')).toBe(true);
    expect(inSome(ranges, 'Lewandowśką Anna')).toBe(true);
    // Sorts before or after every spelling of "lewandowska": outside the ranges, never read.
    // (Lewandowski lies between "lewandowska" and "lewandowśką": read, then left out by the check.)
    expect(inSome(ranges, 'Lewandowicz Jan')).toBe(false);
    expect(inSome(ranges, 'Lewandowa Ewa')).toBe(false);
    expect(inSome(ranges, 'Lewandowśkie Jan')).toBe(false);
  });
});
