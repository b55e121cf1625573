import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useRead } from '../../components/kit/use-read.ts';
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
  useRead(
    [...familyBenefits.keys.list, 'completion-deadlines'],
    familyBenefitsApi.completionDeadlines,
    enabled,
  );

/** The sprawozdanie for the months from–to ('YYYY-MM'). */
export const useFamilyBenefitReport = (from: string, to: string, enabled: boolean) =>
  useRead(
    [...familyBenefits.keys.all, 'report', from, to],
    (s) => familyBenefitsApi.report({ from, to }, s),
    enabled,
  );
