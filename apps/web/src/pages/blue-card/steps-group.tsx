import { ChangeDiagnosticGroup, FormDiagnosticGroup } from '@ostoja/domain/blue-card/procedure';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxGroup } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { MemberRows, type MemberValues, memberPayload, newMember } from './member-rows.tsx';
import { ActionStepForm, DateInput, type StepProps, useProcedureStep } from './step-form.tsx';

/** The chair forms the group: staff of the centre and outside professionals, a social worker and police at least. */
export function FormGroupStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'diagnostic-group', FormDiagnosticGroup, {
    defaultValues: {
      on: todayIso(),
      rows: [newMember('staff', 'socialWorker'), newMember('outside', 'police')],
    },
    toBody: (v) => ({ on: v.on, members: v.rows.map(memberPayload) }),
  });
  return (
    <ActionStepForm action="formDiagnosticGroup" form={f} onCancel={onCancel}>
      <DateInput label={t('blueCards.step.formedOn')} {...f.bind('on')} />
      <MemberRows
        prefix="members"
        legend={t('blueCards.group.members')}
        hint={t('blueCards.group.makeUpHint')}
        minRows={2}
        form={f}
      />
    </ActionStepForm>
  );
}

/** The chair adds members or ends someone's membership; the make-up rule still holds after it. */
export function ChangeGroupStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t, tk } = useI18n();
  const current = p.diagnosticGroup.filter((m) => !m.removedOn);
  const f = useProcedureStep({ procedure: p, onDone }, 'diagnostic-group-change', ChangeDiagnosticGroup, {
    defaultValues: { on: todayIso(), remove: [] as string[], rows: [] as MemberValues[] },
    toBody: (v) => ({ on: v.on, add: v.rows.map(memberPayload), remove: v.remove }),
  });
  return (
    <ActionStepForm action="changeDiagnosticGroup" form={f} onCancel={onCancel}>
      <DateInput label={t('blueCards.step.changedOn')} {...f.bind('on')} />
      <CheckboxGroup
        className="group checkbox-group"
        legend={t('blueCards.group.removeMembers')}
        options={current.map((m) => ({
          value: m.id,
          label: `${m.fullName} (${tk('blueCard.memberKind', m.kind)}, ${m.institution})`,
        }))}
        {...f.bind('remove')}
      />
      <MemberRows prefix="add" legend={t('blueCards.group.addMembers')} minRows={0} form={f} />
    </ActionStepForm>
  );
}
