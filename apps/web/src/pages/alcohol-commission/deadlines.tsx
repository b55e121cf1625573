import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
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
    <section aria-labelledby="ac-deadlines-h" className="card">
      <h2 id="ac-deadlines-h">{t('ac.deadlines.title')}</h2>
      {due.error ? <LoadError error={due.error} onRetry={() => due.refetch()} /> : null}
      {!due.data && !due.error ? <Loading /> : null}
      {due.data && !due.data.items.length ? <p className="empty">{t('ac.deadlines.none')}</p> : null}
      {due.data?.items.length ? (
        <ColumnTable
          caption={t('ac.deadlines.title')}
          compact
          rows={due.data.items}
          rowKey={(p) => p.id}
          rowClassName={(p) => (p.overdue ? 'is-overdue' : undefined)}
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
      ) : null}
    </section>
  );
}
