import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { DueCell } from './ProceedingsPage.tsx';
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
    <section aria-labelledby="ac-deadlines-h" className="card">
      <h2 id="ac-deadlines-h">{t('ac.deadlines.title')}</h2>
      {due.error ? <LoadError error={due.error} onRetry={() => due.refetch()} /> : null}
      {!due.data && !due.error ? <Loading /> : null}
      {due.data && !due.data.items.length ? <p className="empty">{t('ac.deadlines.none')}</p> : null}
      {due.data?.items.length ? (
        <DataTable caption={t('ac.deadlines.title')} compact>
          <thead>
            <tr>
              <th scope="col">{t('ac.nextDue')}</th>
              <th scope="col">{t('ac.number')}</th>
              <th scope="col">{t('ac.person')}</th>
            </tr>
          </thead>
          <tbody>
            {due.data.items.map((p) => (
              <tr key={p.id} className={p.overdue ? 'is-overdue' : undefined}>
                <td>
                  <DueCell p={p} today={today} />
                </td>
                <td>
                  <Link to={`/alcohol-commission/proceedings/${p.id}`}>{p.number}</Link>
                </td>
                <td>{p.person.fullName}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
