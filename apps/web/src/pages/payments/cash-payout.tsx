import { CashPayout, DOCUMENT_TYPES } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PaymentItem } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { Details } from './shared.tsx';

/**
 * Paying out one item at the cash desk, today, against the identity document the recipient
 * shows (its number is checked against the registry where the registry holds one).
 */
export function PayoutForm({
  item,
  onPaid,
  onCancel,
}: {
  item: PaymentItem;
  onPaid(item: PaymentItem): void;
  onCancel(): void;
}) {
  const { t, locale, money, date } = useI18n();
  const [documentType, setDocumentType] = useState<string>('idCard');
  const [documentNumber, setDocumentNumber] = useState('');
  const { state, run, invalid } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const paidOn = todayIso();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(CashPayout, { paidOn, documentType, documentNumber }, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () =>
      onPaid(await api.post<PaymentItem>(`/api/v1/payment-items/${item.id}/cash-payout`, v.data)),
    );
  }
  const net = item.amount - item.deduction;
  return (
    <section className="card" aria-labelledby="payout-h">
      <h2 id="payout-h" ref={heading} tabIndex={-1}>
        {t('cash.payout.title', { name: item.recipientName })}
      </h2>
      <Details
        items={[
          [t('pay.recipient'), item.recipientName],
          [t('pay.pesel'), item.recipientPesel ?? '—'],
          [t('pay.title'), item.title],
          [t('pay.toPay'), money(net)],
          [t('cash.payout.date'), date(paidOn)],
        ]}
      />
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <div className="field-row">
          <SelectField
            id={fieldId('documentType')}
            label={t('cash.payout.documentType')}
            value={documentType}
            onValue={setDocumentType}
            error={state.errors.documentType}
            options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documentType.${d}`) }))}
            required
          />
          <TextField
            id={fieldId('documentNumber')}
            label={t('cash.payout.documentNumber')}
            hint={t('cash.payout.documentHint')}
            value={documentNumber}
            onValue={setDocumentNumber}
            error={state.errors.documentNumber}
            autoComplete="off"
            spellCheck={false}
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('cash.payout.submit', { amount: money(net) })}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
