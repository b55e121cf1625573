import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Run } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { FlagsPanel } from './run-flags.tsx';
import { BuildProgress, ListsTable } from './run-parts.tsx';
import { Details, useMonthName } from './shared.tsx';

/** Approval: only a built run whose every flag is resolved; the button says why it is disabled. */
function Approval({ run, onApproved }: { run: Run; onApproved(run: Run): void }) {
  const { t, tp, dateTime } = useI18n();
  const { can } = useAuth();
  const { state, run: submit } = useSubmit();
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
  return (
    <>
      {state.message ? (
        <Alert title={t('run.approve.failed')} focus>
          <p>{state.message}</p>
        </Alert>
      ) : null}
      <p id="approve-why">{why}</p>
      <button
        type="button"
        className="button primary"
        disabled={blocked || state.busy}
        aria-describedby="approve-why"
        onClick={() =>
          submit(async () => onApproved(await api.post<Run>(`/api/v1/payment-runs/${run.id}/approval`)))
        }
      >
        {t('run.approve.submit')}
      </button>
    </>
  );
}

export function RunPage() {
  const { id } = useParams();
  const { t, tp, money, dateTime } = useI18n();
  const monthName = useMonthName();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data: run, error, reload, set } = useApi<Run>(`/api/v1/payment-runs/${id}`);
  const [notice, setNotice] = useState('');
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!run) return <Loading />;
  const flagTotal = run.flags.reduce((s, f) => s + f.total, 0);
  return (
    <Page
      title={t('run.title', { number: run.number, month: monthName(run.month) })}
      lead={t(`payments.runStatus.${run.status}`)}
      actions={
        <Link to="/payments" className="button secondary">
          {t('run.back')}
        </Link>
      }
    >
      {created !== undefined ? (
        <Alert kind="info">{created ? t('run.created') : t('run.alreadyOpen')}</Alert>
      ) : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <BuildProgress run={run} onFinished={reload} />
      <section aria-labelledby="run-data-h">
        <h2 id="run-data-h">{t('run.data')}</h2>
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
      </section>
      {run.status !== 'building' ? (
        <>
          <section>
            <h2 id="run-lists-h">{t('run.lists')}</h2>
            <ListsTable run={run} />
          </section>
          <section aria-labelledby="run-flags-h">
            <h2 id="run-flags-h">{t('flag.title')}</h2>
            {flagTotal || run.status === 'draft' ? (
              <FlagsPanel run={run} onRunChange={set} />
            ) : (
              <p className="empty">{t('flag.none')}</p>
            )}
          </section>
          <section aria-labelledby="run-approve-h">
            <h2 id="run-approve-h">{t('run.approve.title')}</h2>
            <Approval
              run={run}
              onApproved={(next) => {
                set(next);
                setNotice(t('run.approve.done'));
              }}
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
