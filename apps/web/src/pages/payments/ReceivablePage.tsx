import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Receivable } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { Details } from '../../components/kit/details.tsx';
import { Page, Section } from '../../components/page.tsx';
import { paymentsKeys, usePaymentsSaved, useReceivable } from './queries.ts';
import { RepaymentForm, WaiverForm } from './receivable-forms.tsx';
import { useMonthName } from './shared.tsx';

function Instalments({ r }: { r: Receivable }) {
  const { t, date, money } = useI18n();
  return (
    <ColumnTable
      caption={t('recv.plan')}
      compact
      rows={r.instalments}
      rowKey={(i) => i.no}
      columns={[
        { key: 'instalmentNo', header: t('recv.instalmentNo'), cell: (i) => i.no },
        { key: 'dueOn', header: t('recv.dueOn'), cell: (i) => date(i.dueOn) },
        { key: 'amount', header: t('pay.amount'), ...AMOUNT, cell: (i) => money(i.amount) },
      ]}
    />
  );
}

function History({ r }: { r: Receivable }) {
  const { date, money, t, tk } = useI18n();
  if (!r.history.length) return <p className="empty">{t('recv.noHistory')}</p>;
  return (
    <ColumnTable
      caption={t('recv.history')}
      compact
      // History rows have no id of their own and never reorder: their place is their key.
      rows={r.history.map((h, i) => ({ ...h, i }))}
      rowKey={(h) => h.i}
      columns={[
        { key: 'date', header: t('ledger.date'), cell: (h) => date(h.onDate) },
        { key: 'kind', header: t('ledger.kind'), cell: (h) => tk('ledger.kind', h.kind) },
        { key: 'document', header: t('ledger.document'), cell: (h) => h.document ?? '—' },
        { key: 'memo', header: t('ledger.memo'), cell: (h) => h.memo ?? '—' },
        { key: 'reducedBy', header: t('recv.reducedBy'), ...AMOUNT, cell: (h) => money(0 - h.reducedBy) },
      ]}
    />
  );
}

export function ReceivablePage() {
  const { id = '' } = useParams();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data: r, error, refetch } = useReceivable(id);
  const saved = usePaymentsSaved();
  const [notice, setNotice] = useState('');
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!r) return <Loading />;
  const done = (text: string) => (next: Receivable) => {
    saved(paymentsKeys.receivable(id), next);
    setNotice(text);
  };
  const manage = can('receivables.manage') && r.status === 'open';
  return (
    <Page
      title={t('recv.titleOf', { number: r.number })}
      lead={`${t(`recv.kind.${r.kind}`)} — ${r.personName}`}
      actions={
        <>
          <a
            className="button secondary"
            href={`/api/v1/receivables/${r.id}/pdf`}
            target="_blank"
            rel="noopener"
          >
            {t('decision.downloadPdf', { number: r.number })}
          </a>
          <ActionLink to={`/payments/ledger/${r.personId}`}>{t('ledger.open')}</ActionLink>
        </>
      }
    >
      {created ? <Alert kind="success">{t('recv.created')}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <Details
        items={[
          [t('recv.person'), r.personName],
          [t('recv.decidedOn'), date(r.decidedOn)],
          [t('recv.legalBasis'), r.legalBasis],
          ...(r.months.length
            ? [[t('recv.months'), r.months.map(monthName).join(', ')] as [string, string]]
            : []),
          [t('recv.amount'), money(r.amount)],
          [t('recv.recovered'), money(r.recovered)],
          [t('recv.waived'), money(r.waived)],
          [t('recv.outstanding'), money(r.outstanding)],
          [t('recv.reserved'), money(r.reserved)],
          [t('recv.overdue'), money(r.overdue)],
          [t('pay.status'), t(`recv.status.${r.status}`)],
          [
            t('recv.deduct'),
            r.deductFromPayments
              ? r.deductionCap
                ? t('recv.deductUpTo', { amount: money(r.deductionCap) })
                : t('recv.yes')
              : t('recv.no'),
          ],
        ]}
      />
      <p>{r.justification}</p>
      {r.sourceDecisionId ? (
        <p>
          <Link to={`/payments/schedules/${r.sourceDecisionId}`}>{t('recv.openSourceSchedule')}</Link>
        </p>
      ) : null}
      <section>
        <h2 id="plan-h">{t('recv.plan')}</h2>
        <Instalments r={r} />
      </section>
      <section>
        <h2 id="history-h">{t('recv.history')}</h2>
        <History r={r} />
      </section>
      {manage ? (
        <>
          <Section id="repay" title={t('recv.repayTitle')}>
            <RepaymentForm r={r} onDone={done(t('recv.repaid'))} />
          </Section>
          <Section id="waive" title={t('recv.waiveTitle')}>
            <p className="hint">{t('recv.waiveHint')}</p>
            <WaiverForm r={r} onDone={done(t('recv.waivedDone'))} />
          </Section>
        </>
      ) : null}
    </Page>
  );
}
