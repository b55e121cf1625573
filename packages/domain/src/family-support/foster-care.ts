import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, trimmed } from '../shared/validation.ts';

// Foster care co-financing (art. 191 ust. 9 uwr): the requests and answers of the API.

export const PLACEMENT_KINDS = ['fosterFamily', 'institution'] as const;
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
const grosze = z.number().int().min(0).max(100_000_000_00);

export const CreateFosterChild = z.strictObject({
  personId: z.uuid(),
  placedOn: isoDate,
  placementKind: z.enum(PLACEMENT_KINDS),
  placementName: trimmed(200),
  powiat: trimmed(120),
});
export type CreateFosterChild = z.output<typeof CreateFosterChild>;

export const ChargeNoteInput = z.strictObject({
  month,
  number: trimmed(60),
  costGrosze: grosze,
  chargedGrosze: grosze,
});
export type ChargeNoteInput = z.output<typeof ChargeNoteInput>;

/** A CSV export of the powiat's notes (see parseChargeNotesCsv for its columns). */
export const ImportChargeNotes = z.strictObject({ csv: z.string().min(1).max(1_000_000) });

export const ChargeNote = z.object({
  id: z.uuid(),
  month,
  number: z.string(),
  costGrosze: z.number().int(),
  chargedGrosze: z.number().int(),
  expectedGrosze: z.number().int(),
  differenceGrosze: z.number().int(),
  discrepancy: z.boolean(),
  daysByPct: z.record(z.string(), z.number().int()),
});
export type ChargeNote = z.input<typeof ChargeNote>;

export const FosterChildSummary = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  pesel: z.string().nullable(),
  placedOn: isoDate,
  endedOn: isoDate.nullable(),
  placementKind: z.enum(PLACEMENT_KINDS),
  placementName: z.string(),
  powiat: z.string(),
  /** The year of care today (1, 2, 3 …), for the percentage it brings. */
  yearOfCare: z.number().int(),
  discrepancies: z.number().int(),
});
export type FosterChildSummary = z.input<typeof FosterChildSummary>;
export const FosterChildPage = cursorPage(FosterChildSummary);
export type FosterChildPage = z.input<typeof FosterChildPage>;
export const FosterChildQuery = pageQuery(100, 50);

export const FosterChild = FosterChildSummary.extend({ notes: z.array(ChargeNote) });
export type FosterChild = z.input<typeof FosterChild>;

export const ImportResult = z.object({ imported: z.number().int(), discrepancies: z.number().int() });

export const YearQuery = z.object({ year: z.coerce.number().int().min(2012).max(2100) });

/** The gmina's foster care cost of a year, for the budget (dział 855, rozdz. 85508). */
export const FosterCareYear = z.object({
  year: z.number().int(),
  children: z.number().int(),
  notes: z.number().int(),
  costGrosze: z.number().int(),
  chargedGrosze: z.number().int(),
  expectedGrosze: z.number().int(),
  discrepancies: z.number().int(),
  months: z.array(z.object({ month, chargedGrosze: z.number().int(), expectedGrosze: z.number().int() })),
});
export type FosterCareYear = z.input<typeof FosterCareYear>;
