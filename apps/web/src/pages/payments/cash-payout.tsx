import { CashPayout, DOCUMENT_TYPES } from '@ostoja/domain/payments/schemas';

type DocumentType = (typeof DOCUMENT_TYPES)[number];

import { useEffect, useRef } from 'react';
import { type PaymentItem, paymentsApi } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';

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
  const { t, money, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const paidOn = todayIso();
  const f = useEditForm({
    schema: CashPayout,
    defaultValues: { documentType: 'idCard', documentNumber: '' },
    toBody: (v) => ({
      paidOn,
      documentType: v.documentType as DocumentType,
      documentNumber: v.documentNumber,
    }),
    save: (body) => paymentsApi.cashPayout(item.id, body),
    onSaved: onPaid,
  });
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
      <EditForm
        form={f}
        submitLabel={t('cash.payout.submit', { amount: money(net) })}
        requiredNote={false}
        onCancel={onCancel}
      >
        <div className="field-row">
          <SelectField
            {...f.bind('documentType')}
            label={t('cash.payout.documentType')}
            options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documentType.${d}`) }))}
            required
          />
          <CodeField
            {...f.bind('documentNumber')}
            label={t('cash.payout.documentNumber')}
            hint={t('cash.payout.documentHint')}
            required
          />
        </div>
      </EditForm>
    </section>
  );
}
