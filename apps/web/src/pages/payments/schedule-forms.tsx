import { ChangePayee, PAYMENT_METHODS, Resume, Suspend } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type { Schedule } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { TextAreaField } from './shared.tsx';

type Values = Record<string, string>;

/** Several forms share a page, so their field ids carry a prefix; the error summary links to them. */
const prefixed = (prefix: string, errors: Values) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));

/**
 * One schedule change (suspend, resume, change of payee): its own fields with their errors,
 * checked with the domain's schema, sent, and the new schedule handed back to the page.
 */
function useChange<S extends z.ZodType>(
  decisionId: string,
  schema: S,
  send: (path: string, body: z.output<S>) => Promise<Schedule>,
  onDone: (s: Schedule) => void,
) {
  const { locale } = useI18n();
  const submit = useSubmit();
  return {
    ...submit,
    async save(body: unknown) {
      const v = validate(schema, body, locale);
      if (!v.ok) return submit.invalid(v.errors);
      await submit.run(async () => onDone(await send(`/api/v1/payment-schedules/${decisionId}`, v.data)));
    },
  };
}

const monthField = (
  t: (k: string) => string,
  v: Values,
  set: (k: string) => (x: string) => void,
  errors: Values,
  prefix: string,
) => (
  <TextField
    id={fieldId(`${prefix}fromMonth`)}
    label={t('schedule.fromMonth')}
    hint={t('pay.monthHint')}
    type="month"
    value={v.fromMonth ?? ''}
    onValue={set('fromMonth')}
    error={errors.fromMonth}
    required
  />
);

interface FormProps {
  decisionId: string;
  /** The month the form starts from: the first one the change can still affect. */
  fromMonth: string;
  onDone(s: Schedule): void;
}

export function SuspendForm({ decisionId, fromMonth, onDone }: FormProps) {
  const { t } = useI18n();
  const [v, setV] = useState<Values>({ fromMonth, decidedOn: todayIso(), reason: '' });
  const set = (k: string) => (x: string) => setV({ ...v, [k]: x });
  const c = useChange(decisionId, Suspend, (p, b) => api.post<Schedule>(`${p}/suspensions`, b), onDone);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await c.save(v);
  }
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="suspend-h">
      <ErrorSummary
        errors={prefixed('suspend-', c.state.errors)}
        message={c.state.message}
        version={c.state.attempt}
      />
      <div className="field-row">
        {monthField(t, v, set, c.state.errors, 'suspend-')}
        <TextField
          id={fieldId('suspend-decidedOn')}
          label={t('schedule.suspendDecidedOn')}
          type="date"
          value={v.decidedOn ?? ''}
          onValue={set('decidedOn')}
          error={c.state.errors.decidedOn}
          required
        />
      </div>
      <TextAreaField
        id={fieldId('suspend-reason')}
        label={t('schedule.reason')}
        value={v.reason ?? ''}
        onValue={set('reason')}
        error={c.state.errors.reason}
        rows={2}
        required
      />
      <button type="submit" className="button danger" disabled={c.state.busy}>
        {t('schedule.suspend')}
      </button>
    </form>
  );
}

export function ResumeForm({ decisionId, fromMonth, onDone }: FormProps) {
  const { t } = useI18n();
  const [v, setV] = useState<Values>({ fromMonth, decidedOn: todayIso() });
  const set = (k: string) => (x: string) => setV({ ...v, [k]: x });
  const c = useChange(decisionId, Resume, (p, b) => api.post<Schedule>(`${p}/resumptions`, b), onDone);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await c.save(v);
  }
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="resume-h">
      <ErrorSummary
        errors={prefixed('resume-', c.state.errors)}
        message={c.state.message}
        version={c.state.attempt}
      />
      <div className="field-row">
        {monthField(t, v, set, c.state.errors, 'resume-')}
        <TextField
          id={fieldId('resume-decidedOn')}
          label={t('schedule.resumeDecidedOn')}
          type="date"
          value={v.decidedOn ?? ''}
          onValue={set('decidedOn')}
          error={c.state.errors.decidedOn}
          required
        />
      </div>
      <button type="submit" className="button primary" disabled={c.state.busy}>
        {t('schedule.resume')}
      </button>
    </form>
  );
}

export function PayeeForm({
  decisionId,
  fromMonth,
  current,
  onDone,
}: FormProps & { current: { method: string; iban: string | null; recipientName: string | null } }) {
  const { t } = useI18n();
  const [v, setV] = useState<Values>({
    fromMonth,
    method: current.method,
    iban: current.iban ?? '',
    recipientName: current.recipientName ?? '',
  });
  const set = (k: string) => (x: string) => setV({ ...v, [k]: x });
  const c = useChange(decisionId, ChangePayee, (p, b) => api.put<Schedule>(`${p}/payee`, b), onDone);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await c.save({
      fromMonth: v.fromMonth,
      method: v.method,
      iban: v.method === 'transfer' ? orNull(v.iban ?? '') : null,
      recipientName: orNull(v.recipientName ?? ''),
    });
  }
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="payee-h">
      <ErrorSummary
        errors={prefixed('payee-', c.state.errors)}
        message={c.state.message}
        version={c.state.attempt}
      />
      <div className="field-row">
        {monthField(t, v, set, c.state.errors, 'payee-')}
        <SelectField
          id={fieldId('payee-method')}
          label={t('plist.method')}
          value={v.method ?? ''}
          onValue={set('method')}
          error={c.state.errors.method}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
          required
        />
      </div>
      <div className="field-row">
        {v.method === 'transfer' ? (
          <TextField
            id={fieldId('payee-iban')}
            label={t('pay.iban')}
            hint={t('pay.ibanHint')}
            value={v.iban ?? ''}
            onValue={set('iban')}
            error={c.state.errors.iban}
            autoComplete="off"
            spellCheck={false}
            required
          />
        ) : null}
        <TextField
          id={fieldId('payee-recipientName')}
          label={t('pay.otherRecipient')}
          hint={t('pay.otherRecipientHint')}
          value={v.recipientName ?? ''}
          onValue={set('recipientName')}
          error={c.state.errors.recipientName}
        />
      </div>
      <button type="submit" className="button primary" disabled={c.state.busy}>
        {t('schedule.changePayee')}
      </button>
    </form>
  );
}
