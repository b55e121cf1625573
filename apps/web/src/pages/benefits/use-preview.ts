import type { Calculation } from '@ostoja/domain/applications/responses';
import type { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { benefitsApi } from '../../api/benefits.ts';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useSettled } from '../../components/kit/use-settled.ts';

const PREVIEW_DELAY_MS = 400;

/**
 * The amount and its calculation for the data as typed, asked a moment after the last change
 * (null: nothing valid to ask about yet). The last answer stays while the next is on its way.
 */
export function usePreview(appId: string, body: ProposalInput | null) {
  const { t } = useI18n();
  const asked = useSettled(body ? JSON.stringify(body) : '', PREVIEW_DELAY_MS);
  const q = useQuery<Calculation, ApiError>({
    queryKey: ['proposal-preview', appId, asked],
    queryFn: () => benefitsApi.preview(appId, JSON.parse(asked) as ProposalInput),
    enabled: asked !== '',
    placeholderData: keepPreviousData,
  });
  if (q.error)
    return { problem: q.error.fields[0]?.message ?? (q.error.status ? q.error.message : t('error.network')) };
  return q.data ? { calc: q.data } : null;
}
