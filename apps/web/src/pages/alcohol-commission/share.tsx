import type { Proceeding } from '@ostoja/domain/alcohol-commission/proceeding';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { commissionKeys } from './queries.ts';

/** The commission shares (or stops sharing) that the proceeding exists; never one from a Niebieska Karta. */
export function ShareProceeding({ p }: { p: Proceeding }) {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const share = useMutation({
    mutationFn: (shared: boolean) => alcoholCommissionApi.share(p.id, shared),
    onSuccess: (next) => client.setQueryData(commissionKeys.proceeding(p.id), next),
  });
  if (p.blueCardNumber) return <p>{t('proceeding.blueCard', { number: p.blueCardNumber })}</p>;
  return (
    <p>
      {p.sharedOn ? `${t('proceeding.sharedOn', { date: date(p.sharedOn) })} ` : null}
      <button type="button" disabled={share.isPending} onClick={() => share.mutate(!p.sharedOn)}>
        {t(p.sharedOn ? 'proceeding.unshare' : 'proceeding.share')}
      </button>
    </p>
  );
}

/** On a person's page, for the centre's workers: a shared proceeding exists (a 404 shows nothing). */
export function AlcoholProceedingNotice({ personId }: { personId: string }) {
  const { t, date } = useI18n();
  const q = useQuery<{ sharedOn: string }, ApiError>({
    queryKey: ['persons', personId, 'alcohol-proceeding'],
    queryFn: ({ signal }) => alcoholCommissionApi.notice(personId, signal),
    retry: false,
  });
  if (!q.data) return null;
  return <p role="note">{t('person.alcoholNotice', { date: date(q.data.sharedOn) })}</p>;
}
