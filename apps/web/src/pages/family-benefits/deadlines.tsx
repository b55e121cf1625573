import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { DeadlinesCard } from '../../components/kit/deadlines-card.tsx';
import { OverdueBadge } from '../benefits/my-work.tsx';
import { useCompletionDeadlines } from './queries.ts';

/** The clerk's home page: incomplete applications by the last day of their call to complete. */
export function CompletionDeadlinesSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  return (
    <DeadlinesCard
      id="fb-deadlines-h"
      title={t('fb.deadlines')}
      query={useCompletionDeadlines(can('familyBenefits.write'))}
      rowKey={(d) => d.applicationId}
      columns={[
        {
          ...dateColumn('dueOn', t('fb.completionDue'), date),
          cell: (d) => (
            <>
              {date(d.dueOn)} {d.overdue ? <OverdueBadge /> : null}
            </>
          ),
        },
        {
          key: 'number',
          header: t('fb.number'),
          cell: (d) => <Link to={`/family-benefits/${d.applicationId}`}>{d.number}</Link>,
        },
        { key: 'applicant', header: t('fb.applicant'), cell: (d) => d.applicantName },
      ]}
    />
  );
}
