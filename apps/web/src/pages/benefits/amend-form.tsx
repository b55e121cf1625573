import { ChangeDecision, RevokeDecision } from '@ostoja/domain/applications/decision';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { parseZloty, zlotyInput } from './money.ts';
import { DateField, type StepFormProps, StepFrame } from './step-frame.tsx';
import { TextAreaField } from './text-area.tsx';
import { useStep } from './use-step.ts';

/** A change of the monthly amount, or a revocation, of a granted benefit from a month on. */
export function AmendForm({ app, onDone, onCancel, kind }: StepFormProps & { kind: 'change' | 'revoke' }) {
  const { t, money } = useI18n();
  const step = useStep(app.id, onDone);
  const granted = app.decisions.filter((d) => d.outcome === 'grant' && d.periodFrom && d.periodTo);
  const [decisionId, setDecisionId] = useState(granted[0]?.id ?? '');
  const [fromMonth, setFromMonth] = useState(todayIso().slice(0, 7));
  const [amount, setAmount] = useState(zlotyInput(granted[0]?.amount));
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const e = step.state.errors;
  function submit() {
    const common = { decisionId, fromMonth, decidedOn, reason: reason.trim() };
    if (kind === 'revoke') return step.send('decision-revocations', RevokeDecision, common);
    const grosze = parseZloty(amount);
    const missing: Record<string, string> = grosze === null ? { amount: t('steps.amountInvalid') } : {};
    step.send('decision-changes', ChangeDecision, { ...common, amount: grosze ?? 0 }, missing);
  }
  return (
    <StepFrame
      title={t(kind === 'change' ? 'action.changeDecision' : 'action.revokeDecision')}
      submitLabel={t(kind === 'change' ? 'steps.saveChange' : 'steps.saveRevoke')}
      step={step}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <SelectField
        id={fieldId('decisionId')}
        label={t('steps.amendedDecision')}
        value={decisionId}
        onValue={setDecisionId}
        options={granted.map((d) => ({ value: d.id, label: `${d.number} — ${money(d.amount)}` }))}
        error={e.decisionId}
        required
      />
      <TextField
        id={fieldId('fromMonth')}
        label={t('steps.fromMonth')}
        hint={t('steps.fromMonthHint')}
        type="month"
        value={fromMonth}
        onValue={setFromMonth}
        error={e.fromMonth}
        required
      />
      {kind === 'change' ? (
        <TextField
          id={fieldId('amount')}
          label={t('steps.newAmount')}
          inputMode="decimal"
          value={amount}
          onValue={setAmount}
          error={e.amount}
          required
        />
      ) : null}
      <DateField
        path="decidedOn"
        label={t('decision.decidedOn')}
        value={decidedOn}
        onValue={setDecidedOn}
        errors={e}
      />
      <TextAreaField
        id={fieldId('reason')}
        label={t('steps.amendReason')}
        required
        value={reason}
        onValue={setReason}
        error={e.reason}
      />
    </StepFrame>
  );
}
