import { DatabaseStatus } from '@ostoja/domain/operations/database-status';
import type { Config } from '../../config.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { replicaState } from './repo.ts';

export function operationsRoutes(config: Config): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/operations/database',
      permission: 'users.manage',
      // Runs where the reports run, so it sees what they see.
      replica: true,
      response: DatabaseStatus,
      summary: 'Where reports read from (primary or read replica) and the replica’s replication lag',
      async handler(_input, ctx) {
        const r = await replicaState(ctx.q);
        const reports = !config.databaseReadUrl ? 'primary' : r.in_recovery ? 'replica' : 'unreachable';
        return {
          reports,
          lagSeconds: reports === 'replica' ? r.lag_seconds : null,
          replayedAt: reports === 'replica' ? r.replayed_at : null,
        } as const;
      },
    }),
  ];
}
