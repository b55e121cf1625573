import { AuditPage, AuditQuery } from '@ostoja/domain/audit/audit-log';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { decodeCursor, keyInt, toPage } from '../../shared/cursor.ts';
import { listAudit } from './repo.ts';

export function auditRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/audit',
      permission: 'audit.read',
      summary: 'The audit log, newest first, filtered by who, what, which record and when',
      query: AuditQuery,
      response: AuditPage,
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
