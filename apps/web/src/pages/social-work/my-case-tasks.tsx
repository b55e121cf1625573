import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { DataTable } from '../../components/table.tsx';
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
        <DataTable caption={t('sw.myTasks.caption')} compact>
          <thead>
            <tr>
              <th scope="col">{t('sw.task.due')}</th>
              <th scope="col">{t('sw.task.title')}</th>
              <th scope="col">{t('sw.household')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.data.items.map((i) => (
              <tr key={i.id} className={i.overdue ? 'is-overdue' : undefined}>
                <td className="nowrap">
                  {date(i.due)}{' '}
                  {i.overdue ? <StatusBadge tone="overdue">{t('deadline.overdue')}</StatusBadge> : null}
                </td>
                <td>
                  <Link to={`/case-files/${i.caseFileId}`}>{i.title}</Link>
                </td>
                <td>{i.address}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
