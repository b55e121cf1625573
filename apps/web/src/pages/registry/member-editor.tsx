import { RELATIONS, type Relation } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../components/fields.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { RadioLabels } from '../../components/kit/radio-labels.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { KeyPrefix } from '../../i18n/keys.ts';
import type { Errors } from '../../lib/forms.ts';
import { emptyPerson, PersonFields, type PersonValues, personPayload } from './person-fields.tsx';
import { PersonPicker } from './person-picker.tsx';

/** A person being put into a record: typed in anew, or a registered one picked. */
export interface PersonEntryValues {
  key: number;
  mode: 'new' | 'existing';
  person: PersonValues;
  existing: PersonSummary | null;
}

export interface MemberValues extends PersonEntryValues {
  relation: Relation;
}

let nextKey = 1;
/** A new entry of a person typed in, with the row's own fields (`relation`, `role`…). */
export function newEntry<X extends object>(own: X): X & PersonEntryValues {
  return { ...own, key: nextKey++, mode: 'new', person: emptyPerson(), existing: null };
}

export const newMember = (relation: Relation): MemberValues => newEntry({ relation });

/** The member as the API takes it: a new person, or the id of a registered one. */
export function memberPayload(m: MemberValues) {
  return m.mode === 'new'
    ? { relation: m.relation, person: personPayload(m.person, false) }
    : { relation: m.relation, personId: m.existing?.id ?? '' };
}

/**
 * One person of a record being made (a household's member, a blue card's participant): the row's
 * own choice at `kind` (relation, role), then who — a new person (with `newHint` above and
 * `children` below the fields) or a registered one; `canPick` false leaves only a new one.
 * `path` ends with a dot.
 */
export interface PersonEntryProps<K extends string, V extends PersonEntryValues & Record<K, string>> {
  path: string;
  legend: string;
  value: V;
  onChange(v: V): void;
  errors: Errors;
  onRemove?: (() => void) | undefined;
  removeLabel: string;
  /** The row's own choice: its key in the value, its label, the values shown as `${prefix}.${value}`. */
  kind: { key: K; label: string; values: readonly V[K][]; prefix: KeyPrefix };
  canPick?: boolean;
  newHint?: string;
  children?: ReactNode;
}

export function PersonEntry<K extends string, V extends PersonEntryValues & Record<K, string>>({
  path,
  legend,
  value,
  onChange,
  errors,
  onRemove,
  removeLabel,
  kind,
  canPick = true,
  newHint,
  children,
}: PersonEntryProps<K, V>) {
  const { t } = useI18n();
  const mode = canPick ? value.mode : 'new';
  const pickError = errors[`${path}personId`];
  return (
    <fieldset className="member">
      <legend>{legend}</legend>
      <div className="field-row">
        <ListSelect
          id={fieldId(`${path}${kind.key}`)}
          label={kind.label}
          values={kind.values}
          prefix={kind.prefix}
          value={value[kind.key]}
          onValue={(v) => onChange({ ...value, [kind.key]: v })}
          error={errors[`${path}${kind.key}`]}
          required
        />
        {canPick ? (
          <fieldset className="radio-group">
            <legend>{t('member.who')}</legend>
            <RadioLabels
              name={`${fieldId(path)}mode`}
              value={mode}
              onValue={(m) => onChange({ ...value, mode: m })}
              options={(['new', 'existing'] as const).map((m) => ({
                value: m,
                label: t(`member.mode.${m}`),
              }))}
            />
          </fieldset>
        ) : null}
      </div>
      {mode === 'new' ? (
        <>
          {newHint ? <p className="hint">{newHint}</p> : null}
          <PersonFields
            path={`${path}person.`}
            values={value.person}
            onChange={(person) => onChange({ ...value, person })}
            errors={errors}
          />
          {children}
        </>
      ) : (
        <PersonPicker
          id={fieldId(`${path}personId`)}
          selected={value.existing}
          onSelect={(existing) => onChange({ ...value, existing })}
          error={!value.existing && pickError ? t('picker.required') : pickError}
        />
      )}
      {onRemove ? (
        <div className="form-actions end">
          <RemoveButton label={removeLabel} what={legend} onClick={onRemove} />
        </div>
      ) : null}
    </fieldset>
  );
}

/** One member of a household being registered or joined: relation, then who. `path` ends with a dot. */
export function MemberEditor({
  member,
  ...row
}: Omit<PersonEntryProps<'relation', MemberValues>, 'value' | 'kind' | 'removeLabel'> & {
  member: MemberValues;
}) {
  const { t } = useI18n();
  return (
    <PersonEntry
      {...row}
      value={member}
      removeLabel={t('member.remove')}
      kind={{ key: 'relation', label: t('member.relation'), values: RELATIONS, prefix: 'relation' }}
    />
  );
}
