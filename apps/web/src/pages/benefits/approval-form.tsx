import { ApproveDecision } from '@ostoja/domain/applications/decision';
import { useI18n } from '../../app/i18n.tsx';
import { DateField } from '../../components/fields.tsx';
import { ReasonStep } from './step-forms.tsx';
import { StepFrame } from './step-frame.tsx';
import { type StepFormProps, useStep } from './use-step.ts';

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
          : t(`decisionForm.outcome.${d.outcome ?? 'grant'}`)}
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
  const { app } = props;
  const { t } = useI18n();
  const f = useStep(props, {
    step: 'decision-approval',
    schema: ApproveDecision,
    defaultValues: { decidedOn: app.decisionDraft?.decidedOn ?? '' },
  });
  return (
    <StepFrame title={t('action.approveDecision')} submitLabel={t('approval.submit')} of={props} form={f}>
      <p className="hint">{t('approval.hint')}</p>
      <DraftSummary {...props} />
      <DateField label={t('decision.decidedOn')} {...f.bind('decidedOn')} />
    </StepFrame>
  );
}

/** The approver sends the draft back to the clerk with the reason. */
export const RejectForm = (props: StepFormProps) => (
  <ReasonStep {...props} kind="reject">
    <DraftSummary {...props} />
  </ReasonStep>
);
