import { MarkPaid } from '@ostoja/domain/payments/schemas';
import { Link } from 'react-router-dom';
import { type PaymentItem, type PaymentList, paymentsApi } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { DateField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import type { CursorList } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { usePaymentList } from './queries.ts';
import { paymentListName } from './run-parts.tsx';
import { useSavedNotice } from './saved-notice.tsx';
import { FileButton, useMoneyColumn, useMonthName } from './shared.tsx';

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
        {(['elixir', 'pain001'] as const).map((format) => (
          <FileButton
            key={format}
            primary={format === 'elixir'}
            label={t(`plist.files.${format}`)}
            method="POST"
            path={path}
            body={{ format }}
            describedBy="files-hint"
            onDone={done}
          />
        ))}
      </div>
    </>
  );
}

function MarkPaidForm({ list, onDone }: { list: PaymentList; onDone(l: PaymentList): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: MarkPaid,
    defaultValues: { paidOn: todayIso() },
    save: (body) => paymentsApi.markPaid(list.id, body),
    onSaved: onDone,
  });
  return (
    <EditForm form={f} submitLabel={t('plist.markPaid')} requiredNote={false}>
      <DateField {...f.bind('paidOn')} label={t('plist.paidOn')} hint={t('plist.paidOnHint')} />
    </EditForm>
  );
}

function useItemColumns(list: PaymentList): Column<PaymentItem>[] {
  const { t, tk } = useI18n();
  const monthName = useMonthName();
  const amount = useMoneyColumn<PaymentItem>();
  return [
    { key: 'ref', header: t('pitem.ref'), cell: (i) => i.ref, sortValue: (i) => i.ref, className: 'mono' },
    linkColumn(
      'recipient',
      t('pay.recipient'),
      (i) => i.recipientName,
      (i) => `/payments/items/${i.id}`,
    ),
    {
      key: 'benefit',
      header: t('pay.benefit'),
      cell: (i) => (
        <>
          {tk('benefit', i.benefit)}, {monthName(i.month)}
          {i.reissue ? ` ${t('pitem.reissue')}` : ''}
          {i.arrears ? (
            <>
              {' '}
              <StatusBadge>{t('pitem.arrears')}</StatusBadge>
            </>
          ) : null}
        </>
      ),
    },
    linkColumn(
      'decision',
      t('pay.decision'),
      (i) => i.decisionNumber,
      (i) => `/payments/schedules/${i.decisionId}`,
    ),
    ...(list.method === 'transfer'
      ? [{ key: 'iban', header: t('pay.iban'), cell: (i: PaymentItem) => i.iban, className: 'mono nowrap' }]
      : []),
    amount('amount', t('pay.amount'), (i) => i.amount),
    amount('deduction', t('pay.deduction'), (i) => i.deduction),
    amount('toPay', t('pay.toPay'), (i) => i.amount - i.deduction),
    {
      key: 'status',
      header: t('pay.status'),
      cell: (i) => tk('payments.itemStatus', i.status),
      sortValue: (i) => i.status,
    },
  ];
}

function ItemsTable({ list, items }: { list: PaymentList; items: CursorList<PaymentItem> }) {
  const { t } = useI18n();
  const columns = useItemColumns(list);
  return <PagedTable caption={t('plist.items')} columns={columns} list={items} />;
}

export function ListPage() {
  const id = useRouteId();
  const { t, tp, date, dateTime, money } = useI18n();
  const { can } = useAuth();
  const { list, items } = usePaymentList(id);
  const { saved, say, notice } = useSavedNotice(null);
  if (items.error && !list) return <LoadError error={items.error} onRetry={() => items.reload()} />;
  if (!list) return <Loading />;
  const reload = () => saved(null);
  const manage = can('payments.manage');
  return (
    <Page
      title={t('plist.title', { name: paymentListName(list, t), date: date(list.payOn) })}
      lead={t('plist.lead', { run: list.runNumber })}
      actions={<ActionLink to={`/payments/runs/${list.runId}`}>{t('plist.backToRun')}</ActionLink>}
    >
      {notice}
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
        <Section id="files" title={t('plist.files.title')}>
          <BankFiles
            list={list}
            onExported={(text) => {
              say(text);
              if (list.status === 'approved') reload();
            }}
          />
        </Section>
      ) : null}
      {list.method === 'transfer' && manage && list.status === 'exported' ? (
        <Section id="paid" title={t('plist.markPaidTitle')}>
          <MarkPaidForm
            list={list}
            onDone={() => {
              say(t('plist.paidDone'));
              reload();
            }}
          />
        </Section>
      ) : null}
      {list.method === 'cashDesk' ? (
        <p>
          {t('plist.cashHint')} <Link to="/payments/cash-desk">{t('nav.cashDesk')}</Link>
        </p>
      ) : null}
      <section>
        <h2 id="items-h">{t('plist.items')}</h2>
        {items.items.length ? (
          <ItemsTable list={list} items={items} />
        ) : (
          <p className="empty">{t('plist.noItems')}</p>
        )}
        {items.error ? <LoadError error={items.error} onRetry={() => items.loadMore()} /> : null}
      </section>
    </Page>
  );
}
