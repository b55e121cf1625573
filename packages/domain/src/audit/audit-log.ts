import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { isoDate, text } from '../shared/validation.ts';

// The audit log as the administrator reads it: filters and the page of entries.

export const AuditQuery = z
  .object({
    actorLogin: text(60).optional(),
    action: text(40).optional(),
    entity: text(40).optional(),
    entityId: text(80).optional(),
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
});
export type AuditEntry = z.input<typeof AuditEntry>;

export const AuditPage = cursorPage(AuditEntry);
export type AuditPage = z.input<typeof AuditPage>;
