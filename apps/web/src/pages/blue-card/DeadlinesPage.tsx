import { Link } from 'react-router-dom';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { BlueCardSections, DueDate } from './common.tsx';
import { blueCardKeys } from './queries.ts';

/**
 * What is due within ten working days, and what is overdue, in the procedures one sees — grouped
 * by procedure, i.e. by the diagnostic-help group that works on it (the chair sees the whole team).
 */
export function DeadlinesPage() {
  const { date, t, tk, tp } = useI18n();
  const due = useRead(blueCardKeys.deadlines, blueCardApi.deadlines);
  if (due.error || !due.data) return <Pending query={due} />;
  const { byProcedure, items, today } = due.data;
  const overdue = items.filter((i) => i.state === 'overdue').length;
  return (
    <Page
      title={t('blueCards.deadlinesPage.title')}
      lead={t('blueCards.deadlinesPage.lead', { date: date(today) })}
    >
      <BlueCardSections />
      <p className="result-count">
        {tp('blueCards.count.deadlines', items.length)}
        {overdue ? ` ${t('blueCards.deadlinesPage.overdueCount', { count: overdue })}` : ''}
      </p>
      {byProcedure.length === 0 ? <p className="empty">{t('blueCards.deadlinesPage.none')}</p> : null}
      {byProcedure.map((g) => (
        <section key={g.procedureId}>
          <h2>
            <Link to={`/blue-cards/${g.procedureId}`}>
              {t('blueCards.procedure.title', { number: g.number })}
            </Link>
          </h2>
          <ColumnTable
            caption={t('blueCards.deadlinesPage.caption', { number: g.number })}
            compact
            rows={g.items}
            rowKey={(d) => `${d.kind}-${d.meetingId ?? ''}`}
            columns={[
              { key: 'what', header: t('blueCards.due.what'), cell: (d) => tk('blueCard.deadline', d.kind) },
              {
                key: 'by',
                header: t('blueCards.due.by'),
                cell: (d) => <DueDate due={d.due} state={d.state} />,
              },
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
