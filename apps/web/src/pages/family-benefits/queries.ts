import type { FamilyBenefitReport } from '@ostoja/domain/family-benefits/application';
import type { FamilyBenefitDeadlines } from '@ostoja/domain/family-benefits/clerk';
import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { claimModule } from './claim-module.ts';

// Family benefits' screens: reads cached by TanStack Query, path, permissions and strings.
export const familyBenefits = claimModule({
  name: 'familyBenefits',
  path: '/family-benefits',
  strings: 'fb',
  api: familyBenefitsApi,
  tone: (s) => (s === 'decided' ? 'ok' : s === 'incomplete' ? 'due-soon' : 'neutral'),
});

/** The calls to complete still running, for the clerk's home page (its list changes with the applications). */
export const useCompletionDeadlines = (enabled: boolean) =>
  useQuery<FamilyBenefitDeadlines, ApiError>({
    queryKey: [...familyBenefits.keys.list, 'completion-deadlines'],
    queryFn: ({ signal }) => familyBenefitsApi.completionDeadlines(signal),
    enabled,
  });

/** The sprawozdanie for the months from–to ('YYYY-MM'). */
export const useFamilyBenefitReport = (from: string, to: string, enabled: boolean) =>
  useQuery<FamilyBenefitReport, ApiError>({
    queryKey: [...familyBenefits.keys.all, 'report', from, to],
    queryFn: ({ signal }) => familyBenefitsApi.report({ from, to }, signal),
    enabled,
  });
