import type { Shop } from '@ostoja/domain/alcohol-commission/permits';
import type { Proceeding } from '@ostoja/domain/alcohol-commission/proceeding';
import { useQueryClient } from '@tanstack/react-query';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The commission's reads under these keys; after a save the answer goes into the cache and the
// lists and the secretary's deadlines are fetched again.
export const commissionKeys = {
  all: ['alcohol-commission'] as const,
  proceedings: ['alcohol-commission', 'proceedings'] as const,
  proceeding: (id: string) => ['alcohol-commission', 'proceedings', id] as const,
  meetings: ['alcohol-commission', 'meetings'] as const,
  members: ['alcohol-commission', 'members'] as const,
  payList: (month: string) => ['alcohol-commission', 'pay-list', month] as const,
  deadlines: ['alcohol-commission', 'deadlines'] as const,
  permitRules: ['alcohol-commission', 'permit-rules'] as const,
  shops: ['alcohol-commission', 'shops'] as const,
  shop: (id: string) => ['alcohol-commission', 'shops', id] as const,
  opinions: (year: number) => ['alcohol-commission', 'permit-opinions', year] as const,
  point: ['consultation-point'] as const,
};

export const usePermitRules = () =>
  useRead(commissionKeys.permitRules, (signal) => alcoholCommissionApi.permitRules(signal));

export const useShop = (id: string) =>
  useRead(commissionKeys.shop(id), (signal) => alcoholCommissionApi.shop(id, signal));

export const useProceeding = (id: string) =>
  useRead(commissionKeys.proceeding(id), (signal) => alcoholCommissionApi.proceeding(id, signal));

export const useMembers = () =>
  useRead(commissionKeys.members, (signal) => alcoholCommissionApi.members(signal));

export const usePayList = (month: string) =>
  useRead(
    commissionKeys.payList(month),
    (signal) => alcoholCommissionApi.payList(month, signal),
    /^\d{4}-\d{2}$/.test(month),
  );

export const useCommissionDeadlines = (enabled: boolean) =>
  useRead(commissionKeys.deadlines, (signal) => alcoholCommissionApi.deadlines(signal), enabled);

export function useCommissionSaved() {
  const client = useQueryClient();
  return {
    proceeding(p: Proceeding) {
      client.setQueryData(commissionKeys.proceeding(p.id), p);
      client.invalidateQueries({ queryKey: commissionKeys.proceedings, exact: true });
      client.invalidateQueries({ queryKey: commissionKeys.deadlines });
    },
    members() {
      client.invalidateQueries({ queryKey: commissionKeys.members });
    },
    permitRules() {
      client.invalidateQueries({ queryKey: commissionKeys.permitRules });
    },
    shop(s: Shop) {
      client.setQueryData(commissionKeys.shop(s.id), s);
      client.invalidateQueries({ queryKey: commissionKeys.shops, exact: true });
      client.invalidateQueries({ queryKey: ['alcohol-commission', 'permit-opinions'] });
    },
    meetings() {
      client.invalidateQueries({ queryKey: commissionKeys.meetings });
      client.invalidateQueries({ queryKey: ['alcohol-commission', 'pay-list'] });
    },
  };
}
