import { Link, useLocation } from 'react-router-dom';
import type { Receivable } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { Details } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { Page, Section } from '../../components/page.tsx';
import { paymentsKeys, useReceivable } from './queries.ts';
import { RepaymentForm, WaiverForm } from './receivable-forms.tsx';
import { useSavedNotice } from './saved-notice.tsx';
import { useMonthName } from './shared.tsx';

export function ReceivablePage() {
  const id = useRouteId();
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const q = useReceivable(id);
  const { done, notice } = useSavedNotice<Receivable>(paymentsKeys.receivable(id));
  const r = q.data;
  if (q.error || !r) return <Pending query={q} />;
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
      {notice}
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
      <RowsSection
        id="plan"
        title={t('recv.plan')}
        empty=""
        compact
        rows={r.instalments.map((i) => ({ ...i, id: String(i.no) }))}
        columns={[
          { key: 'instalmentNo', header: t('recv.instalmentNo'), cell: (i) => i.no },
          { key: 'dueOn', header: t('recv.dueOn'), cell: (i) => date(i.dueOn) },
          { key: 'amount', header: t('pay.amount'), ...AMOUNT, cell: (i) => money(i.amount) },
        ]}
      />
      <RowsSection
        id="history"
        title={t('recv.history')}
        empty={t('recv.noHistory')}
        compact
        // History rows have no id of their own and never reorder: their place is their key.
        rows={r.history.map((h, i) => ({ ...h, id: String(i) }))}
        columns={[
          { key: 'date', header: t('ledger.date'), cell: (h) => date(h.onDate) },
          { key: 'kind', header: t('ledger.kind'), cell: (h) => tk('ledger.kind', h.kind) },
          { key: 'document', header: t('ledger.document'), cell: (h) => h.document ?? '—' },
          { key: 'memo', header: t('ledger.memo'), cell: (h) => h.memo ?? '—' },
          { key: 'reducedBy', header: t('recv.reducedBy'), ...AMOUNT, cell: (h) => money(0 - h.reducedBy) },
        ]}
      />
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
