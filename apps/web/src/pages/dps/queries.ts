import type { DpsReferral } from '@ostoja/domain/services/dps';
import { useQueryClient } from '@tanstack/react-query';
import { dpsApi } from '../../api/dps.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The DPS module's reads, cached by TanStack Query under these keys.
export const dpsKeys = {
  all: ['dps'] as const,
  referrals: ['dps', 'referrals'] as const,
  waiting: ['dps', 'waiting'] as const,
  candidates: ['dps', 'candidates'] as const,
  homes: ['dps', 'homes'] as const,
  referral: (id: string) => ['dps', 'referral', id] as const,
  cost: (month: string) => ['dps', 'cost', month] as const,
};

export const useReferral = (id: string) =>
  useRead(dpsKeys.referral(id), (signal) => dpsApi.referral(id, signal));

export const useHomes = () => useRead(dpsKeys.homes, dpsApi.homes);

export const useMonthlyCost = (month: string) =>
  useRead(
    dpsKeys.cost(month),
    (signal) => dpsApi.monthlyCost(month, signal),
    /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  );

/** After any change of a file: it goes into the cache, the lists and the cost reload. */
export function useDpsSaved() {
  const client = useQueryClient();
  return (d: DpsReferral) => {
    putOneAndReload(client, dpsKeys.referral(d.id), d, dpsKeys.all, 'referral');
  };
}
