import { z } from 'zod';
import { YearCounts } from '../counselling/response.ts';
import { listPage } from '../shared/list.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// The consultation point (Punkt Informacyjno-Konsultacyjny) of the municipal programme: its
// consultations are the counselling module's (specialists flagged as the point's); here its
// therapy and support groups, their sessions and hours, and the point's year in figures.

export const GROUP_KINDS = ['therapy', 'support'] as const;
export const AUDIENCES = ['addicted', 'codependent', 'adultChildren', 'youth', 'other'] as const;

export const AddGroup = z
  .object({
    name: trimmed(200),
    kind: z.enum(GROUP_KINDS),
    audience: z.enum(AUDIENCES),
    leader: trimmed(200),
    startedOn: isoDate,
    endedOn: isoDate.nullish(),
    /** Persons enrolled; the point counts them, it does not name them. */
    participants: z.number().int().min(0).max(1000),
  })
  .superRefine((g, ctx) => {
    if (g.endedOn && g.endedOn < g.startedOn)
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'validation.dateRange.order' });
  });
export type AddGroup = z.input<typeof AddGroup>;

export const AddGroupSession = z.object({
  heldOn: isoDate,
  minutes: z.number().int().min(15).max(600),
  present: z.number().int().min(0).max(1000),
  topic: optionalText(300),
});
export type AddGroupSession = z.input<typeof AddGroupSession>;

export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

// Answers.
export const GroupSession = z.object({
  id: z.string(),
  heldOn: z.string(),
  minutes: z.number().int(),
  present: z.number().int(),
  topic: z.string().nullable(),
});
export const Group = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  audience: z.enum(AUDIENCES),
  leader: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  participants: z.number().int(),
  /** Sessions of the year asked for (all when the group is read alone), newest first. */
  sessions: z.array(GroupSession),
  /** Their length in minutes (hours = minutes / 60). */
  minutes: z.number().int(),
});
export type Group = z.input<typeof Group>;
export const GroupList = listPage(Group);
export type GroupList = z.input<typeof GroupList>;

export const PointYear = z.object({
  year: z.number().int(),
  consultations: YearCounts,
  groups: z.object({
    count: z.number().int(),
    sessions: z.number().int(),
    minutes: z.number().int(),
    participants: z.number().int(),
  }),
});
export type PointYear = z.input<typeof PointYear>;
