import {
  ChangePayee,
  PAYMENT_METHODS,
  type PaymentMethod,
  Resume,
  Suspend,
} from '@ostoja/domain/payments/schemas';
import { paymentsApi, type Schedule } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { type Errors, orNull } from '../../lib/forms.ts';
import { Art11Field } from '../benefits/art11-field.tsx';
import { prefixed, setter } from './form-parts.ts';
import { PayeeFields } from './payee-fields.tsx';

// Three schedule changes share the schedule page (suspend or resume, and the payee), so each
// form's field ids carry its prefix ("suspend-fromMonth"); each sends its change and hands the
// new schedule back to the page.

interface FormProps {
  decisionId: string;
  /** The month the form starts from: the first one the change can still affect. */
  fromMonth: string;
  onDone(s: Schedule): void;
}

function FromMonthField({
  prefix,
  value,
  onValue,
  error,
}: {
  prefix: string;
  value: string;
  onValue(v: string): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <MonthField
      id={fieldId(`${prefix}fromMonth`)}
      label={t('schedule.fromMonth')}
      hint={t('pay.monthHint')}
      value={value}
      onValue={onValue}
      error={error}
      required
    />
  );
}

/** From which month, and the date of the decision that orders it (suspending or resuming). */
function MonthAndDecision({
  prefix,
  decidedOnLabel,
  f,
}: {
  prefix: string;
  decidedOnLabel: string;
  /** The form whose `fromMonth` and `decidedOn` the fields show and set. */
  f: {
    values: { fromMonth: string; decidedOn: string };
    errors: Errors;
    form: { setValue(name: 'fromMonth' | 'decidedOn', value: string): void };
  };
}) {
  const set = (name: 'fromMonth' | 'decidedOn') => (value: string) => f.form.setValue(name, value);
  return (
    <div className="field-row">
      <FromMonthField
        prefix={prefix}
        value={f.values.fromMonth}
        onValue={set('fromMonth')}
        error={f.errors.fromMonth}
      />
      <TextField
        id={fieldId(`${prefix}decidedOn`)}
        label={decidedOnLabel}
        type="date"
        value={f.values.decidedOn}
        onValue={set('decidedOn')}
        error={f.errors.decidedOn}
        required
      />
    </div>
  );
}

/** Suspension by decision; on art. 11 ust. 2 when the beneficiary's household broke a social contract. */
export function SuspendForm({ decisionId, personId, fromMonth, onDone }: FormProps & { personId: string }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: Suspend,
    defaultValues: { fromMonth, decidedOn: todayIso(), reason: '', art11ContractId: null as string | null },
    save: (body) => paymentsApi.suspend(decisionId, body),
    onSaved: onDone,
    idPrefix: 'suspend-',
  });
  return (
    <EditForm form={prefixed('suspend-', f)} submitLabel={t('schedule.suspend')} requiredNote={false}>
      <MonthAndDecision prefix="suspend-" decidedOnLabel={t('schedule.suspendDecidedOn')} f={f} />
      <Art11Field personId={personId} idPrefix="suspend-" f={f} reason="reason" />
      <TextAreaField {...f.bind('reason')} label={t('schedule.reason')} rows={2} required />
    </EditForm>
  );
}

export function ResumeForm({ decisionId, fromMonth, onDone }: FormProps) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: Resume,
    defaultValues: { fromMonth, decidedOn: todayIso() },
    save: (body) => paymentsApi.resume(decisionId, body),
    onSaved: onDone,
  });
  return (
    <EditForm form={prefixed('resume-', f)} submitLabel={t('schedule.resume')} requiredNote={false}>
      <MonthAndDecision prefix="resume-" decidedOnLabel={t('schedule.resumeDecidedOn')} f={f} />
    </EditForm>
  );
}

export function PayeeForm({
  decisionId,
  fromMonth,
  current,
  onDone,
}: FormProps & { current: { method: string; iban: string | null; recipientName: string | null } }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: ChangePayee,
    defaultValues: {
      fromMonth,
      method: current.method,
      iban: current.iban ?? '',
      recipientName: current.recipientName ?? '',
    },
    toBody: (v) => ({
      fromMonth: v.fromMonth,
      method: v.method as PaymentMethod,
      iban: v.method === 'transfer' ? orNull(v.iban) : null,
      recipientName: orNull(v.recipientName),
    }),
    save: (body) => paymentsApi.changePayee(decisionId, body),
    onSaved: onDone,
  });
  const v = f.values;
  const set = setter(f.form);
  return (
    <EditForm form={prefixed('payee-', f)} submitLabel={t('schedule.changePayee')} requiredNote={false}>
      <div className="field-row">
        <FromMonthField
          prefix="payee-"
          value={v.fromMonth}
          onValue={set('fromMonth')}
          error={f.errors.fromMonth}
        />
        <SelectField
          id={fieldId('payee-method')}
          label={t('plist.method')}
          value={v.method}
          onValue={set('method')}
          error={f.errors.method}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
          required
        />
      </div>
      <div className="field-row">
        <PayeeFields prefix="payee-" v={v} set={set} errors={f.errors} />
      </div>
    </EditForm>
  );
}
