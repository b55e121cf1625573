import { Repayment, Waiver } from '@ostoja/domain/payments/schemas';
import { paymentsApi, type Receivable } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { prefixed, withZloty } from './form-parts.ts';
import { parseZloty } from './shared.tsx';

// Both forms share the receivable's page, so their field ids carry a prefix ("repay-amount").

/** An amount typed in złoty as the request sends it: grosze, omitted when empty, NaN when not an amount. */
const grosze = (text: string) => parseZloty(text) ?? undefined;

const RepaymentBody = withZloty(Repayment, ['amount']);

export function RepaymentForm({ r, onDone }: { r: Receivable; onDone(r: Receivable): void }) {
  const { money, t, tk } = useI18n();
  const f = useEditForm({
    schema: RepaymentBody,
    defaultValues: { paidOn: todayIso(), amount: '', channel: 'bank' },
    toBody: (v) => ({ ...v, amount: grosze(v.amount) as number, channel: v.channel as 'bank' | 'cash' }),
    save: (body) => paymentsApi.repay(r.id, body),
    onSaved: onDone,
    idPrefix: 'repay-',
  });
  return (
    <EditForm form={prefixed('repay-', f)} submitLabel={t('recv.repay')} requiredNote={false}>
      <div className="field-row">
        <TextField {...f.bind('paidOn')} label={t('recv.paidOn')} type="date" required />
        <MoneyField
          {...f.bind('amount')}
          label={t('pay.amount')}
          hint={t('recv.atMost', { amount: money(r.available) })}
          autoComplete="off"
        />
        <SelectField
          {...f.bind('channel')}
          label={t('recv.channel')}
          options={['bank', 'cash'].map((c) => ({ value: c, label: tk('recv.channel', c) }))}
          required
        />
      </div>
    </EditForm>
  );
}

const WaiverBody = withZloty(Waiver, ['amount']);

export function WaiverForm({ r, onDone }: { r: Receivable; onDone(r: Receivable): void }) {
  const { t, money } = useI18n();
  const f = useEditForm({
    schema: WaiverBody,
    defaultValues: { decidedOn: todayIso(), amount: '', reason: '', whole: false },
    toBody: (v) => ({
      decidedOn: v.decidedOn,
      reason: v.reason,
      whole: v.whole,
      amount: v.whole ? undefined : grosze(v.amount),
    }),
    save: (body) => paymentsApi.waive(r.id, body),
    onSaved: onDone,
    idPrefix: 'waive-',
  });
  const atMost = t('recv.atMost', { amount: money(r.available) });
  return (
    <EditForm form={prefixed('waive-', f)} submitLabel={t('recv.waive')} requiredNote={false}>
      <CheckboxField {...f.tick('whole')} label={t('recv.waiveWhole', { amount: money(r.available) })} />
      <div className="field-row">
        <TextField {...f.bind('decidedOn')} label={t('recv.waiverDecidedOn')} type="date" required />
        {!f.values.whole ? (
          <MoneyField {...f.bind('amount')} label={t('recv.waiveAmount')} hint={atMost} autoComplete="off" />
        ) : null}
      </div>
      <TextAreaField {...f.bind('reason')} label={t('recv.waiverReason')} rows={3} required />
    </EditForm>
  );
}
