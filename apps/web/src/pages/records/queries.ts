import type { DestructionProtocol, RetentionRule } from '@ostoja/domain/records/records';
import { useQueryClient } from '@tanstack/react-query';

// Records management's cache keys; after a save the answer goes in and the lists it changes reload.
export const recordsKeys = {
  rules: ['retentionRules'] as const,
  due: (month: string) => ['recordsDue', month] as const,
  protocols: ['destructionProtocols'] as const,
};

export function useRecordsSaved() {
  const client = useQueryClient();
  return {
    rule(_r: RetentionRule) {
      client.invalidateQueries({ queryKey: recordsKeys.rules });
      client.invalidateQueries({ queryKey: ['recordsDue'] });
    },
    protocol(_p: DestructionProtocol) {
      client.invalidateQueries({ queryKey: recordsKeys.protocols });
      client.invalidateQueries({ queryKey: ['recordsDue'] });
    },
  };
}
