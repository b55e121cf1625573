import { parseCsvLines } from '../shared/csv-lines.ts';
import type { FieldError } from '../shared/validation.ts';
import { MISSED_REASONS } from './schedule.ts';

// The provider's monthly CSV of visits: a header line, then
// `decision;date;start;hours;carer;missedReason` separated by semicolons (Polish spreadsheets),
// hours with a comma or a dot ("1,25"); an empty missedReason means the visit was delivered.

export interface CsvVisitRow {
  line: number;
  decision: string;
  visitOn: string;
  startsAt: string;
  hours: number;
  carer: string;
  missedReason: (typeof MISSED_REASONS)[number] | null;
}

const COLUMNS = 6;

/** A calendar date that exists: 2026-02-30 does not (JavaScript would roll it into March). */
function realDate(s: string) {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
/** "1,25" → 1.25; null unless hours to the hundredth between 0 and 24. */
export function parseHours(s: string): number | null {
  const m = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(s.replace(/\s/g, ''));
  if (!m) return null;
  const centi = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return centi <= 2400 ? centi / 100 : null;
}

/**
 * Every row checked; an error names the line (1 = the header) and the column as
 * `csv.<line>.<column>`, so that nothing is imported from a file with one bad row.
 */
export function parseVisitsCsv(csv: string): { rows: CsvVisitRow[]; errors: FieldError[] } {
  const shape = {
    columns: COLUMNS,
    columnsMessage: 'validation.schedule.csvColumns',
    emptyMessage: 'validation.schedule.csvEmpty',
  };
  return parseCsvLines(csv, shape, (cells, line, bad) => {
    const [decision = '', visitOn = '', startsAt = '', hoursText = '', carer = '', reason = ''] = cells;
    const hours = parseHours(hoursText);
    const missedReason = reason === '' ? null : MISSED_REASONS.find((r) => r === reason);
    if (!decision) bad('decision', 'validation.required');
    if (!realDate(visitOn)) bad('date', 'validation.schedule.csvDate');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(startsAt)) bad('start', 'validation.schedule.clock');
    if (hours === null) bad('hours', 'validation.schedule.csvHours');
    else if (missedReason === null && hours === 0) bad('hours', 'validation.services.hoursPositive');
    else if (missedReason && hours !== 0) bad('hours', 'validation.schedule.missedNoHours');
    if (!carer) bad('carer', 'validation.required');
    if (missedReason === undefined) bad('missedReason', 'validation.schedule.csvReason');
    return { line, decision, visitOn, startsAt, hours: hours!, carer, missedReason: missedReason! };
  });
}
