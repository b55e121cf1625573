import { useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin.ts';
import { type Intake, intakeApi } from '../../api/intake.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { adminKeys } from '../admin/queries.ts';

// Online applications' reads, cached by TanStack Query under these keys.
export const intakeKeys = {
  intakes: ['intakes'] as const,
  list: (scope: string, status: string) => ['intakes', 'list', scope, status] as const,
  intake: (id: string) => ['intakes', 'one', id] as const,
};

export const useIntake = readBy(intakeKeys.intake, intakeApi.intake);

/** The field teams (org units of that kind); `enabled: false` asks for nothing. */
export function useFieldTeams(enabled = true) {
  const q = useRead(adminKeys.orgUnits, (signal) => adminApi.orgUnits(signal), enabled);
  return (q.data?.items ?? []).filter((u) => u.kind === 'fieldTeam');
}

/** After an action: the answer goes into the cache and the queue is fetched again. */
export function useIntakeSaved() {
  const client = useQueryClient();
  return (i: Intake) => {
    client.setQueryData(intakeKeys.intake(i.id), i);
    client.invalidateQueries({ queryKey: intakeKeys.intakes, predicate: (q) => q.queryKey[1] !== 'one' });
  };
}
