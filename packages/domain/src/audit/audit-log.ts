import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { isoDate, text } from '../shared/validation.ts';
import { DataCategory } from './data-category.ts';

// The audit log as the administrator reads it: filters and the page of entries.

export const AuditQuery = z
  .object({
    actorLogin: text(60).optional(),
    action: text(40).optional(),
    entity: text(40).optional(),
    entityId: text(80).optional(),
    /** "Who read this record": entries about the person or naming them among others (RODO art. 15). */
    personId: z.uuid().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .extend(pageQuery(500, 100).shape)
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dateRange.order' });
  });
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: timestamp,
  actorId: z.string().nullable(),
  actorLogin: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** What the entry says beyond its columns (a search's filter, the fields changed…). */
  details: z.unknown(),
  /** The persons it read or changed (those the reader may see). */
  persons: z.array(z.uuid()),
  /** The route behind the screen, report or export that asked. */
  purpose: z.string().nullable(),
  category: DataCategory.nullable(),
  /** The screen of the web app that asked (its route pattern), when a screen did. */
  screen: z.string().nullable(),
});
export type AuditEntry = z.input<typeof AuditEntry>;

export const AuditPage = cursorPage(AuditEntry);
export type AuditPage = z.input<typeof AuditPage>;
