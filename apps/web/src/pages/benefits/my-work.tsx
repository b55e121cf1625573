import './benefits.css';
import type { WorkItem } from '@ostoja/domain/applications/responses';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { formatAddress } from '../../lib/format.ts';
import { daysBetween, workingDaysBetween } from './dates.ts';
import { useMyWork } from './queries.ts';

/** "Overdue" in words and with a sign, so it does not depend on colour. */
export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <span className="badge overdue">
      <span aria-hidden="true">⚠ </span>
      {t('deadline.overdue')}
    </span>
  );
}

/** How long is left: working days for the home visit (its deadline counts them), days otherwise. */
function Remaining({ item, today }: { item: WorkItem; today: string }) {
  const { tp, t } = useI18n();
  if (item.overdue)
    return <span className="work-when">{tp('myWork.daysLate', daysBetween(item.due, today))}</span>;
  if (item.due === today) return <span className="work-when">{t('myWork.dueToday')}</span>;
  const left =
    item.kind === 'wywiad' || item.kind === 'intake'
      ? tp('myWork.workingDaysLeft', workingDaysBetween(today, item.due))
      : tp('myWork.daysLeft', daysBetween(today, item.due));
  return <span className="work-when">{left}</span>;
}

/** The signed-in worker's due and overdue items, nearest deadline first, each linking to its application. */
export function MyWorkSection() {
  const { t, tp, date } = useI18n();
  const work = useMyWork();
  const items = [...(work.data?.items ?? [])].sort((a, b) => a.due.localeCompare(b.due));
  return (
    <section aria-labelledby="tasks-h" className="card">
      <h2 id="tasks-h">{t('home.tasks')}</h2>
      {work.error ? <LoadError error={work.error} onRetry={() => work.refetch()} /> : null}
      {!work.data && !work.error ? <Loading /> : null}
      {work.data && !items.length ? <p className="empty">{t('home.noTasks')}</p> : null}
      {work.data && items.length ? (
        <>
          <p className="result-count">
            {tp('myWork.count', items.length)}
            {work.data.overdue ? ` ${tp('myWork.overdueCount', work.data.overdue)}` : ''}
          </p>
          <ColumnTable
            caption={t('myWork.caption')}
            compact
            rows={items}
            rowKey={(i) => `${i.kind}-${i.applicationId ?? i.intakeId}`}
            columns={[
              {
                key: 'due',
                header: t('myWork.due'),
                className: 'nowrap',
                cell: (i) => (
                  <>
                    {date(i.due)} {i.overdue ? <OverdueBadge /> : null}
                    <Remaining item={i} today={work.data!.today} />
                  </>
                ),
              },
              {
                key: 'task',
                header: t('myWork.task'),
                cell: (i) => (
                  <>
                    {t(`work.${i.kind}`)}
                    {i.urgent ? (
                      <>
                        {' '}
                        <span className="badge due-soon">{t('application.urgent')}</span>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'application',
                header: t('myWork.application'),
                cell: (i) => (
                  <>
                    <Link to={i.intakeId ? `/intakes/${i.intakeId}` : `/applications/${i.applicationId}`}>
                      {i.number}
                      <span className="visually-hidden"> — {t(`work.${i.kind}`)}</span>
                    </Link>
                    <span className="work-when">{i.applicantName}</span>
                  </>
                ),
              },
              {
                key: 'address',
                header: t('myWork.address'),
                cell: (i) => (i.address ? formatAddress(i.address) : '—'),
              },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
