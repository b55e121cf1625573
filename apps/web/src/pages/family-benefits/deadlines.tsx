import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { OverdueBadge } from '../benefits/my-work.tsx';
import { useCompletionDeadlines } from './queries.ts';

/** The clerk's home page: incomplete applications by the last day of their call to complete. */
export function CompletionDeadlinesSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('familyBenefits.write');
  const due = useCompletionDeadlines(allowed);
  if (!allowed || !due.data?.items.length)
    return due.error ? <LoadError error={due.error} onRetry={() => due.refetch()} /> : null;
  return (
    <section aria-labelledby="fb-deadlines-h" className="card">
      <h2 id="fb-deadlines-h">{t('fb.deadlines')}</h2>
      <ColumnTable
        caption={t('fb.deadlines')}
        compact
        rows={due.data.items}
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
    </section>
  );
}
