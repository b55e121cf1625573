import type {
  ApplicationDetail,
  DecisionRecord,
  IncomeSource,
  ProposalRecord,
  WywiadRecord,
} from '@ostoja/domain/applications/responses';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn, orDash } from '../../components/kit/columns.ts';
import { DecisionPdfLink } from '../../components/kit/decision-pdf-link.tsx';
import { Details } from '../../components/kit/details.tsx';

import { listName } from '../../lib/format.ts';
import { CalculationSteps, CalculationSummary } from './calculation.tsx';
import { DecisionItemsView, HandOutForm } from './clothing-items.tsx';

const PARTS = ['health', 'housing', 'needs', 'conclusions', 'helpPlan'] as const;

/** The latest home visit: its parts and the income of the reference month per member and source. */
export function WywiadView({ w, app }: { w: WywiadRecord; app: ApplicationDetail }) {
  const { t, date, money } = useI18n();
  const name = (id: string) => {
    const m = app.members.find((x) => x.id === id);
    return m ? listName(m) : t('wywiad.formerMember');
  };
  const rows = w.members.flatMap(
    (m): { key: string; who: string; s: IncomeSource | null; alimony: number }[] =>
      m.sources.length
        ? m.sources.map((s, i) => ({
            key: `${m.personId}-${i}`,
            who: name(m.personId),
            s,
            alimony: m.alimonyPaid,
          }))
        : [{ key: m.personId, who: name(m.personId), s: null, alimony: m.alimonyPaid }],
  );
  return (
    <>
      <p>
        {t('wywiad.visitedBy', { date: date(w.visitedOn), who: w.workerName })}
        {w.incomeLost ? ` ${t('wywiad.incomeLostNote')}` : ''}
        {w.farmHectares ? ` ${t('wywiad.farmNote', { ha: w.farmHectares })}` : ''}
      </p>
      <dl className="details">
        {PARTS.filter((p) => w[p]).map((p) => (
          <div key={p}>
            <dt>{t(`wywiad.${p}`)}</dt>
            <dd className="pre-line">{w[p]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('wywiad.incomeTitle')}</h3>
      <ColumnTable
        caption={t('wywiad.incomeTitle')}
        compact
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'name', header: t('person.name'), cell: (r) => r.who },
          {
            key: 'kind',
            header: t('income.kind'),
            cell: (r) => (r.s ? t(`benefits.incomeKind.${r.s.kind}`) : t('income.none')),
          },
          { key: 'month', header: t('income.month'), cell: (r) => r.s?.month ?? '—' },
          {
            key: 'gross',
            header: t('income.gross'),
            className: 'nowrap',
            cell: (r) => (r.s ? money(r.s.gross) : '—'),
          },
          {
            key: 'tax',
            header: t('income.tax'),
            className: 'nowrap',
            cell: (r) => (r.s ? money(r.s.tax) : '—'),
          },
          {
            key: 'contributions',
            header: t('income.contributions'),
            className: 'nowrap',
            cell: (r) => (r.s ? money(r.s.contributions) : '—'),
          },
          {
            key: 'alimonyPaid',
            header: t('income.alimonyPaid'),
            className: 'nowrap',
            cell: (r) => money(r.alimony),
          },
        ]}
      />
    </>
  );
}

export function ProposalView({ p }: { p: ProposalRecord }) {
  const { t, date, dateTime } = useI18n();
  const c = p.calculation;
  return (
    <>
      <p>{t('proposal.by', { who: p.workerName, at: dateTime(p.createdAt) })}</p>
      <CalculationSummary
        eligible={c.eligible}
        amount={p.amount}
        benefitLabel={t(`benefit.${p.benefit}`)}
        criterion={c.criterion}
        incomePerPerson={c.incomePerPerson}
        householdSize={c.householdSize}
      />
      <dl className="details">
        <div>
          <dt>{t('proposal.period')}</dt>
          <dd>{t('benefitsForm.dateRange', { from: date(p.periodFrom), to: date(p.periodTo) })}</dd>
        </div>
        {p.purpose ? (
          <div>
            <dt>{t('proposal.purpose')}</dt>
            <dd>{p.purpose}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('proposal.justification')}</dt>
          <dd className="pre-line">{p.justification}</dd>
        </div>
      </dl>
      <h3>{t('calc.title')}</h3>
      <CalculationSteps steps={p.explanation} caption={t('calc.title')} />
    </>
  );
}

type Item = Parameters<typeof Details>[0]['items'][number];

function DecisionItem({ d, app }: { d: DecisionRecord; app: ApplicationDetail }) {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const rows: Item[] = [
    [t('decision.outcome'), `${t(`decision.outcome.${d.outcome}`)}: ${t(`benefit.${d.benefit}`)}`],
  ];
  if (d.outcome === 'grant' && d.helpForm === 'cash') rows.push([t('decision.amount'), money(d.amount)]);
  if (d.purpose)
    rows.push([t('clothing.purpose'), `${t(`celowyPurpose.${d.purpose}`)} — ${t(`helpForm.${d.helpForm}`)}`]);
  if (d.periodFrom && d.periodTo)
    rows.push([
      t('proposal.period'),
      t('benefitsForm.dateRange', { from: date(d.periodFrom), to: date(d.periodTo) }),
    ]);
  if (d.paymentMethod)
    rows.push([
      t('decision.paymentMethod'),
      <>
        {t(`decision.paymentMethod.${d.paymentMethod}`)}
        {d.iban ? <span className="mono"> {d.iban}</span> : null}
      </>,
    ]);
  rows.push(
    [
      t('decision.decidedOn'),
      <>
        {date(d.decidedOn)}, {d.signedByName}
        {d.signatoryJobTitle ? ` (${d.signatoryJobTitle})` : ''}
        {d.draftedByName ? ` — ${t('approval.draftedByShort', { name: d.draftedByName })}` : ''}
      </>,
    ],
    [t('decision.deliveredOn'), d.deliveredOn ? date(d.deliveredOn) : t('decision.notDelivered')],
    [t('decision.legalBasis'), d.legalBasis],
  );
  return (
    <article className="card" aria-labelledby={`decision-${d.id}`}>
      <h3 id={`decision-${d.id}`}>{t('decision.heading', { number: d.number })}</h3>
      <Details items={rows} />
      <DecisionItemsView d={d} />
      {d.helpForm === 'inKind' && !d.handout && can('clothing.handOut') ? <HandOutForm app={app} /> : null}
      <p>
        <DecisionPdfLink className="button secondary" id={d.id} number={d.number} />{' '}
        {d.outcome === 'grant' && can('payments.read') ? (
          <Link to={`/payments/schedules/${d.id}`}>{t('decision.schedule')}</Link>
        ) : null}
      </p>
    </article>
  );
}

export function DecisionsView({ app }: { app: ApplicationDetail }) {
  return (
    <>
      {app.decisions.map((d) => (
        <DecisionItem key={d.id} d={d} app={app} />
      ))}
    </>
  );
}

export function AppealsView({ app }: { app: ApplicationDetail }) {
  const { t, date } = useI18n();
  return (
    <ColumnTable
      compact
      caption={t('appeal.list')}
      rows={app.appeals}
      columns={[
        { key: 'receivedOn', header: t('appeal.receivedOn'), cell: (a) => date(a.receivedOn) },
        { key: 'by', header: t('appeal.by'), cell: (a) => a.appellant ?? '—' },
        { key: 'appealForwardDue', header: t('deadline.appealForwardDue'), cell: (a) => date(a.forwardDue) },
        orDash(dateColumn('forwardedOn', t('appeal.forwardedOn'), date)),
        {
          key: 'outcomeLabel',
          header: t('appeal.outcomeLabel'),
          cell: (a) => (
            <>
              {a.outcome
                ? `${t(`appeal.outcome.${a.outcome}`)}${a.outcomeOn ? `, ${date(a.outcomeOn)}` : ''}`
                : '—'}
              {a.note ? <span className="work-when">{a.note}</span> : null}
            </>
          ),
        },
      ]}
    />
  );
}
