import type { DueItem } from '@ostoja/domain/blue-card/responses';
import { BLUE_CARD_STATUSES } from '@ostoja/domain/blue-card/workflow';
import { Link } from 'react-router-dom';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page, Section } from '../../components/page.tsx';
import { BlueCardSections, DueDate } from './common.tsx';
import { ProcedureTable } from './procedure-table.tsx';
import { blueCardKeys } from './queries.ts';

/** Deadlines as a table: the procedure, what is due, by when and whether it is late — in words. */
export function DueTable({ caption, items }: { caption: string; items: DueItem[] }) {
  const { t, tk } = useI18n();
  return (
    <ColumnTable
      caption={caption}
      rows={items}
      rowKey={(d) => `${d.procedureId}-${d.kind}-${d.meetingId ?? ''}`}
      columns={[
        {
          key: 'number',
          header: t('blueCard.register.number'),
          className: 'nowrap',
          cell: (d) => <Link to={`/blue-cards/${d.procedureId}`}>{d.number}</Link>,
        },
        { key: 'what', header: t('blueCards.due.what'), cell: (d) => tk('blueCard.deadline', d.kind) },
        { key: 'by', header: t('blueCards.due.by'), cell: (d) => <DueDate due={d.due} state={d.state} /> },
      ]}
    />
  );
}

/** NK-A forms waiting for the chair: passed on (the group is to be formed) or still with the opener. */
function NewForms() {
  const { t } = useI18n();
  const withChair = useRead(blueCardKeys.list('withChair'), (s) =>
    blueCardApi.list({ status: 'withChair', limit: 100 }, s),
  );
  const opened = useRead(blueCardKeys.list('opened'), (s) =>
    blueCardApi.list({ status: 'opened', limit: 100 }, s),
  );
  const error = withChair.error ?? opened.error;
  if (error)
    return (
      <LoadError
        error={error}
        onRetry={() => {
          withChair.refetch();
          opened.refetch();
        }}
      />
    );
  if (!withChair.data || !opened.data) return <Loading />;
  const items = [...withChair.data.items, ...opened.data.items];
  return items.length ? (
    <ProcedureTable caption={t('blueCards.dashboard.newForms')} list={wholeList(items)} />
  ) : (
    <p className="empty">{t('blueCards.dashboard.noNewForms')}</p>
  );
}

/** The chair of the interdisciplinary team: what is late or due within two working days, and new NK-A. */
export function DashboardPage() {
  const { t, tp, date } = useI18n();
  const board = useRead(blueCardKeys.dashboard, blueCardApi.dashboard);
  if (board.error || !board.data) return <Pending query={board} />;
  const d = board.data;
  const overdue = d.atRisk.filter((x) => x.state === 'overdue');
  const soon = d.atRisk.filter((x) => x.state !== 'overdue');
  return (
    <Page
      title={t('blueCards.dashboard.title')}
      lead={`${d.team.name} · ${t('blueCards.dashboard.today', { date: date(d.today) })}`}
    >
      <BlueCardSections />
      <Section id="bc-status" title={t('blueCards.dashboard.byStatus')}>
        <ul className="bc-figures">
          {BLUE_CARD_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/blue-cards?status=${s}`}>
                <strong>{d.byStatus[s] ?? 0}</strong> {t(`blueCard.status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <section>
        <h2>{t('blueCards.dashboard.overdue')}</h2>
        {overdue.length ? (
          <>
            <p className="result-count">{tp('blueCards.count.deadlines', overdue.length)}</p>
            <DueTable caption={t('blueCards.dashboard.overdue')} items={overdue} />
          </>
        ) : (
          <p className="empty">{t('blueCards.dashboard.noOverdue')}</p>
        )}
      </section>
      <section>
        <h2>{t('blueCards.dashboard.dueSoon')}</h2>
        {soon.length ? (
          <DueTable caption={t('blueCards.dashboard.dueSoon')} items={soon} />
        ) : (
          <p className="empty">{t('blueCards.dashboard.noDueSoon')}</p>
        )}
      </section>
      <section>
        <h2>{t('blueCards.dashboard.newForms')}</h2>
        <NewForms />
      </section>
      <p>
        <Link to="/blue-cards/deadlines">{t('blueCards.dashboard.allDeadlines')}</Link>
      </p>
    </Page>
  );
}
