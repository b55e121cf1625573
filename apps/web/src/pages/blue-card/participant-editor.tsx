import { PARTICIPANT_ROLES, type ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import {
  newEntry,
  PersonEntry,
  type PersonEntryProps,
  type PersonEntryValues,
} from '../registry/member-editor.tsx';
import { personPayload } from '../registry/person-fields.tsx';

export interface ParticipantValues extends PersonEntryValues {
  role: ParticipantRole;
}

export const newParticipant = (role: ParticipantRole): ParticipantValues => newEntry({ role });

/**
 * The participant as the API takes it: a registered person by id, or a new one. A new person is
 * sealed by the server — the registry shows them only to those who see this procedure.
 */
export function participantPayload(p: ParticipantValues) {
  return p.mode === 'new'
    ? { role: p.role, person: personPayload(p.person, true) }
    : { role: p.role, personId: p.existing?.id ?? '' };
}

const ADDRESS = ['street', 'building', 'apartment', 'postalCode', 'city'] as const;

/** One person of NK-A: the role, then a registered person or a new one with their address. */
export function ParticipantEditor({
  value,
  ...row
}: Omit<PersonEntryProps<'role', ParticipantValues>, 'value' | 'kind' | 'removeLabel' | 'canPick'> & {
  value: ParticipantValues;
}) {
  const { t } = useI18n();
  const { path, errors, onChange } = row;
  // Picking from the registry needs its search; without registry access a person is entered anew.
  const canPick = useAuth().can('registry.read');
  const address = (k: (typeof ADDRESS)[number]) => ({
    id: fieldId(`${path}person.${k}`),
    label: t(`address.${k}`),
    value: value.person[k],
    onValue: (v: string) => onChange({ ...value, person: { ...value.person, [k]: v } }),
    error: errors[`${path}person.${k}`],
    className: k === 'street' || k === 'city' ? undefined : 'w-short',
  });
  return (
    <PersonEntry
      canPick={canPick}
      newHint={t('blueCards.person.sealedHint')}
      {...row}
      value={value}
      removeLabel={t('blueCards.person.remove')}
      kind={{
        key: 'role',
        label: t('blueCards.person.role'),
        values: PARTICIPANT_ROLES,
        prefix: 'blueCard.role',
      }}
    >
      <fieldset className="subgroup">
        <legend>{t('blueCards.person.address')}</legend>
        <div className="field-row">
          <TextField {...address('street')} />
          <TextField {...address('building')} />
          <TextField {...address('apartment')} />
        </div>
        <div className="field-row">
          <TextField {...address('postalCode')} />
          <TextField {...address('city')} />
        </div>
      </fieldset>
    </PersonEntry>
  );
}
