import { AddParticipant, HandOverFormB, TransferToChair } from '@ostoja/domain/blue-card/procedure';
import { EndMonitoring } from '@ostoja/domain/blue-card/steps';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { TextAreaField, withRole } from './common.tsx';
import { newParticipant, ParticipantEditor, participantPayload } from './participant-editor.tsx';
import { personOptions, StepForm, type StepProps, useStep } from './step-form.tsx';

const url = (p: StepProps['procedure'], step: string) => `/api/v1/blue-cards/${p.id}/${step}`;

/** A date input named by its path in the step's body ("on", "filledOn"…). */
export function DateInput({
  path,
  label,
  value,
  onValue,
  errors,
  hint,
}: {
  path: string;
  label: string;
  value: string;
  onValue(v: string): void;
  errors: Record<string, string>;
  hint?: string;
}) {
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      hint={hint}
      type="date"
      value={value}
      onValue={onValue}
      error={errors[path]}
      required
      className="w-pesel"
    />
  );
}

export function TransferStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const [on, setOn] = useState(todayIso());
  const { state, send } = useStep(TransferToChair, url(p, 'transfer'), onDone);
  return (
    <StepForm
      title={t('blueCard.action.transferToChair')}
      submitLabel={t('blueCards.submit.transferToChair')}
      state={state}
      onSubmit={() => send({ on })}
      onCancel={onCancel}
    >
      <p>{t('blueCards.step.transferLead')}</p>
      <DateInput
        path="on"
        label={t('blueCards.step.transferredOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
    </StepForm>
  );
}

export function FormBStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const victims = withRole(p.participants, 'victim');
  const [personId, setPersonId] = useState(victims.length === 1 ? victims[0]!.personId : '');
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const { state, send } = useStep(HandOverFormB, url(p, 'form-b'), onDone);
  return (
    <StepForm
      title={t('blueCard.action.handOverFormB')}
      submitLabel={t('blueCards.submit.handOverFormB')}
      state={state}
      onSubmit={() => send({ personId, on, note: orNull(note) })}
      onCancel={onCancel}
    >
      <SelectField
        id={fieldId('personId')}
        label={t('blueCards.step.victim')}
        value={personId}
        onValue={setPersonId}
        options={personOptions(victims, t)}
        error={state.errors.personId}
        required
      />
      <DateInput
        path="on"
        label={t('blueCards.step.handedOverOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
      <TextAreaField
        id={fieldId('note')}
        label={t('blueCards.step.note')}
        value={note}
        onValue={setNote}
        error={state.errors.note}
      />
    </StepForm>
  );
}

export function AddParticipantStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const [person, setPerson] = useState(() => newParticipant('witness'));
  const [on, setOn] = useState(todayIso());
  const { state, send } = useStep(AddParticipant, url(p, 'participants'), onDone);
  return (
    <StepForm
      title={t('blueCard.action.addParticipant')}
      submitLabel={t('blueCards.submit.addParticipant')}
      state={state}
      onSubmit={() => send({ participant: participantPayload(person), on })}
      onCancel={onCancel}
    >
      <ParticipantEditor
        path="participant."
        legend={t('blueCards.step.newPerson')}
        value={person}
        onChange={setPerson}
        errors={state.errors}
      />
      <DateInput
        path="on"
        label={t('blueCards.step.addedOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
    </StepForm>
  );
}

export function EndMonitoringStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t, date } = useI18n();
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const { state, send } = useStep(EndMonitoring, url(p, 'monitoring-end'), onDone);
  return (
    <StepForm
      title={t('blueCard.action.endMonitoring')}
      submitLabel={t('blueCards.submit.endMonitoring')}
      state={state}
      onSubmit={() => send({ on, note: orNull(note) })}
      onCancel={onCancel}
    >
      <DateInput
        path="on"
        label={t('blueCards.step.endedOn')}
        hint={
          p.deadlines.monitoringUntil
            ? t('blueCards.step.monitoringUntil', { date: date(p.deadlines.monitoringUntil) })
            : undefined
        }
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
      <TextAreaField
        id={fieldId('note')}
        label={t('blueCards.step.note')}
        value={note}
        onValue={setNote}
        error={state.errors.note}
      />
    </StepForm>
  );
}
