import {
  ForwardAppeal,
  RecordAppealOutcome,
  RecordDelivery,
  RegisterAppeal,
  RejectDecision,
  ReturnProposal,
  WithdrawApplication,
} from '@ostoja/domain/applications/decision';
import { APPEAL_OUTCOMES } from '@ostoja/domain/applications/workflow';
import type { ReactNode } from 'react';
import type { StepBodies } from '../../api/benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { StepFrame } from './step-frame.tsx';
import { type StepFormProps, useStep } from './use-step.ts';

// The steps that record one day, today unless changed, and what their forms say.
const DAY_STEPS = {
  delivery: {
    step: 'delivery',
    field: 'deliveredOn',
    title: 'action.recordDelivery',
    submit: 'steps.saveDelivery',
    label: 'decision.deliveredOn',
    hint: 'steps.deliveryHint',
  },
  forward: {
    step: 'appeal-forwarding',
    field: 'forwardedOn',
    title: 'action.forwardAppeal',
    submit: 'steps.saveForward',
    label: 'appeal.forwardedOn',
    hint: null,
  },
} as const;

/** The decision delivered, or the appeal forwarded to the SKO, on a day. */
function DayStep({ kind, ...p }: StepFormProps & { kind: keyof typeof DAY_STEPS }) {
  const { t } = useI18n();
  const d = DAY_STEPS[kind];
  const f = useStep(p, {
    step: d.step,
    schema: kind === 'delivery' ? RecordDelivery : ForwardAppeal,
    defaultValues: { [d.field]: todayIso() } as Record<string, string>,
    toBody: (v) => v as StepBodies[typeof d.step],
  });
  return (
    <StepFrame title={t(d.title)} submitLabel={t(d.submit)} of={p} form={f}>
      {d.hint ? <p className="hint">{t(d.hint)}</p> : null}
      <DateField label={t(d.label)} {...f.bind(d.field)} />
    </StepFrame>
  );
}

export const DeliveryForm = (p: StepFormProps) => <DayStep {...p} kind="delivery" />;
export const ForwardForm = (p: StepFormProps) => <DayStep {...p} kind="forward" />;

export function AppealForm(p: StepFormProps) {
  const { t } = useI18n();
  const f = useStep(p, {
    step: 'appeals',
    schema: RegisterAppeal,
    defaultValues: { receivedOn: todayIso(), by: '', summary: '' },
    toBody: (v) => ({ receivedOn: v.receivedOn, by: orNull(v.by), summary: orNull(v.summary) }),
  });
  return (
    <StepFrame title={t('action.registerAppeal')} submitLabel={t('steps.saveAppeal')} of={p} form={f}>
      <p className="hint">{t('steps.appealHint')}</p>
      <div className="field-row">
        <DateField label={t('appeal.receivedOn')} {...f.bind('receivedOn')} />
        <TextField label={t('appeal.by')} {...f.bind('by')} />
      </div>
      <TextAreaField label={t('appeal.summary')} {...f.bind('summary')} />
    </StepFrame>
  );
}

export function OutcomeForm(p: StepFormProps) {
  const { t } = useI18n();
  const f = useStep(p, {
    step: 'appeal-outcome',
    schema: RecordAppealOutcome,
    defaultValues: { outcome: '', decidedOn: todayIso(), note: '' },
    // An outcome not chosen yet goes as '' so the schema names the field.
    toBody: (v) => ({
      outcome: v.outcome as (typeof APPEAL_OUTCOMES)[number],
      decidedOn: v.decidedOn,
      note: orNull(v.note),
    }),
  });
  return (
    <StepFrame title={t('action.recordAppealOutcome')} submitLabel={t('steps.saveOutcome')} of={p} form={f}>
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

export function WithdrawForm(p: StepFormProps) {
  const { t } = useI18n();
  const f = useStep(p, {
    step: 'withdrawal',
    schema: WithdrawApplication,
    defaultValues: { on: todayIso(), reason: '' },
    toBody: (v) => ({ on: v.on, reason: orNull(v.reason) }),
  });
  return (
    <StepFrame title={t('action.withdraw')} submitLabel={t('steps.saveWithdraw')} of={p} form={f}>
      <DateField label={t('steps.withdrawnOn')} {...f.bind('on')} />
      <TextAreaField label={t('steps.withdrawReason')} {...f.bind('reason')} />
    </StepFrame>
  );
}

// The steps that need only a reason, required, and what their forms say.
const REASON_STEPS = {
  return: {
    step: 'proposal-return',
    title: 'action.returnProposal',
    submit: 'steps.saveReturn',
    label: 'steps.returnReason',
  },
  reject: {
    step: 'decision-rejection',
    title: 'action.rejectDecision',
    submit: 'approval.reject',
    label: 'approval.rejectReason',
  },
} as const;

/** The proposal returned to the social worker, or the drafted decision sent back to its author. */
export function ReasonStep({
  kind,
  children,
  ...p
}: StepFormProps & { kind: keyof typeof REASON_STEPS; children?: ReactNode }) {
  const { t } = useI18n();
  const r = REASON_STEPS[kind];
  const f = useStep(p, {
    step: r.step,
    schema: kind === 'return' ? ReturnProposal : RejectDecision,
    defaultValues: { reason: '' },
  });
  return (
    <StepFrame title={t(r.title)} submitLabel={t(r.submit)} of={p} form={f}>
      {children}
      <TextAreaField label={t(r.label)} required {...f.bind('reason')} />
    </StepFrame>
  );
}

export const ReturnForm = (p: StepFormProps) => <ReasonStep {...p} kind="return" />;
