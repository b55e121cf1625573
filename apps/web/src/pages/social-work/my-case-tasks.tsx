import type { MyCaseTasks } from '@ostoja/domain/social-work/case-file';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { HomeListCard } from '../../components/kit/home-list-card.tsx';
import { dueColumn } from './due-column.tsx';
import { useMyCaseTasks } from './queries.ts';

/** "Moja praca": the signed-in worker's open tasks of social work, nearest due first. */
export function MyCaseTasksSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('socialWork.write');
  const tasks = useMyCaseTasks(allowed);
  if (!allowed) return null;
  return (
    <HomeListCard
      id="case-tasks-h"
      title={t('sw.myTasks')}
      caption={t('sw.myTasks.caption')}
      empty={t('sw.myTasks.empty')}
      query={tasks}
      columns={[
        dueColumn<MyCaseTasks['items'][number]>({ t, date }, (i) => i.overdue),
        {
          key: 'title',
          header: t('sw.task.title'),
          cell: (i) => <Link to={`/case-files/${i.caseFileId}`}>{i.title}</Link>,
        },
        { key: 'household', header: t('sw.household'), cell: (i) => i.address },
      ]}
    />
  );
}
