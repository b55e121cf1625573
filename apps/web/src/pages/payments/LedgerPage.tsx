import { Link, useParams } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { Details } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { useLedger, usePersonIf } from './queries.ts';
import { ReceivablesTable } from './ReceivablesPage.tsx';
import { useMonthName } from './shared.tsx';

/**
 * A person's ledger: what was paid to them, what they owe and what the centre owes them; it
 * always balances (double entry). The person page links here (/payments/ledger/:personId).
 */
export function LedgerPage() {
  const { personId = '' } = useParams();
  const { date, money, t, tk } = useI18n();
  const monthName = useMonthName();
  const { can } = useAuth();
  const ledger = useLedger(personId);
  const person = usePersonIf(personId, can('registry.read'));
  if (ledger.error || !ledger.data) return <Pending query={ledger} />;
  const l = ledger.data;
  const name = person.data ? listName(person.data) : '';
  const s = l.summary;
  return (
    <Page
      title={name ? t('ledger.titleOf', { name }) : t('ledger.title')}
      lead={l.balanced ? t('ledger.balanced') : t('ledger.unbalanced')}
      actions={
        <>
          {person.data ? <ActionLink to={`/persons/${personId}`}>{t('ledger.person')}</ActionLink> : null}
          {can('receivables.manage') ? (
            <ActionLink to={withQuery('/payments/receivables/new', { personId })}>{t('recv.new')}</ActionLink>
          ) : null}
        </>
      }
    >
      <Details
        items={[
          [t('ledger.paidOut'), money(s.paidOut)],
          [t('ledger.expense'), money(s.benefitsExpense)],
          [t('ledger.owedByPerson'), money(s.owedByPerson)],
          [t('ledger.owedToPerson'), money(s.owedToPerson)],
          [t('ledger.waived'), money(s.waived)],
        ]}
      />
      <Section id="ledger-recv" title={t('recv.title')}>
        {l.receivables.length ? (
          <ReceivablesTable list={wholeList(l.receivables)} caption={t('ledger.receivables')} />
        ) : (
          <p className="empty">{t('recv.none')}</p>
        )}
      </Section>
      <RowsSection
        id="ledger-pay"
        title={t('ledger.payments')}
        empty={t('ledger.noPayments')}
        compact
        rows={l.payments}
        columns={[
          {
            key: 'benefit',
            header: t('pay.benefit'),
            cell: (p) => (
              <>
                <Link to={`/payments/items/${p.id}`}>
                  {tk('benefit', p.benefit)}, {monthName(p.month)}
                </Link>
              </>
            ),
          },
          { key: 'decision', header: t('pay.decision'), cell: (p) => p.decisionNumber },
          { key: 'method', header: t('plist.method'), cell: (p) => t(`payments.method.${p.method}`) },
          { key: 'toPay', header: t('pay.toPay'), ...AMOUNT, cell: (p) => money(p.amount - p.deduction) },
          { key: 'status', header: t('pay.status'), cell: (p) => tk('payments.itemStatus', p.status) },
          { key: 'paidOn', header: t('pitem.paidOn'), cell: (p) => (p.paidOn ? date(p.paidOn) : '—') },
        ]}
      />
      <RowsSection
        id="ledger-txn"
        title={t('ledger.transactions')}
        empty={t('ledger.noTransactions')}
        compact
        rows={l.transactions.map((x) => ({ ...x, id: x.txnId }))}
        columns={[
          { key: 'date', header: t('ledger.date'), cell: (x) => date(x.onDate) },
          { key: 'kind', header: t('ledger.kind'), cell: (x) => tk('ledger.kind', x.kind) },
          { key: 'document', header: t('ledger.document'), cell: (x) => x.document ?? x.memo ?? '—' },
          {
            key: 'entries',
            header: t('ledger.entries'),
            cell: (x) => (
              <>
                <ul className="link-list">
                  {x.entries.map((e) => (
                    <li key={e.account}>
                      {tk('ledger.account', e.account)}: {money(e.amount)}
                    </li>
                  ))}
                </ul>
              </>
            ),
          },
        ]}
      />
    </Page>
  );
}
