import { pageQuery } from '@ostoja/domain/shared/list';
import { isoDate, text } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { decodeCursor, keyInt, toPage } from '../../shared/cursor.ts';
import { listAudit } from './repo.ts';

const AuditQuery = z
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

export function auditRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/audit',
      permission: 'audit.read',
      summary: 'The audit log, newest first, filtered by who, what, which record and when',
      query: AuditQuery,
      async handler({ query }, ctx) {
        const { after, ...filter } = query;
        const before = decodeCursor(keyInt, after) ?? undefined;
        const rows = await listAudit(ctx.q, { ...filter, before }, ctx.actor.id);
        // Reading the log is itself an access to personal data: it is logged too.
        await ctx.audit({
          action: 'read',
          entity: 'auditLog',
          details: { filter: { ...filter, before, limit: undefined } },
        });
        return toPage(rows, query.limit, (r) => r.id);
      },
    }),
  ];
}
