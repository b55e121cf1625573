import './benefits.css';
import { APPLICATION_STATUSES } from '@ostoja/domain/applications/workflow';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { usePaged } from '../../lib/use-paged.ts';
import { DECISION_PENDING } from './dates.ts';
import { OverdueBadge } from './my-work.tsx';
import type { ApplicationSummary } from './types.ts';

const PAGE_SIZE = 25;

function QueueTable({ items }: { items: ApplicationSummary[] }) {
  const { t, date } = useI18n();
  const today = todayIso();
  return (
    <DataTable caption={t('queue.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('application.number')}</th>
          <th scope="col">{t('application.applicant')}</th>
          <th scope="col">{t('application.benefits')}</th>
          <th scope="col">{t('application.status')}</th>
          <th scope="col">{t('application.submittedOn')}</th>
          <th scope="col">{t('queue.decisionDue')}</th>
          <th scope="col">{t('application.worker')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => {
          const overdue = DECISION_PENDING.includes(a.status) && a.decisionDue < today;
          return (
            <tr key={a.id} className={overdue ? 'is-overdue' : undefined}>
              <td className="nowrap">
                <Link to={`/applications/${a.id}`}>{a.number}</Link>
                {a.urgent ? (
                  <>
                    {' '}
                    <span className="badge due-soon">{t('application.urgent')}</span>
                  </>
                ) : null}
              </td>
              <td>{a.applicantName}</td>
              <td>{a.benefits.map((b) => t(`benefit.${b}`)).join(', ')}</td>
              <td>{t(`status.${a.status}`)}</td>
              <td>{date(a.submittedOn)}</td>
              <td className="nowrap">
                {date(a.decisionDue)} {overdue ? <OverdueBadge /> : null}
              </td>
              <td>{a.assignedWorkerName ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/**
 * Applications by status, nearest decision deadline first. The clerk starts on those awaiting a
 * decision, the social worker on their own; both can widen the view.
 */
export function ApplicationsQueuePage() {
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const household = params.get('household');
  const defaultStatus = can('decisions.issue') && !household ? 'awaitingDecision' : 'all';
  const status = params.get('status') ?? defaultStatus;
  const mine = (params.get('mine') ?? (can('wywiad.write') && !household ? '1' : '0')) === '1';
  const [statusInput, setStatusInput] = useState(status);
  const [mineInput, setMineInput] = useState(mine);
  // The form follows the URL when the user goes back and forward.
  useEffect(() => {
    setStatusInput(status);
    setMineInput(mine);
  }, [status, mine]);
  const list = usePaged<ApplicationSummary>(
    withQuery('/api/v1/applications', {
      status: status === 'all' ? null : status,
      mine: mine ? 'true' : null,
      householdId: household,
      limit: PAGE_SIZE,
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = { status: statusInput, mine: mineInput ? '1' : '0' };
    if (household) next.household = household;
    setParams(next);
  }

  return (
    <Page
      title={t('queue.title')}
      lead={household ? t('queue.householdLead') : undefined}
      actions={
        can('applications.write') ? (
          <Link
            to={household ? `/applications/new?household=${household}` : '/applications/new'}
            className="button primary"
          >
            {t('nav.newApplication')}
          </Link>
        ) : null
      }
    >
      {household ? (
        <p>
          <Link to={`/households/${household}`}>{t('queue.openHousehold')}</Link>
        </p>
      ) : null}
      <search className="filters">
        <form onSubmit={submit} className="inline-form" aria-label={t('queue.filters')}>
          <SelectField
            id="f-status"
            label={t('application.status')}
            value={statusInput}
            onValue={setStatusInput}
            options={[
              { value: 'all', label: t('queue.allStatuses') },
              ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
          />
          <CheckboxField id="f-mine" label={t('queue.mine')} checked={mineInput} onChecked={setMineInput} />
          <button type="submit" className="button secondary">
            {t('queue.show')}
          </button>
        </form>
      </search>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      <div aria-live="polite">
        {list.loaded ? (
          list.items.length ? (
            <p className="result-count">
              {tp('queue.count', list.items.length)}
              {list.nextCursor ? ` ${t('queue.more')}` : ''}
            </p>
          ) : (
            <p className="empty">{t('queue.none')}</p>
          )
        ) : null}
      </div>
      {list.items.length ? <QueueTable items={list.items} /> : null}
      {list.nextCursor ? (
        <p>
          <button type="button" className="button secondary" disabled={list.loading} onClick={list.loadMore}>
            {t('action.loadMore')}
          </button>
        </p>
      ) : null}
    </Page>
  );
}
