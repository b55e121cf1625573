import { Repayment, Waiver } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Receivable } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { parseZloty, TextAreaField } from './shared.tsx';

/** Both forms share the page, so their ids carry a prefix; the error summary links to them. */
const prefixed = (prefix: string, errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));

export function RepaymentForm({ r, onDone }: { r: Receivable; onDone(r: Receivable): void }) {
  const { t, locale, money } = useI18n();
  const [v, setV] = useState({ paidOn: todayIso(), amount: '', channel: 'bank' });
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseZloty(v.amount);
    if (Number.isNaN(amount)) return invalid({ amount: t('pay.amountFormat') });
    const checked = validate(Repayment, { ...v, amount: amount ?? undefined }, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () =>
      onDone(await api.post<Receivable>(`/api/v1/receivables/${r.id}/repayments`, checked.data)),
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="repay-h">
      <ErrorSummary
        errors={prefixed('repay-', state.errors)}
        message={state.message}
        version={state.attempt}
      />
      <div className="field-row">
        <TextField
          id={fieldId('repay-paidOn')}
          label={t('recv.paidOn')}
          type="date"
          value={v.paidOn}
          onValue={(paidOn) => setV({ ...v, paidOn })}
          error={state.errors.paidOn}
          required
        />
        <TextField
          id={fieldId('repay-amount')}
          label={t('pay.amount')}
          hint={t('recv.atMost', { amount: money(r.available) })}
          value={v.amount}
          onValue={(amount) => setV({ ...v, amount })}
          error={state.errors.amount}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <SelectField
          id={fieldId('repay-channel')}
          label={t('recv.channel')}
          value={v.channel}
          onValue={(channel) => setV({ ...v, channel })}
          error={state.errors.channel}
          options={['bank', 'cash'].map((c) => ({ value: c, label: t(`recv.channel.${c}`) }))}
          required
        />
      </div>
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('recv.repay')}
      </button>
    </form>
  );
}

export function WaiverForm({ r, onDone }: { r: Receivable; onDone(r: Receivable): void }) {
  const { t, locale, money } = useI18n();
  const [v, setV] = useState({ decidedOn: todayIso(), amount: '', reason: '' });
  const [whole, setWhole] = useState(false);
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = whole ? null : parseZloty(v.amount);
    if (Number.isNaN(amount)) return invalid({ amount: t('pay.amountFormat') });
    const body = { decidedOn: v.decidedOn, reason: v.reason, whole, amount: amount ?? undefined };
    const checked = validate(Waiver, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () =>
      onDone(await api.post<Receivable>(`/api/v1/receivables/${r.id}/waivers`, checked.data)),
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="waive-h">
      <ErrorSummary
        errors={prefixed('waive-', state.errors)}
        message={state.message}
        version={state.attempt}
      />
      <CheckboxField
        id={fieldId('waive-whole')}
        label={t('recv.waiveWhole', { amount: money(r.available) })}
        checked={whole}
        onChecked={setWhole}
      />
      <div className="field-row">
        <TextField
          id={fieldId('waive-decidedOn')}
          label={t('recv.waiverDecidedOn')}
          type="date"
          value={v.decidedOn}
          onValue={(decidedOn) => setV({ ...v, decidedOn })}
          error={state.errors.decidedOn}
          required
        />
        {!whole ? (
          <TextField
            id={fieldId('waive-amount')}
            label={t('recv.waiveAmount')}
            hint={t('recv.atMost', { amount: money(r.available) })}
            value={v.amount}
            onValue={(amount) => setV({ ...v, amount })}
            error={state.errors.amount}
            inputMode="decimal"
            autoComplete="off"
            required
          />
        ) : null}
      </div>
      <TextAreaField
        id={fieldId('waive-reason')}
        label={t('recv.waiverReason')}
        value={v.reason}
        onValue={(reason) => setV({ ...v, reason })}
        error={state.errors.reason}
        rows={3}
        required
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('recv.waive')}
      </button>
    </form>
  );
}
