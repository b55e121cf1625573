import { MarkPaid } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import type { ListWithItems, PaymentItem, PaymentList } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { paymentListName } from './run-parts.tsx';
import { Details, FileButton, MoneyCell, MoneyHead, useMonthName } from './shared.tsx';

const PAGE = 100;

function BankFiles({ list, onExported }: { list: PaymentList; onExported(text: string): void }) {
  const { t } = useI18n();
  if (list.status === 'draft') return <p className="hint">{t('plist.files.afterApproval')}</p>;
  const path = `/api/v1/payment-lists/${list.id}/exports`;
  const done = (d: { filename: string; size: number }) => onExported(t('plist.files.done', d));
  return (
    <>
      <p id="files-hint" className="hint">
        {t('plist.files.hint')}
      </p>
      <div className="inline-actions">
        <FileButton
          primary
          label={t('plist.files.elixir')}
          method="POST"
          path={path}
          body={{ format: 'elixir' }}
          describedBy="files-hint"
          onDone={done}
        />
        <FileButton
          label={t('plist.files.pain001')}
          method="POST"
          path={path}
          body={{ format: 'pain001' }}
          describedBy="files-hint"
          onDone={done}
        />
      </div>
    </>
  );
}

function MarkPaidForm({ list, onDone }: { list: PaymentList; onDone(): void }) {
  const { t, locale } = useI18n();
  const [paidOn, setPaidOn] = useState(todayIso());
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(MarkPaid, { paidOn }, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      await api.post(`/api/v1/payment-lists/${list.id}/paid`, v.data);
      onDone();
    });
  }
  return (
    <>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="inline-form">
        <TextField
          id={fieldId('paidOn')}
          label={t('plist.paidOn')}
          hint={t('plist.paidOnHint')}
          type="date"
          value={paidOn}
          onValue={setPaidOn}
          error={state.errors.paidOn}
          required
        />
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('plist.markPaid')}
        </button>
      </form>
    </>
  );
}

function ItemsTable({ list, items }: { list: PaymentList; items: PaymentItem[] }) {
  const { t } = useI18n();
  const monthName = useMonthName();
  const transfer = list.method === 'transfer';
  return (
    <DataTable caption={t('plist.items')} compact>
      <thead>
        <tr>
          <th scope="col">{t('pitem.ref')}</th>
          <th scope="col">{t('pay.recipient')}</th>
          <th scope="col">{t('pay.benefit')}</th>
          <th scope="col">{t('pay.decision')}</th>
          {transfer ? <th scope="col">{t('pay.iban')}</th> : null}
          <MoneyHead>{t('pay.amount')}</MoneyHead>
          <MoneyHead>{t('pay.deduction')}</MoneyHead>
          <MoneyHead>{t('pay.toPay')}</MoneyHead>
          <th scope="col">{t('pay.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td className="mono">{i.ref}</td>
            <td>
              <Link to={`/payments/items/${i.id}`}>{i.recipientName}</Link>
            </td>
            <td>
              {t(`benefit.${i.benefit}`)}, {monthName(i.month)}
              {i.reissue ? ` ${t('pitem.reissue')}` : ''}
              {i.arrears ? (
                <>
                  {' '}
                  <span className="badge">{t('pitem.arrears')}</span>
                </>
              ) : null}
            </td>
            <td>
              <Link to={`/payments/schedules/${i.decisionId}`}>{i.decisionNumber}</Link>
            </td>
            {transfer ? <td className="mono nowrap">{i.iban}</td> : null}
            <MoneyCell grosze={i.amount} />
            <MoneyCell grosze={i.deduction} />
            <MoneyCell grosze={i.amount - i.deduction} />
            <td>{t(`payments.itemStatus.${i.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function ListPage() {
  const { id } = useParams();
  const { t, tp, date, dateTime, money } = useI18n();
  const { can } = useAuth();
  const first = useApi<ListWithItems>(`/api/v1/payment-lists/${id}?limit=${PAGE}`);
  const [more, setMore] = useState<{ items: PaymentItem[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  if (first.error) return <LoadError error={first.error} onRetry={first.reload} />;
  if (!first.data) return <Loading />;
  const list = first.data;
  const items = [...list.items, ...(more?.items ?? [])];
  const next = more ? more.next : list.nextCursor;
  const reload = () => {
    setMore(null);
    first.reload();
  };
  async function loadMore() {
    try {
      const page = await api.get<ListWithItems>(
        `/api/v1/payment-lists/${id}?limit=${PAGE}&after=${encodeURIComponent(next ?? '')}`,
      );
      setMore({ items: [...(more?.items ?? []), ...page.items], next: page.nextCursor });
    } catch (e) {
      setMoreError(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    }
  }
  const manage = can('payments.manage');
  return (
    <Page
      title={t('plist.title', { name: paymentListName(list, t), date: date(list.payOn) })}
      lead={t('plist.lead', { run: list.runNumber })}
      actions={
        <Link to={`/payments/runs/${list.runId}`} className="button secondary">
          {t('plist.backToRun')}
        </Link>
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <Details
        items={[
          [t('plist.method'), t(`payments.method.${list.method}`)],
          [t('plist.payOn'), date(list.payOn)],
          ...(list.executionDate
            ? [[t('plist.executionDate'), date(list.executionDate)] as [string, string]]
            : []),
          ...(list.payUntil ? [[t('plist.payUntil'), date(list.payUntil)] as [string, string]] : []),
          [t('pay.status'), t(`payments.listStatus.${list.status}`)],
          [t('run.items'), tp('pay.count.items', list.itemCount)],
          [
            t('plist.total'),
            <span key="total" id="list-total">
              {money(list.totalAmount)}
            </span>,
          ],
          ...(list.exportedAt
            ? [[t('plist.exportedAt'), dateTime(list.exportedAt)] as [string, string]]
            : []),
          ...(list.paidOn ? [[t('plist.paidOnShown'), date(list.paidOn)] as [string, string]] : []),
        ]}
      />
      {list.method === 'transfer' && manage ? (
        <section aria-labelledby="files-h">
          <h2 id="files-h">{t('plist.files.title')}</h2>
          <BankFiles
            list={list}
            onExported={(text) => {
              setNotice(text);
              if (list.status === 'approved') reload();
            }}
          />
        </section>
      ) : null}
      {list.method === 'transfer' && manage && list.status === 'exported' ? (
        <section aria-labelledby="paid-h">
          <h2 id="paid-h">{t('plist.markPaidTitle')}</h2>
          <MarkPaidForm
            list={list}
            onDone={() => {
              setNotice(t('plist.paidDone'));
              reload();
            }}
          />
        </section>
      ) : null}
      {list.method === 'cashDesk' ? (
        <p>
          {t('plist.cashHint')} <Link to="/payments/cash-desk">{t('nav.cashDesk')}</Link>
        </p>
      ) : null}
      <section>
        <h2 id="items-h">{t('plist.items')}</h2>
        {items.length ? (
          <ItemsTable list={list} items={items} />
        ) : (
          <p className="empty">{t('plist.noItems')}</p>
        )}
        {moreError ? <LoadError error={moreError} onRetry={loadMore} /> : null}
        {next ? (
          <p>
            <button type="button" className="button secondary" onClick={loadMore}>
              {t('action.loadMore')}
            </button>
          </p>
        ) : null}
      </section>
    </Page>
  );
}
