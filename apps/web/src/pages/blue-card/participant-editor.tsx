import { PARTICIPANT_ROLES, type ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';
import { emptyPerson, PersonFields, type PersonValues, personPayload } from '../registry/person-fields.tsx';
import { PersonPicker } from '../registry/person-picker.tsx';

export interface ParticipantValues {
  key: number;
  role: ParticipantRole;
  mode: 'new' | 'existing';
  person: PersonValues;
  existing: PersonSummary | null;
}

let nextKey = 1;
export function newParticipant(role: ParticipantRole): ParticipantValues {
  return { key: nextKey++, role, mode: 'new', person: emptyPerson(), existing: null };
}

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
  path,
  legend,
  value,
  onChange,
  errors,
  onRemove,
}: {
  path: string;
  legend: string;
  value: ParticipantValues;
  onChange(v: ParticipantValues): void;
  errors: Errors;
  onRemove?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  // Picking from the registry needs its search; without registry access a person is entered anew.
  const canPick = useAuth().can('registry.read');
  const mode = canPick ? value.mode : 'new';
  const modeName = `${fieldId(path)}mode`;
  const address = (k: (typeof ADDRESS)[number]) => ({
    id: fieldId(`${path}person.${k}`),
    label: t(`address.${k}`),
    value: value.person[k],
    onValue: (v: string) => onChange({ ...value, person: { ...value.person, [k]: v } }),
    error: errors[`${path}person.${k}`],
    className: k === 'street' || k === 'city' ? undefined : 'w-short',
  });
  return (
    <fieldset className="member">
      <legend>{legend}</legend>
      <div className="field-row">
        <SelectField
          id={fieldId(`${path}role`)}
          label={t('blueCards.person.role')}
          value={value.role}
          onValue={(role) => onChange({ ...value, role: role as ParticipantRole })}
          options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`blueCard.role.${r}`) }))}
          error={errors[`${path}role`]}
          required
        />
        {canPick ? (
          <fieldset className="radio-group">
            <legend>{t('member.who')}</legend>
            {(['new', 'existing'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={modeName}
                  value={m}
                  checked={mode === m}
                  onChange={() => onChange({ ...value, mode: m })}
                />{' '}
                {t(`member.mode.${m}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {mode === 'new' ? (
        <>
          <p className="hint">{t('blueCards.person.sealedHint')}</p>
          <PersonFields
            path={`${path}person.`}
            values={value.person}
            onChange={(person) => onChange({ ...value, person })}
            errors={errors}
          />
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
        </>
      ) : (
        <PersonPicker
          id={fieldId(`${path}personId`)}
          selected={value.existing}
          onSelect={(existing) => onChange({ ...value, existing })}
          error={
            !value.existing && errors[`${path}personId`] ? t('picker.required') : errors[`${path}personId`]
          }
        />
      )}
      {onRemove ? (
        <div className="form-actions end">
          <RemoveButton label={t('blueCards.person.remove')} what={legend} onClick={onRemove} />
        </div>
      ) : null}
    </fieldset>
  );
}
