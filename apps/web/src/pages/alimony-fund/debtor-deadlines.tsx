import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DeadlinesCard } from '../../components/kit/deadlines-card.tsx';
import { useDebtorDeadlines } from './debtor-queries.ts';

/** The clerk's home page: the debtors' job-centre deadlines still open, nearest first. */
export function DebtorDeadlinesSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  return (
    <DeadlinesCard
      id="ad-deadlines-h"
      title={t('ad.deadlines')}
      query={useDebtorDeadlines(can('alimonyDebtors.manage'))}
      rowKey={(d) => d.debtorId}
      rowClassName={(d) => (d.overdue ? 'is-overdue' : undefined)}
      columns={[
        { key: 'dueOn', header: t('ad.dueOn'), cell: (d) => date(d.dueOn) },
        {
          key: 'number',
          header: t('ad.number'),
          cell: (d) => <Link to={`/alimony-fund/debtors/${d.debtorId}`}>{d.number}</Link>,
        },
        { key: 'name', header: t('ad.name'), cell: (d) => d.name },
      ]}
    />
  );
}
