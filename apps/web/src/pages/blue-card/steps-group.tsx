import { ChangeDiagnosticGroup, FormDiagnosticGroup } from '@ostoja/domain/blue-card/procedure';
import type { InterdisciplinaryTeam as Team } from '@ostoja/domain/blue-card/team';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { CheckboxGroup } from './common.tsx';
import { MemberRows, type MemberValues, memberPayload, newMember } from './member-rows.tsx';
import { StepForm, type StepProps, useStep } from './step-form.tsx';
import { DateInput } from './steps-basic.tsx';

const TEAM = '/api/v1/interdisciplinary-team';

/** The chair forms the group: staff of the centre and outside professionals, a social worker and police at least. */
export function FormGroupStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const team = useApi<Team>(TEAM);
  const [on, setOn] = useState(todayIso());
  const [rows, setRows] = useState<MemberValues[]>(() => [
    newMember('staff', 'socialWorker'),
    newMember('outside', 'police'),
  ]);
  const { state, send } = useStep(FormDiagnosticGroup, `/api/v1/blue-cards/${p.id}/diagnostic-group`, onDone);
  return (
    <StepForm
      title={t('blueCard.action.formDiagnosticGroup')}
      submitLabel={t('blueCards.submit.formDiagnosticGroup')}
      state={state}
      onSubmit={() => send({ on, members: rows.map(memberPayload) })}
      onCancel={onCancel}
    >
      <DateInput
        path="on"
        label={t('blueCards.step.formedOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
      <MemberRows
        prefix="members"
        legend={t('blueCards.group.members')}
        hint={t('blueCards.group.makeUpHint')}
        rows={rows}
        onRows={setRows}
        minRows={2}
        team={team.data}
        errors={state.errors}
      />
    </StepForm>
  );
}

/** The chair adds members or ends someone's membership; the make-up rule still holds after it. */
export function ChangeGroupStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const team = useApi<Team>(TEAM);
  const current = p.diagnosticGroup.filter((m) => !m.removedOn);
  const [on, setOn] = useState(todayIso());
  const [remove, setRemove] = useState<string[]>([]);
  const [rows, setRows] = useState<MemberValues[]>([]);
  const { state, send } = useStep(
    ChangeDiagnosticGroup,
    `/api/v1/blue-cards/${p.id}/diagnostic-group-change`,
    onDone,
  );
  return (
    <StepForm
      title={t('blueCard.action.changeDiagnosticGroup')}
      submitLabel={t('blueCards.submit.changeDiagnosticGroup')}
      state={state}
      onSubmit={() => send({ on, add: rows.map(memberPayload), remove })}
      onCancel={onCancel}
    >
      <DateInput
        path="on"
        label={t('blueCards.step.changedOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
      <CheckboxGroup
        id={fieldId('remove')}
        legend={t('blueCards.group.removeMembers')}
        options={current.map((m) => ({
          value: m.id,
          label: `${m.fullName} (${t(`blueCard.memberKind.${m.kind}`)}, ${m.institution})`,
        }))}
        values={remove}
        onValues={setRemove}
        error={state.errors.remove}
      />
      <MemberRows
        prefix="add"
        legend={t('blueCards.group.addMembers')}
        rows={rows}
        onRows={setRows}
        minRows={0}
        team={team.data}
        errors={state.errors}
      />
    </StepForm>
  );
}
