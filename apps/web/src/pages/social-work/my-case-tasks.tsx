import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useMyCaseTasks } from './queries.ts';

/** "Moja praca": the signed-in worker's open tasks of social work, nearest due first. */
export function MyCaseTasksSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('socialWork.write');
  const tasks = useMyCaseTasks(allowed);
  if (!allowed) return null;
  return (
    <section aria-labelledby="case-tasks-h" className="card">
      <h2 id="case-tasks-h">{t('sw.myTasks')}</h2>
      {tasks.error ? <LoadError error={tasks.error} onRetry={() => tasks.refetch()} /> : null}
      {!tasks.data && !tasks.error ? <Loading /> : null}
      {tasks.data && !tasks.data.items.length ? <p className="empty">{t('sw.myTasks.empty')}</p> : null}
      {tasks.data?.items.length ? (
        <ColumnTable
          caption={t('sw.myTasks.caption')}
          compact
          rows={tasks.data.items}
          rowKey={(i) => i.id}
          rowClassName={(i) => (i.overdue ? 'is-overdue' : undefined)}
          columns={[
            {
              key: 'due',
              header: t('sw.task.due'),
              className: 'nowrap',
              cell: (i) => (
                <>
                  {date(i.due)}{' '}
                  {i.overdue ? <StatusBadge tone="overdue">{t('deadline.overdue')}</StatusBadge> : null}
                </>
              ),
            },
            {
              key: 'title',
              header: t('sw.task.title'),
              cell: (i) => <Link to={`/case-files/${i.caseFileId}`}>{i.title}</Link>,
            },
            { key: 'household', header: t('sw.household'), cell: (i) => i.address },
          ]}
        />
      ) : null}
    </section>
  );
}
