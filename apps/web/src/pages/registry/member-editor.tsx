import { RELATIONS, type Relation } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';
import { emptyPerson, PersonFields, type PersonValues, personPayload } from './person-fields.tsx';
import { PersonPicker } from './person-picker.tsx';

export interface MemberValues {
  key: number;
  relation: Relation;
  mode: 'new' | 'existing';
  person: PersonValues;
  existing: PersonSummary | null;
}

let nextKey = 1;
export function newMember(relation: Relation): MemberValues {
  return { key: nextKey++, relation, mode: 'new', person: emptyPerson(), existing: null };
}

/** The member as the API takes it: a new person, or the id of a registered one. */
export function memberPayload(m: MemberValues) {
  return m.mode === 'new'
    ? { relation: m.relation, person: personPayload(m.person, false) }
    : { relation: m.relation, personId: m.existing?.id ?? '' };
}

/** One member of a household being registered or joined: relation, then who. `path` ends with a dot. */
export function MemberEditor({
  path,
  legend,
  member,
  onChange,
  errors,
  onRemove,
}: {
  path: string;
  legend: string;
  member: MemberValues;
  onChange(m: MemberValues): void;
  errors: Errors;
  onRemove?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const modeName = `${fieldId(path)}mode`;
  return (
    <fieldset className="member">
      <legend>{legend}</legend>
      <div className="field-row">
        <SelectField
          id={fieldId(`${path}relation`)}
          label={t('member.relation')}
          value={member.relation}
          onValue={(v) => onChange({ ...member, relation: v as Relation })}
          options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
          error={errors[`${path}relation`]}
          required
        />
        <fieldset className="radio-group">
          <legend>{t('member.who')}</legend>
          {(['new', 'existing'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={modeName}
                value={mode}
                checked={member.mode === mode}
                onChange={() => onChange({ ...member, mode })}
              />{' '}
              {t(`member.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {member.mode === 'new' ? (
        <PersonFields
          path={`${path}person.`}
          values={member.person}
          onChange={(person) => onChange({ ...member, person })}
          errors={errors}
        />
      ) : (
        <PersonPicker
          id={fieldId(`${path}personId`)}
          selected={member.existing}
          onSelect={(existing) => onChange({ ...member, existing })}
          error={errors[`${path}personId`] && !member.existing ? t('picker.required') : undefined}
        />
      )}
      {onRemove ? (
        <div className="form-actions end">
          <RemoveButton label={t('member.remove')} what={legend} onClick={onRemove} />
        </div>
      ) : null}
    </fieldset>
  );
}
