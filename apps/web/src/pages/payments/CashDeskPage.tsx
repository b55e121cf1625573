import { useMemo, useState } from 'react';
import type { PaymentItem } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { CashDay } from './cash-day.tsx';
import { PayoutForm } from './cash-payout.tsx';
import { type CashItem, useCashToday, usePaymentsSaved } from './queries.ts';
import { FileButton } from './shared.tsx';

function ItemsTable({ items, onPay }: { items: CashItem[]; onPay(i: CashItem): void }) {
  const { t, date, money } = useI18n();
  return (
    <ColumnTable
      caption={t('cash.items')}
      rows={items}
      columns={[
        { key: 'recipient', header: t('pay.recipient'), cell: (i) => i.recipientName },
        { key: 'pesel', header: t('pay.pesel'), className: 'mono', cell: (i) => i.recipientPesel ?? '—' },
        { key: 'title', header: t('pay.title'), cell: (i) => i.title },
        { key: 'toPay', header: t('pay.toPay'), ...AMOUNT, cell: (i) => money(i.amount - i.deduction) },
        {
          key: 'collectUntil',
          header: t('cash.collectUntil'),
          cell: (i) => (i.list.payUntil ? date(i.list.payUntil) : '—'),
        },
        {
          key: 'actions',
          header: t('common.actions'),
          cell: (i) => (
            <>
              {i.status === 'approved' ? (
                <button
                  type="button"
                  className="button small primary"
                  aria-label={t('cash.payFor', { name: i.recipientName })}
                  onClick={() => onPay(i)}
                >
                  {t('cash.pay')}
                </button>
              ) : (
                <span className="inline-actions">
                  {t('cash.paidReceipt', { number: i.receiptNumber ?? '' })}
                  <FileButton
                    label={t('cash.receipt')}
                    fullName={`${t('cash.receipt')} ${i.receiptNumber ?? ''}`}
                    path={`/api/v1/payment-items/${i.id}/receipt`}
                  />
                </span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

export function CashDeskPage() {
  const { t, tp, date, money } = useI18n();
  const today = todayIso();
  const { data: items, error, refetch } = useCashToday(today);
  const saved = usePaymentsSaved();
  const [filter, setFilter] = useState('');
  const [paying, setPaying] = useState<CashItem | null>(null);
  const [paid, setPaid] = useState<PaymentItem | null>(null);

  const load = () => saved(null);

  const shown = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase('pl');
    return (items ?? []).filter(
      (i) =>
        !q || i.recipientName.toLocaleLowerCase('pl').includes(q) || (i.recipientPesel ?? '').includes(q),
    );
  }, [items, filter]);
  const toPay = (items ?? []).filter((i) => i.status === 'approved');

  return (
    <Page title={t('cash.title')} lead={t('cash.lead', { date: date(today) })}>
      {paid ? (
        <Alert
          key={paid.id}
          kind="success"
          focus
          title={t('cash.paidTitle', { amount: money(paid.amount - paid.deduction) })}
        >
          <p>{t('cash.paidBody', { name: paid.recipientName, number: paid.receiptNumber ?? '' })}</p>
          <p>
            <FileButton primary label={t('cash.receipt')} path={`/api/v1/payment-items/${paid.id}/receipt`} />
          </p>
        </Alert>
      ) : null}
      {paying ? (
        <PayoutForm
          key={paying.id}
          item={paying}
          onCancel={() => setPaying(null)}
          onPaid={(item) => {
            setPaying(null);
            setPaid(item);
            load();
          }}
        />
      ) : null}
      <section>
        <h2 id="cash-items-h">{t('cash.items')}</h2>
        {error ? <LoadError error={error} onRetry={() => refetch()} /> : null}
        {!items && !error ? <Loading /> : null}
        {items ? (
          <>
            <p>
              {toPay.length
                ? t('cash.toPaySummary', {
                    items: tp('pay.count.items', toPay.length),
                    amount: money(toPay.reduce((s, i) => s + i.amount - i.deduction, 0)),
                  })
                : t('cash.nothingToPay')}
            </p>
            {items.length ? (
              <>
                <search>
                  <TextField
                    id="f-cash-filter"
                    label={t('cash.filter')}
                    hint={t('cash.filterHint')}
                    type="search"
                    value={filter}
                    onValue={setFilter}
                    autoComplete="off"
                  />
                </search>
                {shown.length ? (
                  <ItemsTable
                    items={shown}
                    onPay={(i) => {
                      setPaid(null);
                      setPaying(i);
                    }}
                  />
                ) : (
                  <p className="empty">{t('cash.noMatch')}</p>
                )}
              </>
            ) : null}
          </>
        ) : null}
      </section>
      <CashDay onClosed={load} />
    </Page>
  );
}
