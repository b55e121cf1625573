import type { Bill } from '@ostoja/domain/services/bills';
import type { CareService } from '@ostoja/domain/services/care-service';
import { useQueryClient } from '@tanstack/react-query';
import { billsApi, scheduleApi, servicesApi } from '../../api/services.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The services module's reads, cached by TanStack Query under these keys.
export const servicesKeys = {
  careServices: ['careServices'] as const,
  candidates: ['careServices', 'candidates'] as const,
  careService: (id: string) => ['careServices', 'one', id] as const,
  feeTables: ['feeTables'] as const,
  carers: ['careSchedule', 'carers'] as const,
  carerLogins: ['careSchedule', 'carerLogins'] as const,
  schedule: (id: string, month: string) => ['careSchedule', 'decision', id, month] as const,
  hours: (month: string) => ['careSchedule', 'hours', month] as const,
  conflicts: (month: string) => ['careSchedule', 'conflicts', month] as const,
  myClients: ['careSchedule', 'mine'] as const,
  bills: (month: string) => ['careBills', 'month', month] as const,
  bill: (id: string) => ['careBills', 'one', id] as const,
};

export const useDecisionSchedule = (id: string, month: string) =>
  useRead(servicesKeys.schedule(id, month), (s) => scheduleApi.schedule(id, month, s));

/** The applications a care service may be decided on (the decision forms' picker). */
export const useCareCandidates = () =>
  useRead(servicesKeys.candidates, (s) => servicesApi.candidates({ limit: 100 }, s));

/** Logins with the carer role; a carer's record is linked to one of those not yet linked. */
export const useCarerLogins = () => useRead(servicesKeys.carerLogins, scheduleApi.carerLogins);

export const useBill = readBy(servicesKeys.bill, billsApi.bill);

/** After a change of a schedule (a carer, a slot, a visit, an import): its reports reload. */
export function useScheduleSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['careSchedule'] });
}

/** After bills are issued or a payment recorded: the bill goes into the cache, the register reloads. */
export function useBillsSaved() {
  const client = useQueryClient();
  return (bill?: Bill) => {
    if (bill) client.setQueryData(servicesKeys.bill(bill.id), bill);
    client.invalidateQueries({ queryKey: ['careBills'] });
  };
}

/** The care-service decisions, newest first, a page at a time. */
export const useCareServices = () => usePagedList(servicesKeys.careServices, servicesApi.careServices);

export const useCareService = readBy(servicesKeys.careService, servicesApi.careService);

/** After a decision: it goes into the cache, the lists (and the table's decision count) reload. */
export function useServicesSaved() {
  const client = useQueryClient();
  return {
    decided(d: CareService) {
      putOneAndReload(client, servicesKeys.careService(d.id), d, servicesKeys.careServices);
      client.invalidateQueries({ queryKey: servicesKeys.feeTables });
    },
    tableAdded() {
      client.invalidateQueries({ queryKey: servicesKeys.feeTables });
    },
  };
}
