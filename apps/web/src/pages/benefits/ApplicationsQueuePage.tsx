import './benefits.css';
import type { ApplicationListQuery } from '@ostoja/domain/applications/application';
import type { ApplicationSummary } from '@ostoja/domain/applications/responses';
import { APPLICATION_STATUSES } from '@ostoja/domain/applications/workflow';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { benefitsApi } from '../../api/benefits.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { DECISION_PENDING } from './dates.ts';
import { OverdueBadge } from './my-work.tsx';
import { benefitsKeys } from './queries.ts';

const PAGE_SIZE = 25;

function useColumns(): Column<ApplicationSummary>[] {
  const { t, date } = useI18n();
  const today = todayIso();
  return [
    {
      key: 'number',
      header: t('application.number'),
      className: 'nowrap',
      cell: (a) => (
        <>
          <Link to={`/applications/${a.id}`}>{a.number}</Link>
          {a.urgent ? (
            <>
              {' '}
              <StatusBadge tone="due-soon">{t('application.urgent')}</StatusBadge>
            </>
          ) : null}
        </>
      ),
      sortValue: (a) => a.number,
    },
    {
      key: 'applicant',
      header: t('application.applicant'),
      cell: (a) => a.applicantName,
      sortValue: (a) => a.applicantName,
    },
    {
      key: 'benefits',
      header: t('application.benefits'),
      cell: (a) => a.benefits.map((b) => t(`benefit.${b}`)).join(', '),
    },
    { key: 'status', header: t('application.status'), cell: (a) => t(`status.${a.status}`) },
    dateColumn('submittedOn', t('application.submittedOn'), date),
    {
      key: 'decisionDue',
      header: t('queue.decisionDue'),
      className: 'nowrap',
      cell: (a) => (
        <>
          {date(a.decisionDue)}{' '}
          {DECISION_PENDING.includes(a.status) && a.decisionDue < today ? <OverdueBadge /> : null}
        </>
      ),
      sortValue: (a) => a.decisionDue,
    },
    {
      key: 'worker',
      header: t('application.worker'),
      cell: (a) => a.assignedWorkerName ?? '—',
      sortValue: (a) => a.assignedWorkerName,
    },
  ];
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
  const query: ApplicationListQuery = {
    status: status === 'all' ? undefined : (status as ApplicationListQuery['status']),
    mine: mine ? 'true' : undefined,
    householdId: household ?? undefined,
    limit: PAGE_SIZE,
  };
  const list = useCursorQuery(benefitsKeys.queue(query), (after, signal) =>
    benefitsApi.applications({ ...query, after }, signal),
  );
  const columns = useColumns();

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
          <ActionLink
            primary
            to={household ? `/applications/new?household=${household}` : '/applications/new'}
          >
            {t('nav.newApplication')}
          </ActionLink>
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
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      <div aria-live="polite">
        {list.loaded ? (
          list.items.length ? (
            <p className="result-count">
              {tp('queue.count', list.items.length)}
              {list.hasMore ? ` ${t('queue.more')}` : ''}
            </p>
          ) : (
            <p className="empty">{t('queue.none')}</p>
          )
        ) : null}
      </div>
      {list.items.length ? <PagedTable caption={t('queue.caption')} columns={columns} list={list} /> : null}
    </Page>
  );
}
