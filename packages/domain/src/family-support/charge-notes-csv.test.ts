import { describe, expect, it } from 'vitest';
import { parseChargeNotesCsv, parseZloty } from './charge-notes-csv.ts';

describe("the powiat's notes as CSV", () => {
  it('reads złoty amounts to the grosz without floating point', () => {
    expect(parseZloty('4 123,45')).toBe(412_345);
    expect(parseZloty('4123.4')).toBe(412_340);
    expect(parseZloty('0,01')).toBe(1);
    expect(parseZloty('12,3x')).toBeNull();
    expect(parseZloty('-5,00')).toBeNull();
  });

  it('names the line and the column of every bad cell', () => {
    const csv =
      'PESEL;miesiąc;numer;koszt;obciążenie\n15261012345;2026-13;N/1;10,00;1,00\n123;2026-01;N/2;1,00\nx';
    expect(parseChargeNotesCsv(csv).errors.map((e) => e.path)).toEqual([
      'csv.2.month',
      'csv.3.columns',
      'csv.4.columns',
    ]);
    expect(parseChargeNotesCsv('only a header\n').errors).toEqual([
      { path: 'csv', message: 'validation.fosterCare.csvEmpty' },
    ]);
  });
});
