import type { Meeting } from '@ostoja/domain/blue-card/responses';
import {
  MEETING_KINDS,
  type MeetingKind,
  RecordMeeting,
  ScheduleMeeting,
} from '@ostoja/domain/blue-card/steps';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxGroup, TextAreaField, TextField } from '../../components/fields.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { byRole, personName, personNames } from './common.tsx';
import {
  ActionStepForm,
  DateInput,
  StepForm,
  type StepProps,
  useProcedureStep,
  useStep,
} from './step-form.tsx';

/** Every current group member is invited by the server; the persons to invite are chosen here. */
export function ScheduleMeetingStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'meetings', ScheduleMeeting, {
    defaultValues: {
      date: todayIso(),
      time: '10:00',
      place: '',
      kind: 'group' as MeetingKind,
      invitedPersonIds: [] as string[],
    },
  });
  const members = p.diagnosticGroup.filter((m) => !m.removedOn);
  return (
    <ActionStepForm action="scheduleMeeting" form={f} onCancel={onCancel}>
      <div className="field-row">
        <DateInput label={t('blueCards.meetings.date')} {...f.bind('date')} />
        <TextField
          label={t('blueCards.meetings.time')}
          type="time"
          required
          className="w-short"
          {...f.bind('time')}
        />
        <ListSelect
          label={t('blueCards.meetings.kind')}
          values={MEETING_KINDS}
          prefix="blueCard.meeting"
          required
          {...f.bind('kind')}
        />
      </div>
      <TextField label={t('blueCards.meetings.place')} required {...f.bind('place')} />
      <p className="hint">
        {t('blueCards.meetings.membersInvited', { names: members.map((m) => m.fullName).join(', ') || '—' })}
      </p>
      <CheckboxGroup
        className="group checkbox-group"
        legend={t('blueCards.meetings.invitePersons')}
        options={byRole(p.participants).map((x) => ({
          value: x.personId,
          label: `${personName(x)} (${x.roles.map((r) => t(`blueCard.role.${r}`)).join(', ')})`,
        }))}
        {...f.bind('invitedPersonIds')}
      />
    </ActionStepForm>
  );
}

/** Attendance (only the invited can have been there) and the minutes. */
export function RecordMeetingStep({
  procedure: p,
  meeting,
  onDone,
  onCancel,
}: StepProps & { meeting: Meeting }) {
  const { date, t, tk } = useI18n();
  const f = useStep({
    schema: RecordMeeting,
    defaultValues: {
      heldOn: meeting.scheduledOn,
      presentMemberIds: meeting.invitedMemberIds,
      presentPersonIds: [] as string[],
      minutes: '',
    },
    save: (body) => blueCardApi.recordMeeting(p.id, meeting.id, body),
    onDone,
  });
  const memberName = new Map(p.diagnosticGroup.map((m) => [m.id, m.fullName]));
  const names = personNames(p);
  const present = (
    k: 'presentMemberIds' | 'presentPersonIds',
    legend: UiKey,
    ids: string[],
    names: Map<string, string>,
  ) => (
    <CheckboxGroup
      className="group checkbox-group"
      legend={t(legend)}
      options={ids.map((id) => ({ value: id, label: names.get(id) ?? '—' }))}
      {...f.bind(k)}
    />
  );
  return (
    <StepForm
      title={t('blueCards.meetings.recordTitle', {
        date: date(meeting.scheduledOn),
        kind: tk('blueCard.meeting', meeting.kind),
      })}
      submitLabel={t('blueCards.submit.recordMeeting')}
      form={f}
      onCancel={onCancel}
    >
      <DateInput label={t('blueCards.meetings.heldOn')} {...f.bind('heldOn')} />
      {present('presentMemberIds', 'blueCards.meetings.presentMembers', meeting.invitedMemberIds, memberName)}
      {meeting.invitedPersonIds.length
        ? present('presentPersonIds', 'blueCards.meetings.presentPersons', meeting.invitedPersonIds, names)
        : null}
      <TextAreaField label={t('blueCards.meetings.minutes')} required rows={8} {...f.bind('minutes')} />
    </StepForm>
  );
}
