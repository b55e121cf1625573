import type { MemberList, PayList } from '@ostoja/domain/alcohol-commission/commission';
import type { PermitRulesList, Shop } from '@ostoja/domain/alcohol-commission/permits';
import type { DeadlineList, Proceeding } from '@ostoja/domain/alcohol-commission/proceeding';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import type { ApiError } from '../../api/client.ts';

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
  useQuery<PermitRulesList, ApiError>({
    queryKey: commissionKeys.permitRules,
    queryFn: ({ signal }) => alcoholCommissionApi.permitRules(signal),
  });

export const useShop = (id: string) =>
  useQuery<Shop, ApiError>({
    queryKey: commissionKeys.shop(id),
    queryFn: ({ signal }) => alcoholCommissionApi.shop(id, signal),
  });

export const useProceeding = (id: string) =>
  useQuery<Proceeding, ApiError>({
    queryKey: commissionKeys.proceeding(id),
    queryFn: ({ signal }) => alcoholCommissionApi.proceeding(id, signal),
  });

export const useMembers = () =>
  useQuery<MemberList, ApiError>({
    queryKey: commissionKeys.members,
    queryFn: ({ signal }) => alcoholCommissionApi.members(signal),
  });

export const usePayList = (month: string) =>
  useQuery<PayList, ApiError>({
    queryKey: commissionKeys.payList(month),
    queryFn: ({ signal }) => alcoholCommissionApi.payList(month, signal),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });

export const useCommissionDeadlines = (enabled: boolean) =>
  useQuery<DeadlineList, ApiError>({
    queryKey: commissionKeys.deadlines,
    queryFn: ({ signal }) => alcoholCommissionApi.deadlines(signal),
    enabled,
  });

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
