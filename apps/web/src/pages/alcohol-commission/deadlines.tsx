import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { HomeListCard } from '../../components/kit/home-list-card.tsx';
import { todayIso } from '../../lib/format.ts';
import { DueCell, proceedingPath } from './ProceedingsPage.tsx';
import { useCommissionDeadlines } from './queries.ts';

/** The secretary's home page: every open proceeding's next step and its deadline, nearest first. */
export function CommissionDeadlinesSection() {
  const { t } = useI18n();
  const { can } = useAuth();
  const allowed = can('alcoholCommission.work');
  const due = useCommissionDeadlines(allowed);
  if (!allowed) return null;
  const today = todayIso();
  return (
    <HomeListCard
      id="ac-deadlines-h"
      title={t('ac.deadlines.title')}
      empty={t('ac.deadlines.none')}
      query={due}
      columns={[
        { key: 'due', header: t('ac.nextDue'), cell: (p) => <DueCell p={p} today={today} /> },
        {
          key: 'number',
          header: t('ac.number'),
          cell: (p) => <Link to={proceedingPath(p)}>{p.number}</Link>,
        },
        { key: 'person', header: t('ac.person'), cell: (p) => p.person.fullName },
      ]}
    />
  );
}
