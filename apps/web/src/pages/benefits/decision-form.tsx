import { IssueDecision, PAYMENT_METHODS } from '@ostoja/domain/applications/decision';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { type StepFormProps, StepFrame } from './step-frame.tsx';
import { TextAreaField } from './text-area.tsx';
import { useStep } from './use-step.ts';

/** ISO 13616 check (mod 97), so a mistyped account number is caught before the decision is printed. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Issue the decision from the latest proposal: grant (payment method, account) or refuse (reasons). */
export function DecisionForm({ app, onDone, onCancel }: StepFormProps) {
  const { t, money } = useI18n();
  const step = useStep(app.id, onDone);
  const proposal = app.proposals[0];
  const [outcome, setOutcome] = useState<'grant' | 'refuse'>(
    proposal && !proposal.calculation.eligible ? 'refuse' : 'grant',
  );
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [paymentMethod, setPaymentMethod] = useState<string>('transfer');
  const [iban, setIban] = useState('');
  const [refusalReason, setRefusalReason] = useState('');
  const e = step.state.errors;
  const grant = outcome === 'grant';

  function submit() {
    // Accounts are typed in groups of four and sometimes with the country code: keep the letters and digits.
    const account = iban.replace(/[\s-]/g, '').toUpperCase();
    const normalised = /^\d{26}$/.test(account) ? `PL${account}` : account;
    const extra: Record<string, string> = {};
    if (grant && paymentMethod === 'transfer')
      if (!normalised) extra.iban = t('validation.required');
      else if (!ibanValid(normalised)) extra.iban = t('decisionForm.ibanInvalid');
    step.send(
      'decisions',
      IssueDecision,
      {
        outcome,
        decidedOn,
        paymentMethod,
        iban: grant && paymentMethod === 'transfer' ? orNull(normalised) : null,
        refusalReason: grant ? null : orNull(refusalReason),
      },
      extra,
    );
  }

  return (
    <StepFrame
      title={t('action.issueDecision')}
      submitLabel={t('decisionForm.submit')}
      step={step}
      onCancel={onCancel}
      onSubmit={submit}
    >
      {proposal ? (
        <p>
          {t('decisionForm.fromProposal', {
            benefit: t(`benefit.${proposal.benefit}`),
            amount: money(proposal.amount),
          })}
        </p>
      ) : null}
      <fieldset className="radio-group" id={fieldId('outcome')} tabIndex={-1}>
        <legend>{t('decision.outcome')}</legend>
        {(['grant', 'refuse'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            {t(`decisionForm.outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <TextField
          id={fieldId('decidedOn')}
          label={t('decision.decidedOn')}
          type="date"
          required
          className="w-short"
          value={decidedOn}
          onValue={setDecidedOn}
          error={e.decidedOn}
        />
        {grant ? (
          <SelectField
            id={fieldId('paymentMethod')}
            label={t('decision.paymentMethod')}
            required
            value={paymentMethod}
            onValue={setPaymentMethod}
            error={e.paymentMethod}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`decision.paymentMethod.${m}`) }))}
          />
        ) : null}
      </div>
      {grant && paymentMethod === 'transfer' ? (
        <TextField
          id={fieldId('iban')}
          label={t('decisionForm.iban')}
          hint={t('decisionForm.ibanHint')}
          required
          className="wide"
          autoComplete="off"
          spellCheck={false}
          value={iban}
          onValue={setIban}
          error={e.iban}
        />
      ) : null}
      {!grant ? (
        <TextAreaField
          id={fieldId('refusalReason')}
          label={t('decisionForm.refusalReason')}
          hint={t('decisionForm.refusalHint')}
          required
          rows={5}
          value={refusalReason}
          onValue={setRefusalReason}
          error={e.refusalReason}
        />
      ) : null}
    </StepFrame>
  );
}
