import { isoDate, text } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { listAudit } from './repo.ts';

const AuditQuery = z
  .object({
    actorLogin: text(60).optional(),
    action: text(40).optional(),
    entity: text(40).optional(),
    entityId: text(80).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dateRange.order' });
  });

export function auditRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/audit',
      permission: 'audit.read',
      summary: 'The audit log, newest first, filtered by who, what, which record and when',
      query: AuditQuery,
      async handler({ query }, ctx) {
        const rows = await listAudit(ctx.q, query, ctx.actor.id);
        const items = rows.slice(0, query.limit);
        // Reading the log is itself an access to personal data: it is logged too.
        await ctx.audit({
          action: 'read',
          entity: 'auditLog',
          details: { filter: { ...query, limit: undefined } },
        });
        return { items, nextCursor: rows.length > query.limit ? String(items.at(-1)!.id) : null };
      },
    }),
  ];
}
