import type { Meeting } from '@ostoja/domain/blue-card/responses';
import { MEETING_KINDS, RecordMeeting, ScheduleMeeting } from '@ostoja/domain/blue-card/steps';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { byRole, CheckboxGroup, personName, TextAreaField } from './common.tsx';
import { StepForm, type StepProps, useStep } from './step-form.tsx';
import { DateInput } from './steps-basic.tsx';

/** Every current group member is invited by the server; the persons to invite are chosen here. */
export function ScheduleMeetingStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const [v, setV] = useState({ date: todayIso(), time: '10:00', place: '', kind: 'group' });
  const [invited, setInvited] = useState<string[]>([]);
  const { state, send } = useStep(ScheduleMeeting, `/api/v1/blue-cards/${p.id}/meetings`, onDone);
  const members = p.diagnosticGroup.filter((m) => !m.removedOn);
  return (
    <StepForm
      title={t('blueCard.action.scheduleMeeting')}
      submitLabel={t('blueCards.submit.scheduleMeeting')}
      state={state}
      onSubmit={() => send({ ...v, invitedPersonIds: invited })}
      onCancel={onCancel}
    >
      <div className="field-row">
        <DateInput
          path="date"
          label={t('blueCards.meetings.date')}
          value={v.date}
          onValue={(date) => setV({ ...v, date })}
          errors={state.errors}
        />
        <TextField
          id={fieldId('time')}
          label={t('blueCards.meetings.time')}
          type="time"
          value={v.time}
          onValue={(time) => setV({ ...v, time })}
          error={state.errors.time}
          required
          className="w-short"
        />
        <SelectField
          id={fieldId('kind')}
          label={t('blueCards.meetings.kind')}
          value={v.kind}
          onValue={(kind) => setV({ ...v, kind })}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`blueCard.meeting.${k}`) }))}
          error={state.errors.kind}
          required
        />
      </div>
      <TextField
        id={fieldId('place')}
        label={t('blueCards.meetings.place')}
        value={v.place}
        onValue={(place) => setV({ ...v, place })}
        error={state.errors.place}
        required
      />
      <p className="hint">
        {t('blueCards.meetings.membersInvited', { names: members.map((m) => m.fullName).join(', ') || '—' })}
      </p>
      <CheckboxGroup
        id={fieldId('invitedPersonIds')}
        legend={t('blueCards.meetings.invitePersons')}
        options={byRole(p.participants).map((x) => ({
          value: x.personId,
          label: `${personName(x)} (${x.roles.map((r) => t(`blueCard.role.${r}`)).join(', ')})`,
        }))}
        values={invited}
        onValues={setInvited}
        error={state.errors.invitedPersonIds}
      />
    </StepForm>
  );
}

/** Attendance (only the invited can have been there) and the minutes. */
export function RecordMeetingStep({
  procedure: p,
  meeting,
  onDone,
  onCancel,
}: StepProps & { meeting: Meeting }) {
  const { t, date } = useI18n();
  const [heldOn, setHeldOn] = useState(meeting.scheduledOn);
  const [members, setMembers] = useState<string[]>(meeting.invitedMemberIds);
  const [persons, setPersons] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const { state, send } = useStep(
    RecordMeeting,
    `/api/v1/blue-cards/${p.id}/meetings/${meeting.id}/record`,
    onDone,
  );
  const memberName = new Map(p.diagnosticGroup.map((m) => [m.id, m.fullName]));
  const personNames = new Map(p.participants.map((x) => [x.personId, personName(x)]));
  return (
    <StepForm
      title={t('blueCards.meetings.recordTitle', {
        date: date(meeting.scheduledOn),
        kind: t(`blueCard.meeting.${meeting.kind}`),
      })}
      submitLabel={t('blueCards.submit.recordMeeting')}
      state={state}
      onSubmit={() => send({ heldOn, presentMemberIds: members, presentPersonIds: persons, minutes })}
      onCancel={onCancel}
    >
      <DateInput
        path="heldOn"
        label={t('blueCards.meetings.heldOn')}
        value={heldOn}
        onValue={setHeldOn}
        errors={state.errors}
      />
      <CheckboxGroup
        id={fieldId('presentMemberIds')}
        legend={t('blueCards.meetings.presentMembers')}
        options={meeting.invitedMemberIds.map((id) => ({ value: id, label: memberName.get(id) ?? '—' }))}
        values={members}
        onValues={setMembers}
        error={state.errors.presentMemberIds}
      />
      {meeting.invitedPersonIds.length ? (
        <CheckboxGroup
          id={fieldId('presentPersonIds')}
          legend={t('blueCards.meetings.presentPersons')}
          options={meeting.invitedPersonIds.map((id) => ({ value: id, label: personNames.get(id) ?? '—' }))}
          values={persons}
          onValues={setPersons}
          error={state.errors.presentPersonIds}
        />
      ) : null}
      <TextAreaField
        id={fieldId('minutes')}
        label={t('blueCards.meetings.minutes')}
        value={minutes}
        onValue={setMinutes}
        error={state.errors.minutes}
        required
        rows={8}
      />
    </StepForm>
  );
}
