import { type IncomeCriteria, incomeErrors } from '../programs/eligibility.ts';
import { parseCsvLines } from '../shared/csv-lines.ts';
import type { FieldError } from '../shared/validation.ts';

// Who may be referred to FEPŻ food aid, and the partner's report parsed line by line.

/** The programme's income threshold as a percentage of the criterion, valid from a day. */
export interface FoodAidThreshold {
  validFrom: string;
  percent: number;
}

/** The threshold in force on a day (dated data [M]: the ministry raises it by announcement). */
export function thresholdOn(periods: readonly FoodAidThreshold[], on: string): FoodAidThreshold | null {
  return (
    [...periods].filter((p) => p.validFrom <= on).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0] ??
    null
  );
}

// FEPŻ 2021–2027 (Wytyczne IZ): at least one art. 7 ups reason and income at most the threshold
// (265 % of the art. 8 criterion since 12.02.2024 [M]) of the single person or per person in a family.
export function referralErrors(
  percent: number,
  r: { reasons: readonly string[]; incomePerPersonGrosze: number; householdSize: number },
  criteria: IncomeCriteria,
): FieldError[] {
  const errors: FieldError[] = [];
  if (r.reasons.length === 0) errors.push({ path: 'reasons', message: 'validation.foodAid.reasonRequired' });
  errors.push(...incomeErrors(percent, r, criteria));
  return errors;
}

export interface DistributionRow {
  line: number;
  referralId: string;
  kilograms: number;
  parcels: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "12,5" → 12.5: kilograms to two decimals, at most 9999.99; null when not such a number. */
export function parseKilograms(s: string): number | null {
  const m = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(s.replace(/\s/g, ''));
  return m ? (Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'))) / 100 : null;
}

/**
 * The month's list filled in by the partner: the header, then our columns with the last two
 * (kilograms, parcels) filled in; the referral's number is the first column. Every line is checked;
 * an error names it as `csv.<line>.<column>` (1 = the header) so that nothing is imported from a bad file.
 */
export function parseDistributionCsv(csv: string): { rows: DistributionRow[]; errors: FieldError[] } {
  const shape = {
    columns: { atLeast: 3 },
    columnsMessage: 'validation.foodAid.csvColumns',
    emptyMessage: 'validation.foodAid.csvEmpty',
    unquote: true,
  };
  return parseCsvLines(csv, shape, (cells, line, bad) => {
    const referralId = cells[0]!;
    // A blank cell: nothing handed out on this referral this month.
    const kgText = cells.at(-2) || '0';
    const parcelsText = cells.at(-1) || '0';
    const kilograms = parseKilograms(kgText);
    const parcels = /^\d{1,4}$/.test(parcelsText) ? Number(parcelsText) : null;
    if (!UUID.test(referralId)) bad('referral', 'validation.foodAid.csvReferral');
    if (kilograms === null) bad('kilograms', 'validation.foodAid.csvKilograms');
    if (parcels === null) bad('parcels', 'validation.foodAid.csvParcels');
    return { line, referralId, kilograms: kilograms!, parcels: parcels! };
  });
}
