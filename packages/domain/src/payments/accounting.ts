import { groszeToDecimal } from './bank-text.ts';

// Budget classification of benefit payments (rozporządzenie MF o klasyfikacji dochodów
// i wydatków): dział 852 "Pomoc społeczna". The rozdziały follow domain-reference §5.1;
// the paragraph 3110 "Świadczenia społeczne" is the usual one for cash benefits.
// [M] 85214 and 85216 and § 3110 are not confirmed against the current rozporządzenie.
export interface BudgetClassification {
  dzial: string;
  rozdzial: string;
  paragraf: string;
}

export const BUDGET_CLASSIFICATION: Record<string, BudgetClassification> = {
  zasilekStaly: { dzial: '852', rozdzial: '85216', paragraf: '3110' },
  zasilekOkresowy: { dzial: '852', rozdzial: '85214', paragraf: '3110' },
  zasilekCelowy: { dzial: '852', rozdzial: '85214', paragraf: '3110' },
  specjalnyZasilekCelowy: { dzial: '852', rozdzial: '85214', paragraf: '3110' },
};

/** Classification of a benefit kind; unknown kinds land in 85295 "Pozostała działalność" [M]. */
export const classify = (benefit: string): BudgetClassification =>
  BUDGET_CLASSIFICATION[benefit] ?? { dzial: '852', rozdzial: '85295', paragraf: '3110' };

/**
 * Against CSV formula injection (OWASP): a text cell starting with =, +, -, @, tab or
 * carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text.
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A money cell: grosze written as złoty with a decimal comma ("123,45"), as Polish spreadsheets read. */
export interface ZlotyCell {
  zloty: number;
}
export type CsvCell = string | number | ZlotyCell;

const cellText = (c: CsvCell) =>
  typeof c === 'number' ? String(c) : typeof c === 'string' ? protectCell(c) : zlotyText(c.zloty);

/**
 * One CSV line: semicolons (what Polish Excel expects), quotes doubled; only text cells are
 * protected, numbers and amounts are ours and may be negative.
 */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells
    .map((c) => {
      const s = cellText(c);
      return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(';');
}

/** 12345 → "123,45". */
export const zlotyText = (grosze: number) => groszeToDecimal(grosze).replace('.', ',');
