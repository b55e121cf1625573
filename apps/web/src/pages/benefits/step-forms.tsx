import {
  ForwardAppeal,
  RecordAppealOutcome,
  RecordDelivery,
  RegisterAppeal,
  ReturnProposal,
  WithdrawApplication,
} from '@ostoja/domain/applications/decision';
import { APPEAL_OUTCOMES } from '@ostoja/domain/applications/workflow';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { DateField, StepFrame } from './step-frame.tsx';
import { TextAreaField } from './text-area.tsx';
import { type StepFormProps, useStep } from './use-step.ts';

export function DeliveryForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'delivery',
    schema: RecordDelivery,
    defaultValues: { deliveredOn: todayIso() },
    toBody: (v) => v,
    onDone,
  });
  return (
    <StepFrame
      title={t('action.recordDelivery')}
      submitLabel={t('steps.saveDelivery')}
      form={f}
      onCancel={onCancel}
    >
      <p className="hint">{t('steps.deliveryHint')}</p>
      <DateField label={t('decision.deliveredOn')} {...f.bind('deliveredOn')} />
    </StepFrame>
  );
}

export function AppealForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'appeals',
    schema: RegisterAppeal,
    defaultValues: { receivedOn: todayIso(), by: '', summary: '' },
    toBody: (v) => ({ receivedOn: v.receivedOn, by: orNull(v.by), summary: orNull(v.summary) }),
    onDone,
  });
  return (
    <StepFrame
      title={t('action.registerAppeal')}
      submitLabel={t('steps.saveAppeal')}
      form={f}
      onCancel={onCancel}
    >
      <p className="hint">{t('steps.appealHint')}</p>
      <div className="field-row">
        <DateField label={t('appeal.receivedOn')} {...f.bind('receivedOn')} />
        <TextField label={t('appeal.by')} {...f.bind('by')} />
      </div>
      <TextAreaField label={t('appeal.summary')} {...f.bind('summary')} />
    </StepFrame>
  );
}

export function ForwardForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'appeal-forwarding',
    schema: ForwardAppeal,
    defaultValues: { forwardedOn: todayIso() },
    toBody: (v) => v,
    onDone,
  });
  return (
    <StepFrame
      title={t('action.forwardAppeal')}
      submitLabel={t('steps.saveForward')}
      form={f}
      onCancel={onCancel}
    >
      <DateField label={t('appeal.forwardedOn')} {...f.bind('forwardedOn')} />
    </StepFrame>
  );
}

export function OutcomeForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'appeal-outcome',
    schema: RecordAppealOutcome,
    defaultValues: { outcome: '', decidedOn: todayIso(), note: '' },
    // An outcome not chosen yet goes as '' so the schema names the field.
    toBody: (v) => ({
      outcome: v.outcome as (typeof APPEAL_OUTCOMES)[number],
      decidedOn: v.decidedOn,
      note: orNull(v.note),
    }),
    onDone,
  });
  return (
    <StepFrame
      title={t('action.recordAppealOutcome')}
      submitLabel={t('steps.saveOutcome')}
      form={f}
      onCancel={onCancel}
    >
      <div className="field-row">
        <SelectField
          label={t('appeal.outcomeLabel')}
          required
          options={[
            { value: '', label: t('form.choose') },
            ...APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appeal.outcome.${o}`) })),
          ]}
          {...f.bind('outcome')}
        />
        <DateField label={t('appeal.outcomeOn')} {...f.bind('decidedOn')} />
      </div>
      <TextAreaField label={t('appeal.note')} {...f.bind('note')} />
    </StepFrame>
  );
}

export function WithdrawForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'withdrawal',
    schema: WithdrawApplication,
    defaultValues: { on: todayIso(), reason: '' },
    toBody: (v) => ({ on: v.on, reason: orNull(v.reason) }),
    onDone,
  });
  return (
    <StepFrame
      title={t('action.withdraw')}
      submitLabel={t('steps.saveWithdraw')}
      form={f}
      onCancel={onCancel}
    >
      <DateField label={t('steps.withdrawnOn')} {...f.bind('on')} />
      <TextAreaField label={t('steps.withdrawReason')} {...f.bind('reason')} />
    </StepFrame>
  );
}

export function ReturnForm({ app, onDone, onCancel }: StepFormProps) {
  const { t } = useI18n();
  const f = useStep({
    app,
    step: 'proposal-return',
    schema: ReturnProposal,
    defaultValues: { reason: '' },
    toBody: (v) => v,
    onDone,
  });
  return (
    <StepFrame
      title={t('action.returnProposal')}
      submitLabel={t('steps.saveReturn')}
      form={f}
      onCancel={onCancel}
    >
      <TextAreaField label={t('steps.returnReason')} required {...f.bind('reason')} />
    </StepFrame>
  );
}
