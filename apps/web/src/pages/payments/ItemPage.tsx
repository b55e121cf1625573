import {
  BankReturn,
  PAYMENT_METHODS,
  type PaymentMethod,
  ResolveReturn,
} from '@ostoja/domain/payments/schemas';
import { Link } from 'react-router-dom';
import { type PaymentItem, paymentsApi } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextAreaField, TextField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { setter } from './form-parts.ts';
import { PayeeFields } from './payee-fields.tsx';
import { paymentsKeys, useItem } from './queries.ts';
import { useSavedNotice } from './saved-notice.tsx';
import { FileButton, useMonthName } from './shared.tsx';

/** The bank sent a paid transfer back: the date and the bank's reason. */
function ReturnForm({ item, onDone }: { item: PaymentItem; onDone(i: PaymentItem): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: BankReturn,
    defaultValues: { returnedOn: todayIso(), reason: '' },
    save: (body) => paymentsApi.bankReturn(item.id, body),
    onSaved: onDone,
  });
  return (
    <EditForm form={f} submitLabel={t('pitem.recordReturn')} requiredNote={false}>
      <TextField {...f.bind('returnedOn')} label={t('pitem.returnedOn')} type="date" required />
      <TextField
        {...f.bind('reason')}
        label={t('pitem.returnReason')}
        hint={t('pitem.returnReasonHint')}
        required
        className="wide"
      />
    </EditForm>
  );
}

/** What becomes of returned money: paid again (perhaps to a corrected account) or cancelled. */
function ResolveReturnForm({ item, onDone }: { item: PaymentItem; onDone(i: PaymentItem): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: ResolveReturn,
    defaultValues: {
      action: 'reissue',
      method: item.method as string,
      iban: '',
      recipientName: '',
      note: '',
    },
    toBody: (v) =>
      v.action === 'reissue'
        ? {
            action: 'reissue' as const,
            method: v.method as PaymentMethod,
            iban: v.method === 'transfer' ? orNull(v.iban) : null,
            recipientName: orNull(v.recipientName),
            note: orNull(v.note),
          }
        : { action: 'cancel' as const, note: orNull(v.note) },
    save: (body) => paymentsApi.resolveReturn(item.id, body),
    onSaved: onDone,
  });
  const v = f.values;
  const set = setter(f.form);
  return (
    <EditForm form={f} submitLabel={t('pitem.resolve')} requiredNote={false}>
      <ListSelect
        {...f.bind('action')}
        label={t('pitem.resolution')}
        values={['reissue', 'cancel']}
        prefix="pitem.resolution"
      />
      {v.action === 'reissue' ? (
        <div className="field-row">
          <ListSelect
            {...f.bind('method')}
            label={t('plist.method')}
            values={PAYMENT_METHODS}
            prefix="payments.method"
          />
          <PayeeFields v={v} set={set} errors={f.errors} />
        </div>
      ) : null}
      <TextAreaField {...f.bind('note')} label={t('flag.note')} rows={2} />
    </EditForm>
  );
}

export function ItemPage() {
  const id = useRouteId();
  const { date, money, t, tk } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const q = useItem(id);
  const { done, notice } = useSavedNotice<PaymentItem>(paymentsKeys.item(id));
  const item = q.data;
  if (q.error || !item) return <Pending query={q} />;
  const manage = can('payments.manage');
  return (
    <Page
      title={t('pitem.title', { name: item.recipientName, month: monthName(item.month) })}
      lead={item.title}
      actions={
        item.listId ? (
          <ActionLink to={`/payments/lists/${item.listId}`}>{t('pitem.backToList')}</ActionLink>
        ) : null
      }
    >
      {notice}
      <Details
        items={[
          [t('pay.recipient'), item.recipientName],
          [t('pay.pesel'), item.recipientPesel ?? '—'],
          [t('pay.address'), item.recipientAddress ?? '—'],
          [t('pay.benefit'), `${tk('benefit', item.benefit)}, ${monthName(item.month)}`],
          [
            t('pay.decision'),
            <Link key="decision" to={`/payments/schedules/${item.decisionId}`}>
              {item.decisionNumber}
            </Link>,
          ],
          [t('plist.method'), t(`payments.method.${item.method}`)],
          ...(item.iban ? [[t('pay.iban'), item.iban] as [string, string]] : []),
          [t('pay.toPay'), money(item.amount - item.deduction)],
          [t('pay.deduction'), money(item.deduction)],
          [t('pay.status'), tk('payments.itemStatus', item.status)],
          ...(item.paidOn
            ? [
                [
                  t('pitem.paidOn'),
                  `${date(item.paidOn)}${item.paidByName ? `, ${item.paidByName}` : ''}`,
                ] as [string, string],
              ]
            : []),
          ...(item.receiptNumber ? [[t('pitem.receipt'), item.receiptNumber] as [string, string]] : []),
          ...(item.returnedOn
            ? [
                [t('pitem.returnedOn'), `${date(item.returnedOn)}: ${item.returnReason ?? ''}`] as [
                  string,
                  string,
                ],
              ]
            : []),
          ...(item.resolution
            ? [[t('pitem.resolution'), t(`pitem.resolution.${item.resolution}`)] as [string, string]]
            : []),
        ]}
      />
      <p>
        <Link to={`/payments/ledger/${item.personId}`}>{t('ledger.open')}</Link>
      </p>
      {item.receiptNumber && can('cashDesk.operate') ? (
        <p>
          <FileButton label={t('cash.receipt')} path={`/api/v1/payment-items/${item.id}/receipt`} />
        </p>
      ) : null}
      {manage && item.method === 'transfer' && item.status === 'paid' ? (
        <Section id="return" title={t('pitem.returnTitle')}>
          <ReturnForm item={item} onDone={done(t('pitem.returnDone'))} />
        </Section>
      ) : null}
      {manage && item.status === 'returned' && !item.resolution ? (
        <Section id="resolve" title={t('pitem.resolveTitle')}>
          <ResolveReturnForm item={item} onDone={done(t('pitem.resolveDone'))} />
        </Section>
      ) : null}
    </Page>
  );
}
