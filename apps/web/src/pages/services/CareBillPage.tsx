import { PAYMENT_METHODS, RecordBillPayment } from '@ostoja/domain/services/bills';
import { billsApi } from '../../api/services.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, SelectField } from '../../components/fields.tsx';
import { withBindings } from '../../components/kit/bindings.ts';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { parseZloty, zlotyInput } from '../benefits/money.ts';
import { BillPdfLink } from './CareBillsPage.tsx';
import { useBill, useBillsSaved } from './queries.ts';

function PaymentForm({ id, balance }: { id: string; balance: number }) {
  const { t } = useI18n();
  const saved = useBillsSaved();
  const empty = { paidOn: todayIso(), amount: zlotyInput(balance), method: 'cash' };
  const f = withBindings(
    useEditForm({
      schema: RecordBillPayment,
      defaultValues: empty,
      toBody: (v) => ({
        paidOn: v.paidOn,
        amountGrosze: parseZloty(v.amount) ?? Number.NaN,
        method: v.method as (typeof PAYMENT_METHODS)[number],
      }),
      save: (body) => billsApi.pay(id, body),
      onSaved: (bill) => {
        saved(bill);
        f.reset({ ...empty, amount: zlotyInput(bill.balanceGrosze) });
      },
    }),
  );
  return (
    <Section card id="cb-pay" title={t('cb.pay')}>
      <EditForm form={f} submitLabel={t('cb.pay.submit')}>
        <DateField label={t('cb.pay.paidOn')} {...f.bind('paidOn')} />
        <MoneyField label={t('cb.pay.amount')} {...f.bind('amount', 'amountGrosze')} />
        <SelectField
          label={t('cb.pay.method')}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`cb.method.${m}`) }))}
          required
          {...f.bind('method')}
        />
      </EditForm>
    </Section>
  );
}

/** A bill: how it was computed, what was paid and how, what is left; printed as PDF. */
export function CareBillPage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const bill = useBill(id);
  const b = bill.data;
  if (bill.error || !b) return <Pending query={bill} />;
  return (
    <Page title={t('cb.billTitle', { number: b.number })} lead={listName(b)}>
      <Facts
        items={[
          [t('cs.number'), b.decisionNumber],
          [t('sch.month'), b.month],
          [
            t('cb.calculation'),
            `${t('cb.hoursTimesFee', { hours: b.hours, fee: money(b.hourlyFeeGrosze) })} = ${money(b.amountGrosze)}`,
          ],
          [t('cb.issuedOn'), date(b.issuedOn)],
          [t('cb.dueOn'), date(b.dueOn)],
          [t('cb.paid'), money(b.paidGrosze)],
          [t('cb.balance'), money(b.balanceGrosze)],
          [t('cb.arrears'), money(b.arrearsGrosze)],
        ]}
      />
      <p>
        <BillPdfLink bill={b} />
      </p>
      {b.payments.length ? (
        <ColumnTable
          caption={t('cb.payments')}
          rows={b.payments.map((p, i) => ({ ...p, i }))}
          rowKey={(p) => p.i}
          columns={[
            { key: 'paidOn', header: t('cb.pay.paidOn'), cell: (p) => date(p.paidOn) },
            {
              key: 'amount',
              header: t('cb.pay.amount'),
              cell: (p) => money(p.amountGrosze),
              className: 'num',
            },
            { key: 'method', header: t('cb.pay.method'), cell: (p) => t(`cb.method.${p.method}`) },
          ]}
        />
      ) : null}
      {can('careBills.manage') && b.balanceGrosze > 0 ? (
        <PaymentForm id={b.id} balance={b.balanceGrosze} />
      ) : null}
    </Page>
  );
}
