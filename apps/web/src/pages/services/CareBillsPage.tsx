import {
  type Bill,
  CreateProviderInvoice,
  type IssuedBills,
  type ProviderInvoice,
} from '@ostoja/domain/services/bills';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { billsApi } from '../../api/services.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { DateField, MoneyField, TextField } from '../../components/fields.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { parseZloty } from '../benefits/money.ts';
import { decimal } from './decision-schedule.tsx';
import { useMonthField } from './month-field.tsx';
import { servicesKeys, useBillsSaved } from './queries.ts';

/** The month before today's: the last one that can be billed. */
function lastMonth() {
  const [y, m] = todayIso().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The link that prints a bill, named by its number for a screen reader. */
export function BillPdfLink({ bill }: { bill: Pick<Bill, 'id' | 'number'> }) {
  const { t } = useI18n();
  return (
    <a
      href={`/api/v1/care-bills/${bill.id}/pdf`}
      download={`rachunek-${bill.number.replace(/[^\w.-]+/g, '_')}.pdf`}
    >
      {t('cb.pdf', { number: bill.number })}
    </a>
  );
}

function useColumns(): Column<Bill>[] {
  const { t, money } = useI18n();
  return [
    linkColumn<Bill>('name', t('cs.person'), listName, (b) => `/care-bills/${b.id}`),
    { key: 'number', header: t('cb.number'), cell: (b) => b.number },
    {
      key: 'calculation',
      header: t('cb.calculation'),
      cell: (b) => t('cb.hoursTimesFee', { hours: b.hours, fee: money(b.hourlyFeeGrosze) }),
    },
    { key: 'amount', header: t('cb.amount'), cell: (b) => money(b.amountGrosze), className: 'num' },
    { key: 'paid', header: t('cb.paid'), cell: (b) => money(b.paidGrosze), className: 'num' },
    {
      key: 'balance',
      header: t('cb.balance'),
      cell: (b) =>
        b.balanceGrosze ? money(b.balanceGrosze) : <StatusBadge tone="ok">{t('cb.settled')}</StatusBadge>,
      sortValue: (b) => b.balanceGrosze,
    },
    {
      key: 'arrears',
      header: t('cb.arrears'),
      cell: (b) =>
        b.arrearsGrosze ? <StatusBadge tone="overdue">{money(b.arrearsGrosze)}</StatusBadge> : '—',
      sortValue: (b) => b.arrearsGrosze,
    },
    { key: 'pdf', header: t('cb.print'), cell: (b) => <BillPdfLink bill={b} /> },
  ];
}

/** Bills for the month: each client's delivered hours × the decision's hourly fee. */
function IssueButton({ month }: { month: string }) {
  const { t, msg } = useI18n();
  const saved = useBillsSaved();
  const [asking, setAsking] = useState(false);
  const [issued, setIssued] = useState<IssuedBills>();
  const issue = useMutation<IssuedBills, ApiError, string>({
    mutationFn: (m) => billsApi.issue(m),
    onSuccess: (r) => {
      setIssued(r);
      setAsking(false);
      saved();
    },
  });
  return (
    <>
      {issued ? (
        <Alert kind="success" focus>
          {t('cb.issued', { n: issued.items.length, month: issued.month })}
        </Alert>
      ) : null}
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('cb.issue', { month })}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('cb.issue', { month })}
        confirmLabel={t('cb.issueConfirm')}
        busy={issue.isPending}
        onConfirm={() => issue.mutate(month)}
        onCancel={() => {
          issue.reset();
          setAsking(false);
        }}
      >
        <p>{t('cb.issueLead')}</p>
        {issue.error ? <Alert kind="error">{msg(issue.error.message)}</Alert> : null}
      </ConfirmDialog>
    </>
  );
}

/** The provider's invoice for a month, checked against the hours its carers delivered. */
function InvoiceForm({ month }: { month: string }) {
  const { t, money } = useI18n();
  const [checked, setChecked] = useState<ProviderInvoice>();
  const empty = { providerName: '', number: '', issuedOn: todayIso(), hours: '', amount: '', note: '' };
  const f = useEditForm({
    schema: CreateProviderInvoice,
    defaultValues: empty,
    toBody: (v) => ({
      providerName: v.providerName,
      month,
      number: v.number,
      issuedOn: v.issuedOn,
      hours: decimal(v.hours),
      amountGrosze: parseZloty(v.amount) ?? Number.NaN,
      note: v.note || null,
    }),
    save: (body) => billsApi.addInvoice(body),
    reset: true,
    onSaved: (inv) => setChecked(inv),
  });
  const same = checked && checked.hoursDifference === 0 && checked.amountDifferenceGrosze === 0;
  return (
    <Section card id="cb-invoice" title={t('cb.invoice', { month })}>
      {checked ? (
        <Alert
          kind={same ? 'success' : 'warning'}
          title={t('cb.invoice.checked', { number: checked.number })}
          focus
        >
          <p>
            {t('cb.invoice.compare', {
              hours: checked.hours,
              amount: money(checked.amountGrosze),
              deliveredHours: checked.deliveredHours,
              delivered: money(checked.deliveredGrosze),
            })}
          </p>
          <p>
            {same
              ? t('cb.invoice.agrees')
              : t('cb.invoice.differs', {
                  hours: checked.hoursDifference,
                  amount: money(checked.amountDifferenceGrosze),
                })}
          </p>
        </Alert>
      ) : null}
      <EditForm form={f} submitLabel={t('cb.invoice.submit')}>
        <TextField label={t('cs.providerName')} required {...f.bind('providerName')} />
        <TextField label={t('cb.invoice.number')} required {...f.bind('number')} />
        <DateField label={t('cb.invoice.issuedOn')} {...f.bind('issuedOn')} />
        <TextField label={t('cb.invoice.hours')} inputMode="decimal" required {...f.bind('hours')} />
        <MoneyField label={t('cb.invoice.amount')} {...f.bind('amount', 'amountGrosze')} />
        <TextField label={t('sch.note')} {...f.bind('note')} />
      </EditForm>
    </Section>
  );
}

/** The register of a month's bills: what is due, what was paid, arrears; and the providers' invoices. */
export function CareBillsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [month, monthField] = useMonthField('cb-month', lastMonth());
  const list = useCursorQuery(servicesKeys.bills(month), (after, signal) =>
    billsApi.register({ month, after, limit: 50 }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('cb.title')} lead={t('cb.lead')}>
      {monthField}
      {can('careBills.manage') ? <IssueButton month={month} /> : null}
      <ListTable empty={t('cb.none')} caption={t('cb.register', { month })} columns={columns} list={list} />
      {can('careBills.manage') ? <InvoiceForm month={month} /> : null}
    </Page>
  );
}
