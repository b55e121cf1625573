import { addMonths } from '@ostoja/domain/payments/schedule';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { ListWithItems, PaymentItem, PaymentList, Run, RunSummary } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { CashDay } from './cash-day.tsx';
import { PayoutForm } from './cash-payout.tsx';
import { FileButton, MoneyCell, MoneyHead } from './shared.tsx';

interface CashItem extends PaymentItem {
  list: PaymentList;
}

const collator = new Intl.Collator('pl');

/**
 * Today's cash items: every approved cash list whose collection window holds today, from the
 * runs of the last few months (a window is weeks long), with items still to pay or paid today.
 */
async function loadToday(today: string): Promise<CashItem[]> {
  const since = addMonths(today.slice(0, 7), -3);
  const runs = (await api.get<{ items: RunSummary[] }>('/api/v1/payment-runs')).items.filter(
    (r) => r.status === 'approved' && r.month >= since,
  );
  const lists = (await Promise.all(runs.map((r) => api.get<Run>(`/api/v1/payment-runs/${r.id}`))))
    .flatMap((r) => r.lists)
    .filter((l) => l.method === 'cashDesk' && l.payOn <= today && (!l.payUntil || l.payUntil >= today));
  const out: CashItem[] = [];
  for (const list of lists) {
    let after: string | null = null;
    do {
      const q: string = after ? `&after=${encodeURIComponent(after)}` : '';
      const page: ListWithItems = await api.get<ListWithItems>(
        `/api/v1/payment-lists/${list.id}?limit=500${q}`,
      );
      for (const i of page.items)
        if (i.status === 'approved' || (i.status === 'paid' && i.paidOn === today)) out.push({ ...i, list });
      after = page.nextCursor;
    } while (after);
  }
  return out.sort(
    (a, b) => collator.compare(a.recipientName, b.recipientName) || a.month.localeCompare(b.month),
  );
}

function ItemsTable({ items, onPay }: { items: CashItem[]; onPay(i: CashItem): void }) {
  const { t, date } = useI18n();
  return (
    <DataTable caption={t('cash.items')}>
      <thead>
        <tr>
          <th scope="col">{t('pay.recipient')}</th>
          <th scope="col">{t('pay.pesel')}</th>
          <th scope="col">{t('pay.title')}</th>
          <MoneyHead>{t('pay.toPay')}</MoneyHead>
          <th scope="col">{t('cash.collectUntil')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td>{i.recipientName}</td>
            <td className="mono">{i.recipientPesel ?? '—'}</td>
            <td>{i.title}</td>
            <MoneyCell grosze={i.amount - i.deduction} />
            <td>{i.list.payUntil ? date(i.list.payUntil) : '—'}</td>
            <td>
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
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function CashDeskPage() {
  const { t, tp, date, money } = useI18n();
  const today = todayIso();
  const [items, setItems] = useState<CashItem[]>();
  const [error, setError] = useState<ApiError>();
  const [filter, setFilter] = useState('');
  const [paying, setPaying] = useState<CashItem | null>(null);
  const [paid, setPaid] = useState<PaymentItem | null>(null);

  const load = useCallback(() => {
    setError(undefined);
    loadToday(today)
      .then(setItems)
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e))));
  }, [today]);
  useEffect(load, [load]);

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
        {error ? <LoadError error={error} onRetry={load} /> : null}
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
