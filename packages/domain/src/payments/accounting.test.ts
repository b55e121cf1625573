import { describe, expect, it } from 'vitest';
import { classify, csvLine, protectCell } from './accounting.ts';

describe('accounting export', () => {
  it('classifies benefits in dział 852', () => {
    expect(classify('zasilekStaly')).toEqual({ dzial: '852', rozdzial: '85216', paragraf: '3110' });
    expect(classify('zasilekOkresowy').rozdzial).toBe('85214');
    expect(classify('zasilekCelowy').rozdzial).toBe('85214');
    expect(classify('somethingElse').rozdzial).toBe('85295');
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+48 123', `'+48 123`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['Kowalski', 'Kowalski'],
    ['', ''],
  ])('protects %j against formula injection', (input, output) => {
    expect(protectCell(input)).toBe(output);
  });

  it('writes semicolon lines, quotes where needed, amounts with decimal commas (negative ones unprotected)', () => {
    expect(csvLine(['2026-11', 'Zasiłek; "stały"', 3, { zloty: 122900 }, { zloty: -5 }, '=1+1'])).toBe(
      `2026-11;"Zasiłek; ""stały""";3;1229,00;-0,05;'=1+1`,
    );
  });
});
