import { z } from 'zod';
import { CLOSE_REASONS, EVENT_TYPES, ProceedingSummary } from './proceeding.ts';

// A proceeding towards treatment linked to a Niebieska Karta procedure sits in that procedure's
// compartment: the team sees where it stands (its steps and dates, the next deadline, how it
// ended) on the procedure's page — not the commission's notes, letters or experts' opinions.

export const LinkedProceedings = z.object({
  items: z.array(
    ProceedingSummary.extend({
      closeReason: z.enum(CLOSE_REASONS).nullable(),
      events: z.array(z.object({ type: z.enum(EVENT_TYPES), on: z.string() })),
    }),
  ),
});
export type LinkedProceedings = z.input<typeof LinkedProceedings>;
