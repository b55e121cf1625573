import {
  ForwardAppeal,
  RecordAppealOutcome,
  RecordDelivery,
  RegisterAppeal,
} from '@ostoja/domain/applications/decision';
import { APPEAL_OUTCOMES } from '@ostoja/domain/applications/workflow';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { DateField, type StepFormProps, StepFrame } from './step-frame.tsx';
import { TextAreaField } from './text-area.tsx';
import { useStep } from './use-step.ts';

export function DeliveryForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [deliveredOn, setDeliveredOn] = useState(todayIso());
  return (
    <StepFrame
      title={t('action.recordDelivery')}
      submitLabel={t('steps.saveDelivery')}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.send('delivery', RecordDelivery, { deliveredOn })}
    >
      <p className="hint">{t('steps.deliveryHint')}</p>
      <DateField
        path="deliveredOn"
        label={t('decision.deliveredOn')}
        value={deliveredOn}
        onValue={setDeliveredOn}
        errors={step.state.errors}
      />
    </StepFrame>
  );
}

export function AppealForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [by, setBy] = useState('');
  const [summary, setSummary] = useState('');
  const e = step.state.errors;
  return (
    <StepFrame
      title={t('action.registerAppeal')}
      submitLabel={t('steps.saveAppeal')}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.send('appeals', RegisterAppeal, { receivedOn, by: orNull(by), summary: orNull(summary) })
      }
    >
      <p className="hint">{t('steps.appealHint')}</p>
      <div className="field-row">
        <DateField
          path="receivedOn"
          label={t('appeal.receivedOn')}
          value={receivedOn}
          onValue={setReceivedOn}
          errors={e}
        />
        <TextField id={fieldId('by')} label={t('appeal.by')} value={by} onValue={setBy} error={e.by} />
      </div>
      <TextAreaField
        id={fieldId('summary')}
        label={t('appeal.summary')}
        value={summary}
        onValue={setSummary}
        error={e.summary}
      />
    </StepFrame>
  );
}

export function ForwardForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [forwardedOn, setForwardedOn] = useState(todayIso());
  return (
    <StepFrame
      title={t('action.forwardAppeal')}
      submitLabel={t('steps.saveForward')}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.send('appeal-forwarding', ForwardAppeal, { forwardedOn })}
    >
      <DateField
        path="forwardedOn"
        label={t('appeal.forwardedOn')}
        value={forwardedOn}
        onValue={setForwardedOn}
        errors={step.state.errors}
      />
    </StepFrame>
  );
}

export function OutcomeForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [outcome, setOutcome] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const e = step.state.errors;
  return (
    <StepFrame
      title={t('action.recordAppealOutcome')}
      submitLabel={t('steps.saveOutcome')}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.send('appeal-outcome', RecordAppealOutcome, { outcome, decidedOn, note: orNull(note) })
      }
    >
      <div className="field-row">
        <SelectField
          id={fieldId('outcome')}
          label={t('appeal.outcomeLabel')}
          required
          value={outcome}
          onValue={setOutcome}
          error={e.outcome}
          options={[
            { value: '', label: t('form.choose') },
            ...APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appeal.outcome.${o}`) })),
          ]}
        />
        <DateField
          path="decidedOn"
          label={t('appeal.outcomeOn')}
          value={decidedOn}
          onValue={setDecidedOn}
          errors={e}
        />
      </div>
      <TextAreaField
        id={fieldId('note')}
        label={t('appeal.note')}
        value={note}
        onValue={setNote}
        error={e.note}
      />
    </StepFrame>
  );
}

/** A step with a date and/or a reason only: withdrawal (date, optional reason), proposal return (reason). */
export function ReasonForm({ app, onDone, onCancel, kind }: StepFormProps & { kind: 'withdraw' | 'return' }) {
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [on, setOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const e = step.state.errors;
  const withdraw = kind === 'withdraw';
  function submit() {
    const missing: Record<string, string> = {};
    if (withdraw && !on) missing.on = t('validation.required');
    if (!withdraw && !reason.trim()) missing.reason = t('validation.required');
    if (withdraw) step.send('withdrawal', null, { on, reason: orNull(reason) }, missing);
    else step.send('proposal-return', null, { reason: reason.trim() }, missing);
  }
  return (
    <StepFrame
      title={t(withdraw ? 'action.withdraw' : 'action.returnProposal')}
      submitLabel={t(withdraw ? 'steps.saveWithdraw' : 'steps.saveReturn')}
      step={step}
      onCancel={onCancel}
      onSubmit={submit}
    >
      {withdraw ? (
        <DateField path="on" label={t('steps.withdrawnOn')} value={on} onValue={setOn} errors={e} />
      ) : null}
      <TextAreaField
        id={fieldId('reason')}
        label={t(withdraw ? 'steps.withdrawReason' : 'steps.returnReason')}
        required={!withdraw}
        value={reason}
        onValue={setReason}
        error={e.reason}
      />
    </StepFrame>
  );
}
