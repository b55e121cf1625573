import { ApproveDecision, RejectDecision } from '@ostoja/domain/applications/decision';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../components/fields.tsx';
import { DateField, type StepFormProps, StepFrame } from './step-frame.tsx';
import { TextAreaField } from './text-area.tsx';
import { useStep } from './use-step.ts';

/** What the approver signs: the drafted decision and who drafted it. */
function DraftSummary({ app }: StepFormProps) {
  const { t, money, date } = useI18n();
  const d = app.decisionDraft;
  if (!d) return null;
  return (
    <dl className="details">
      <dt>{t('approval.draftedBy')}</dt>
      <dd>{d.draftedByName ?? '—'}</dd>
      <dt>{t('decision.outcome')}</dt>
      <dd>
        {d.amendment
          ? t(`approval.amendment.${d.amendment}`, { number: d.amendsNumber ?? '', month: d.fromMonth ?? '' })
          : t(`decisionForm.outcome.${d.outcome}`)}
      </dd>
      {d.outcome === 'grant' || d.amendment === 'change' ? (
        <>
          <dt>{t('approval.amount')}</dt>
          <dd>{money(d.amount ?? 0)}</dd>
        </>
      ) : null}
      <dt>{t('decision.decidedOn')}</dt>
      <dd>{date(d.decidedOn)}</dd>
    </dl>
  );
}

/** Four-eyes approval: another authorised person signs the drafted decision (or may change its date). */
export function ApproveForm(props: StepFormProps) {
  const { app, onDone, onCancel } = props;
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [decidedOn, setDecidedOn] = useState(app.decisionDraft?.decidedOn ?? '');
  return (
    <StepFrame
      title={t('action.approveDecision')}
      submitLabel={t('approval.submit')}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.send('decision-approval', ApproveDecision, { decidedOn })}
    >
      <p className="hint">{t('approval.hint')}</p>
      <DraftSummary {...props} />
      <DateField
        path="decidedOn"
        label={t('decision.decidedOn')}
        value={decidedOn}
        onValue={setDecidedOn}
        errors={step.state.errors}
      />
    </StepFrame>
  );
}

/** The approver sends the draft back to the clerk with the reason. */
export function RejectForm(props: StepFormProps) {
  const { app, onDone, onCancel } = props;
  const { t } = useI18n();
  const step = useStep(app.id, onDone);
  const [reason, setReason] = useState('');
  return (
    <StepFrame
      title={t('action.rejectDecision')}
      submitLabel={t('approval.reject')}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.send('decision-rejection', RejectDecision, { reason: reason.trim() })}
    >
      <DraftSummary {...props} />
      <TextAreaField
        id={fieldId('reason')}
        label={t('approval.rejectReason')}
        required
        value={reason}
        onValue={setReason}
        error={step.state.errors.reason}
      />
    </StepFrame>
  );
}
