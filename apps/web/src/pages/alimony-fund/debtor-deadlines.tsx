import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { DataTable } from '../../components/table.tsx';
import { useDebtorDeadlines } from './debtor-queries.ts';

/** The clerk's home page: the debtors' job-centre deadlines still open, nearest first. */
export function DebtorDeadlinesSection() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('alimonyDebtors.manage');
  const due = useDebtorDeadlines(allowed);
  if (!allowed || !due.data?.items.length)
    return due.error ? <LoadError error={due.error} onRetry={() => due.refetch()} /> : null;
  return (
    <section aria-labelledby="ad-deadlines-h" className="card">
      <h2 id="ad-deadlines-h">{t('ad.deadlines')}</h2>
      <DataTable caption={t('ad.deadlines')} compact>
        <thead>
          <tr>
            <th scope="col">{t('ad.dueOn')}</th>
            <th scope="col">{t('ad.number')}</th>
            <th scope="col">{t('ad.name')}</th>
          </tr>
        </thead>
        <tbody>
          {due.data.items.map((d) => (
            <tr key={d.debtorId} className={d.overdue ? 'is-overdue' : undefined}>
              <td>{date(d.dueOn)}</td>
              <td>
                <Link to={`/alimony-fund/debtors/${d.debtorId}`}>{d.number}</Link>
              </td>
              <td>{d.name}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
