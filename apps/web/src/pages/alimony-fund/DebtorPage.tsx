import type { Debtor } from '@ostoja/domain/alimony-fund/debtor';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { amountColumn, dateColumn, textColumn } from '../../components/kit/columns.ts';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { NoticeForm, RepaymentForm } from './debtor-forms.tsx';
import { ProceedingSection } from './debtor-proceeding.tsx';
import { useDebtor, useDebtorSaved } from './debtor-queries.ts';
import { useNoticeColumns } from './NoticesPage.tsx';
import { WholeTable } from './whole-table.tsx';

type Statement = Debtor['statement'];
type Line = Statement['lines'][number];
type Repayment = Statement['repayments'][number];

function useLineColumns(): Column<Line>[] {
  const { t, date, money } = useI18n();
  return [
    textColumn('month', t('ad.month')),
    { key: 'decision', header: t('ad.decision'), cell: (l) => l.decisionNumber },
    dateColumn('paidOn', t('ad.paidOn'), date),
    amountColumn('amount', t('ad.amount'), money),
    { key: 'repaid', header: t('ad.repaid'), cell: (l) => money(l.repaid) },
    { key: 'outstanding', header: t('ad.outstanding'), cell: (l) => money(l.outstanding) },
    { key: 'interest', header: t('ad.interest'), cell: (l) => money(l.interest) },
  ];
}

function useRepaymentColumns(twoGminas: boolean): Column<Repayment>[] {
  const { t, date, money } = useI18n();
  const columns: Column<Repayment>[] = [
    dateColumn('receivedOn', t('ad.receivedOn'), date, 'on'),
    { key: 'source', header: t('ad.source'), cell: (r) => `${t(`ad.source.${r.source}`)}, ${r.reference}` },
    { key: 'amount', header: t('ad.amount'), cell: (r) => money(r.amount) },
    { key: 'interest', header: t('ad.toInterest'), cell: (r) => money(r.interest) },
    { key: 'principal', header: t('ad.toPrincipal'), cell: (r) => money(r.principal) },
    { key: 'overpayment', header: t('ad.overpayment'), cell: (r) => money(r.overpayment) },
    { key: 'state', header: t('ad.state'), cell: (r) => money(r.split.state) },
    { key: 'creditorGmina', header: t('ad.creditorGmina'), cell: (r) => money(r.split.creditorGmina) },
  ];
  if (twoGminas)
    columns.push({
      key: 'debtorGmina',
      header: t('ad.debtorGmina'),
      cell: (r) => money(r.split.debtorGmina),
    });
  return columns;
}

/** The debt on the chosen day: totals, then each benefit with its interest and each sum received. */
function StatementView({ d }: { d: Debtor }) {
  const { t, money } = useI18n();
  const s = d.statement;
  const lines = useLineColumns();
  const repayments = useRepaymentColumns(!d.resident);
  const totals: [UiKey, number][] = [
    ['ad.principal', s.principal],
    ['ad.principalRepaid', s.principalRepaid],
    ['ad.principalOutstanding', s.principalOutstanding],
    ['ad.interestAccrued', s.interestAccrued],
    ['ad.interestRepaid', s.interestRepaid],
    ['ad.interestOutstanding', s.interestOutstanding],
  ];
  return (
    <>
      <dl className="facts" data-testid="debt-totals">
        {totals.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t(key)}</dt>
            <dd>{money(value)}</dd>
          </div>
        ))}
        <dt>{t('ad.totalOutstanding')}</dt>
        <dd>
          <strong data-testid="debt-total">{money(s.totalOutstanding)}</strong>
        </dd>
        {s.overpaid ? (
          <>
            <dt>{t('ad.overpaid')}</dt>
            <dd>{money(s.overpaid)}</dd>
          </>
        ) : null}
      </dl>
      <PagedTable caption={t('ad.lines')} columns={lines} list={wholeList(s.lines)} />
      <WholeTable
        caption={t('ad.repayments')}
        columns={repayments}
        rows={s.repayments}
        empty={t('ad.noRepayments')}
      />
    </>
  );
}

/** A debtor: who and where, the applications, the debt on a day, repayments and notices. */
export function DebtorPage() {
  const id = useRouteId();
  const { t, date } = useI18n();
  const { can } = useAuth();
  const [on, setOn] = useState(todayIso());
  const q = useDebtor(id, on);
  const saved = useDebtorSaved();
  const notices = useNoticeColumns(false);
  const d = q.data;
  if (q.error || !d) return <Pending query={q} />;
  return (
    <Page title={`${t('ad.name')}: ${d.name} (${d.number})`}>
      <dl className="facts">
        <dt>{t('ad.address')}</dt>
        <dd>{d.address}</dd>
        <dt>{t('ad.gmina')}</dt>
        <dd>
          {d.gmina}{' '}
          <StatusBadge tone={d.resident ? 'ok' : 'neutral'}>
            {t(d.resident ? 'ad.residentYes' : 'ad.residentNo')}
          </StatusBadge>
        </dd>
        {d.pesel ? (
          <>
            <dt>PESEL</dt>
            <dd>{d.pesel}</dd>
          </>
        ) : null}
        <dt>{t('ad.registeredOn')}</dt>
        <dd>{date(d.registeredOn)}</dd>
        <dt>{t('ad.applications')}</dt>
        <dd>
          {d.applications.map((a, i) => (
            <span key={a.id}>
              {i ? ', ' : ''}
              <Link to={`/alimony-fund/${a.id}`}>{a.number}</Link> ({a.applicantName})
            </span>
          ))}
        </dd>
      </dl>
      <section className="card" aria-labelledby="ad-statement">
        <h2 id="ad-statement">{t('ad.statement')}</h2>
        <TextField
          id={fieldId('statementOn')}
          label={t('ad.statementOn')}
          type="date"
          value={on}
          onValue={(x) => x && setOn(x)}
        />
        <StatementView d={d} />
      </section>
      {can('alimonyDebtors.manage') ? (
        <RepaymentForm
          debtorId={d.id}
          onSaved={(x) => {
            saved(x);
            setOn(x.statement.on);
          }}
        />
      ) : null}
      {d.resident ? <ProceedingSection debtorId={d.id} canManage={can('alimonyDebtors.manage')} /> : null}
      <section className="card" aria-labelledby="ad-notices">
        <h2 id="ad-notices">{t('ad.notices')}</h2>
        <WholeTable caption={t('ad.notices')} columns={notices} rows={d.notices} empty={t('ad.noNotices')} />
        {can('alimonyDebtors.manage') ? (
          <NoticeForm debtorId={d.id} gmina={d.gmina} onSaved={() => q.refetch()} />
        ) : null}
      </section>
    </Page>
  );
}
