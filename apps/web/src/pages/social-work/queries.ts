import type { CaseFile } from '@ostoja/domain/social-work/case-file';
import { useQueryClient } from '@tanstack/react-query';
import { socialWorkApi } from '../../api/social-work.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The case file's reads under these keys; after a save the case file, its notes and the
// worker's task list are fetched again (or take the answer directly).
export const socialWorkKeys = {
  all: ['case-files'] as const,
  caseFile: (id: string) => ['case-files', id] as const,
  ofHousehold: (householdId: string) => ['case-files', 'household', householdId] as const,
  notes: (id: string, q: string) => ['case-files', id, 'notes', q] as const,
  myTasks: ['my-case-tasks'] as const,
  brokenContracts: (personId: string) => ['broken-contracts', personId] as const,
};

/** The broken social contracts of the person's household, for a decision on art. 11 ust. 2. */
export const useBrokenContracts = (personId: string) =>
  useRead(socialWorkKeys.brokenContracts(personId), (signal) =>
    socialWorkApi.brokenContracts(personId, signal),
  );

export const useCaseFile = readBy(socialWorkKeys.caseFile, socialWorkApi.caseFile);

export const useMyCaseTasks = (enabled: boolean) =>
  useRead(socialWorkKeys.myTasks, (signal) => socialWorkApi.myTasks(signal), enabled);

export function useCaseFileSaved() {
  const client = useQueryClient();
  return {
    caseFile(c: CaseFile) {
      client.setQueryData(socialWorkKeys.caseFile(c.id), c);
      client.invalidateQueries({ queryKey: socialWorkKeys.myTasks });
    },
    changed(id: string) {
      client.invalidateQueries({ queryKey: socialWorkKeys.caseFile(id) });
      client.invalidateQueries({ queryKey: socialWorkKeys.myTasks });
    },
  };
}
