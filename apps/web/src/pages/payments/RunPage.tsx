import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { paymentsApi, type Run } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { Details } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page, Section } from '../../components/page.tsx';
import { paymentsKeys, useRun } from './queries.ts';
import { FlagsPanel } from './run-flags.tsx';
import { BuildProgress, ListsTable } from './run-parts.tsx';
import { useSavedNotice } from './saved-notice.tsx';
import { useMonthName } from './shared.tsx';

/**
 * Approval: only a built run whose every flag is resolved; the button says why it is disabled,
 * and an approved run cannot change, so the clerk confirms it first.
 */
function Approval({ run, onApproved }: { run: Run; onApproved(run: Run): void }) {
  const { t, tp, dateTime, msg, money } = useI18n();
  const { can } = useAuth();
  const [asking, setAsking] = useState(false);
  const approve = useMutation<Run, ApiError>({
    mutationFn: () => paymentsApi.approve(run.id),
    onSuccess: onApproved,
    onSettled: () => setAsking(false),
  });
  if (run.status === 'approved')
    return <p>{t('run.approvedBy', { at: dateTime(run.approvedAt), name: run.approvedByName ?? '' })}</p>;
  const unresolved = run.flags.reduce((s, f) => s + f.unresolved, 0);
  const blocked = run.status !== 'draft' || unresolved > 0 || !can('payments.manage');
  const why = !can('payments.manage')
    ? t('run.approve.noPermission')
    : run.status !== 'draft'
      ? t('run.approve.building')
      : unresolved > 0
        ? tp('run.approve.blocked', unresolved)
        : t('run.approve.ready');
  const failure = approve.error;
  return (
    <>
      {failure ? (
        <Alert title={t('run.approve.failed')} focus>
          <p>{failure.status === 0 ? t('error.network') : msg(failure.message)}</p>
        </Alert>
      ) : null}
      <p id="approve-why">{why}</p>
      <button
        type="button"
        className="button primary"
        disabled={blocked || approve.isPending}
        aria-describedby="approve-why"
        onClick={() => setAsking(true)}
      >
        {t('run.approve.submit')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('run.approve.confirmTitle', { number: run.number, net: money(run.netAmount) })}
        confirmLabel={t('run.approve.confirm')}
        busy={approve.isPending}
        onConfirm={() => approve.mutate()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

export function RunPage() {
  const id = useRouteId();
  const { t, tp, money, dateTime } = useI18n();
  const monthName = useMonthName();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const q = useRun(id);
  const { saved, store: set, done, notice } = useSavedNotice<Run>(paymentsKeys.run(id));
  const run = q.data;
  if (q.error || !run) return <Pending query={q} />;
  const flagTotal = run.flags.reduce((s, f) => s + f.total, 0);
  return (
    <Page
      title={t('run.title', { number: run.number, month: monthName(run.month) })}
      lead={t(`payments.runStatus.${run.status}`)}
      actions={<ActionLink to="/payments">{t('run.back')}</ActionLink>}
    >
      {created !== undefined ? (
        <Alert kind="info">{created ? t('run.created') : t('run.alreadyOpen')}</Alert>
      ) : null}
      {notice}
      <BuildProgress run={run} onFinished={() => saved(null)} />
      <Section id="run-data" title={t('run.data')}>
        <Details
          items={[
            [t('run.number'), run.number],
            [t('pay.month'), monthName(run.month)],
            [t('pay.status'), t(`payments.runStatus.${run.status}`)],
            [t('run.opened'), `${dateTime(run.openedAt)}, ${run.openedByName}`],
            [t('run.items'), tp('pay.count.items', run.itemCount)],
            [t('run.gross'), money(run.grossAmount)],
            [t('run.deductions'), money(run.deductionAmount)],
            [t('run.net'), money(run.netAmount)],
          ]}
        />
      </Section>
      {run.status !== 'building' ? (
        <>
          <section>
            <h2 id="run-lists-h">{t('run.lists')}</h2>
            <ListsTable run={run} />
          </section>
          <Section id="run-flags" title={t('flag.title')}>
            {flagTotal || run.status === 'draft' ? (
              <FlagsPanel run={run} onRunChange={set} />
            ) : (
              <p className="empty">{t('flag.none')}</p>
            )}
          </Section>
          <Section id="run-approve" title={t('run.approve.title')}>
            <Approval run={run} onApproved={done(t('run.approve.done'))} />
          </Section>
        </>
      ) : null}
    </Page>
  );
}
