import type { ApplicationListQuery } from '@ostoja/domain/applications/application';
import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import { useQueryClient } from '@tanstack/react-query';
import { benefitsApi } from '../../api/benefits.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { useRead } from '../../components/kit/use-read.ts';

// Benefits' reads, cached by TanStack Query under these keys. Every step of an application answers
// the whole application: it goes into the cache, and the queues and "Moja praca" are fetched again.
export const benefitsKeys = {
  applications: ['benefit-applications'] as const,
  queue: (q: ApplicationListQuery) => ['benefit-applications', 'queue', q] as const,
  application: (id: string) => ['benefit-applications', id] as const,
  myWork: ['my-work'] as const,
  legalParameters: ['legal-parameters'] as const,
  localResolutions: ['local-resolutions'] as const,
};

export const useApplication = (id: string) =>
  useRead(benefitsKeys.application(id), (signal) => benefitsApi.application(id, signal));
export const useMyWork = () => useRead(benefitsKeys.myWork, benefitsApi.myWork);
export const useLegalParameters = () => useRead(benefitsKeys.legalParameters, benefitsApi.legalParameters);
export const useLocalResolutions = () => useRead(benefitsKeys.localResolutions, benefitsApi.localResolutions);

/** After a step: the application as answered goes into the cache; the queues and "Moja praca" are stale. */
export function useApplicationSaved() {
  const client = useQueryClient();
  return (app: ApplicationDetail) => {
    putOneAndReload(client, benefitsKeys.application(app.id), app, benefitsKeys.applications, app.id);
    client.invalidateQueries({ queryKey: benefitsKeys.myWork });
  };
}
