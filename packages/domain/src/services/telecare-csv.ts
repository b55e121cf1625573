import { parseCsvLines } from '../shared/csv-lines.ts';
import type { FieldError } from '../shared/validation.ts';
import { ALARM_KINDS, ALARM_OUTCOMES } from './telecare.ts';

// The monitoring centre's monthly CSV of alarms: a header line, then
// `serial;date;time;kind;outcome` separated by semicolons, the time local (HH:MM or HH:MM:SS).

export interface CsvAlarmRow {
  line: number;
  serial: string;
  occurredAt: string;
  kind: (typeof ALARM_KINDS)[number];
  outcome: (typeof ALARM_OUTCOMES)[number];
}

const COLUMNS = 5;

/** A calendar date that exists: 2026-02-30 does not (JavaScript would roll it into March). */
function realDate(s: string) {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const pick = <T extends string>(list: readonly T[], v: string) => list.find((x) => x === v);

/**
 * Every line checked; an error names the line (1 = the header) and the column as
 * `csv.<line>.<column>`, so that a file with one bad line imports nothing.
 */
export function parseAlarmsCsv(csv: string): { rows: CsvAlarmRow[]; errors: FieldError[] } {
  const shape = {
    columns: COLUMNS,
    columnsMessage: 'validation.telecare.csvColumns',
    emptyMessage: 'validation.schedule.csvEmpty',
  };
  return parseCsvLines(csv, shape, (cells, line, bad) => {
    const [serial = '', date = '', time = '', kindText = '', outcomeText = ''] = cells;
    const kind = pick(ALARM_KINDS, kindText);
    const outcome = pick(ALARM_OUTCOMES, outcomeText);
    if (!serial) bad('serial', 'validation.required');
    if (!realDate(date)) bad('date', 'validation.schedule.csvDate');
    if (!/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(time)) bad('time', 'validation.schedule.clock');
    if (!kind) bad('kind', 'validation.telecare.csvKind');
    if (!outcome) bad('outcome', 'validation.telecare.csvOutcome');
    return {
      line,
      serial,
      occurredAt: `${date}T${time.length === 5 ? `${time}:00` : time}`,
      kind: kind!,
      outcome: outcome!,
    };
  });
}
