import { BankReturn, PAYMENT_METHODS, ResolveReturn } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { PaymentItem } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { Details, FileButton, TextAreaField, useMonthName } from './shared.tsx';

/** The bank sent a paid transfer back: the date and the bank's reason. */
function ReturnForm({ item, onDone }: { item: PaymentItem; onDone(i: PaymentItem): void }) {
  const { t, locale } = useI18n();
  const [v, setV] = useState({ returnedOn: todayIso(), reason: '' });
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(BankReturn, v, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () =>
      onDone(await api.post<PaymentItem>(`/api/v1/payment-items/${item.id}/bank-return`, checked.data)),
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <TextField
        id={fieldId('returnedOn')}
        label={t('pitem.returnedOn')}
        type="date"
        value={v.returnedOn}
        onValue={(returnedOn) => setV({ ...v, returnedOn })}
        error={state.errors.returnedOn}
        required
      />
      <TextField
        id={fieldId('reason')}
        label={t('pitem.returnReason')}
        hint={t('pitem.returnReasonHint')}
        value={v.reason}
        onValue={(reason) => setV({ ...v, reason })}
        error={state.errors.reason}
        required
        className="wide"
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('pitem.recordReturn')}
      </button>
    </form>
  );
}

/** What becomes of returned money: paid again (perhaps to a corrected account) or cancelled. */
function ResolveReturnForm({ item, onDone }: { item: PaymentItem; onDone(i: PaymentItem): void }) {
  const { t, locale } = useI18n();
  const [v, setV] = useState<Record<'action' | 'method' | 'iban' | 'recipientName' | 'note', string>>({
    action: 'reissue',
    method: item.method,
    iban: '',
    recipientName: '',
    note: '',
  });
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body =
      v.action === 'reissue'
        ? {
            action: v.action,
            method: v.method,
            iban: v.method === 'transfer' ? orNull(v.iban) : null,
            recipientName: orNull(v.recipientName),
            note: orNull(v.note),
          }
        : { action: v.action, note: orNull(v.note) };
    const checked = validate(ResolveReturn, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () =>
      onDone(await api.post<PaymentItem>(`/api/v1/payment-items/${item.id}/return-resolution`, checked.data)),
    );
  }
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <SelectField
        id={fieldId('action')}
        label={t('pitem.resolution')}
        value={v.action}
        onValue={set('action')}
        options={['reissue', 'cancel'].map((a) => ({ value: a, label: t(`pitem.resolution.${a}`) }))}
      />
      {v.action === 'reissue' ? (
        <div className="field-row">
          <SelectField
            id={fieldId('method')}
            label={t('plist.method')}
            value={v.method}
            onValue={set('method')}
            error={state.errors.method}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
          />
          {v.method === 'transfer' ? (
            <TextField
              id={fieldId('iban')}
              label={t('pay.iban')}
              hint={t('pay.ibanHint')}
              value={v.iban}
              onValue={set('iban')}
              error={state.errors.iban}
              required
            />
          ) : null}
          <TextField
            id={fieldId('recipientName')}
            label={t('pay.otherRecipient')}
            hint={t('pay.otherRecipientHint')}
            value={v.recipientName}
            onValue={set('recipientName')}
            error={state.errors.recipientName}
          />
        </div>
      ) : null}
      <TextAreaField
        id={fieldId('note')}
        label={t('flag.note')}
        value={v.note}
        onValue={set('note')}
        error={state.errors.note}
        rows={2}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('pitem.resolve')}
      </button>
    </form>
  );
}

export function ItemPage() {
  const { id } = useParams();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const { data: item, error, reload, set } = useApi<PaymentItem>(`/api/v1/payment-items/${id}`);
  const [notice, setNotice] = useState('');
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!item) return <Loading />;
  const manage = can('payments.manage');
  const done = (text: string) => (next: PaymentItem) => {
    set(next);
    setNotice(text);
  };
  return (
    <Page
      title={t('pitem.title', { name: item.recipientName, month: monthName(item.month) })}
      lead={item.title}
      actions={
        item.listId ? (
          <Link to={`/payments/lists/${item.listId}`} className="button secondary">
            {t('pitem.backToList')}
          </Link>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <Details
        items={[
          [t('pay.recipient'), item.recipientName],
          [t('pay.pesel'), item.recipientPesel ?? '—'],
          [t('pay.address'), item.recipientAddress ?? '—'],
          [t('pay.benefit'), `${t(`benefit.${item.benefit}`)}, ${monthName(item.month)}`],
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
          [t('pay.status'), t(`payments.itemStatus.${item.status}`)],
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
        <section aria-labelledby="return-h">
          <h2 id="return-h">{t('pitem.returnTitle')}</h2>
          <ReturnForm item={item} onDone={done(t('pitem.returnDone'))} />
        </section>
      ) : null}
      {manage && item.status === 'returned' && !item.resolution ? (
        <section aria-labelledby="resolve-h">
          <h2 id="resolve-h">{t('pitem.resolveTitle')}</h2>
          <ResolveReturnForm item={item} onDone={done(t('pitem.resolveDone'))} />
        </section>
      ) : null}
    </Page>
  );
}
