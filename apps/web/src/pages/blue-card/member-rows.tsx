import { MEMBER_KINDS, type MemberKind } from '@ostoja/domain/blue-card/procedure';
import type { InterdisciplinaryTeam as Team } from '@ostoja/domain/blue-card/team';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { RadioLabels } from '../../components/kit/radio-labels.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';
import { useTeam } from './queries.ts';

export interface MemberValues {
  key: number;
  source: 'staff' | 'outside';
  staffUserId: string;
  fullName: string;
  institution: string;
  kind: MemberKind;
}

let nextKey = 1;
export function newMember(source: MemberValues['source'], kind: MemberKind): MemberValues {
  return { key: nextKey++, source, staffUserId: '', fullName: '', institution: '', kind };
}

/** A staff member is named by the account (the server takes the name from it); others by name. */
export function memberPayload(m: MemberValues) {
  return m.source === 'staff'
    ? { staffUserId: m.staffUserId || undefined, institution: m.institution, kind: m.kind }
    : { fullName: m.fullName, institution: m.institution, kind: m.kind };
}

function MemberRow({
  path,
  legend,
  m,
  team,
  onChange,
  onRemove,
  errors,
}: {
  path: string;
  legend: string;
  m: MemberValues;
  team: Team | undefined;
  onChange(m: MemberValues): void;
  onRemove?: (() => void) | undefined;
  errors: Errors;
}) {
  const { t } = useI18n();
  const outsiders = (team?.members ?? []).filter((x) => !x.staffUserId);
  /** A field of the row: its id and error by the body's path, its value and its change. */
  const field = (k: 'staffUserId' | 'fullName' | 'institution' | 'kind') => ({
    id: fieldId(`${path}${k}`),
    value: m[k],
    onValue: (v: string) => onChange({ ...m, [k]: v }),
    error: errors[`${path}${k}`],
    required: true,
  });
  const institutionOf = (staffUserId: string) =>
    team?.members.find((x) => x.staffUserId === staffUserId)?.institution ?? '';
  return (
    <fieldset className="member">
      <legend>{legend}</legend>
      <fieldset className="radio-group">
        <legend>{t('blueCards.group.source')}</legend>
        <RadioLabels
          name={`${fieldId(path)}source`}
          value={m.source}
          onValue={(source) => onChange({ ...m, source })}
          options={(['staff', 'outside'] as const).map((s) => ({
            value: s,
            label: t(`blueCards.group.source.${s}`),
          }))}
        />
      </fieldset>
      <div className="field-row">
        {m.source === 'staff' ? (
          <SelectField
            {...field('staffUserId')}
            label={t('blueCards.group.staff')}
            onValue={(staffUserId) =>
              onChange({ ...m, staffUserId, institution: m.institution || institutionOf(staffUserId) })
            }
            options={[
              { value: '', label: t('form.choose') },
              ...(team?.candidates ?? []).map((c) => ({ value: c.id, label: c.fullName })),
            ]}
          />
        ) : (
          <>
            {outsiders.length ? (
              <SelectField
                id={`${fieldId(path)}from-team`}
                label={t('blueCards.group.fromTeam')}
                value=""
                onValue={(id) => {
                  const x = outsiders.find((o) => o.id === id);
                  if (x) onChange({ ...m, fullName: x.fullName, institution: x.institution });
                }}
                options={[
                  { value: '', label: t('form.choose') },
                  ...outsiders.map((o) => ({ value: o.id, label: `${o.fullName} — ${o.institution}` })),
                ]}
              />
            ) : null}
            <TextField {...field('fullName')} label={t('blueCards.group.name')} />
          </>
        )}
      </div>
      <div className="field-row">
        <TextField {...field('institution')} label={t('blueCards.group.institution')} />
        <SelectField
          {...field('kind')}
          label={t('blueCards.group.kind')}
          options={MEMBER_KINDS.map((k) => ({ value: k, label: t(`blueCard.memberKind.${k}`) }))}
        />
      </div>
      {onRemove ? (
        <div className="form-actions end">
          <RemoveButton label={t('blueCards.group.removeRow')} what={legend} onClick={onRemove} />
        </div>
      ) : null}
    </fieldset>
  );
}

/**
 * A list of rows the worker adds to (the persons of NK-A, a group's members) under its legend: the
 * list's own error from the server ("a police officer is needed") above the rows, the add button
 * below them, then whatever `after` holds.
 */
export function RowsGroup({
  path,
  legend,
  hint,
  error,
  addLabel,
  onAdd,
  after,
  children,
}: {
  path: string;
  legend: string;
  hint?: string | undefined;
  error: string | undefined;
  addLabel: string;
  onAdd(): void;
  after?: ReactNode;
  children: ReactNode;
}) {
  const id = fieldId(path);
  return (
    <fieldset className="group" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <GroupError id={`${id}-error`} error={error} />
      {children}
      <button type="button" className="button secondary" onClick={onAdd}>
        {addLabel}
      </button>
      {after}
    </fieldset>
  );
}

/**
 * The members being put into a group, under `prefix` ("members" or "add"). The server's make-up
 * error ("a police officer is needed") comes on the list's own path and is shown above the rows.
 */
export function MemberRows({
  prefix,
  legend,
  hint,
  minRows,
  form,
}: {
  prefix: string;
  legend: string;
  hint?: string;
  minRows: number;
  /** The step's form holding the rows at `rows`. */
  form: {
    values: { rows: MemberValues[] };
    set(k: 'rows'): (rows: MemberValues[]) => void;
    errors: Errors;
  };
}) {
  const team = useTeam().data;
  const rows = form.values.rows;
  const onRows = form.set('rows');
  const errors = form.errors;
  const { t } = useI18n();
  return (
    <RowsGroup
      path={prefix}
      legend={legend}
      hint={hint}
      error={errors[prefix]}
      addLabel={t('blueCards.group.addRow')}
      onAdd={() => onRows([...rows, newMember('outside', 'other')])}
    >
      {rows.map((m, i) => (
        <MemberRow
          key={m.key}
          path={`${prefix}.${i}.`}
          legend={t('blueCards.group.member', { n: i + 1 })}
          m={m}
          team={team}
          onChange={(next) => onRows(rows.map((old, j) => (j === i ? next : old)))}
          onRemove={rows.length > minRows ? () => onRows(rows.filter((_, j) => j !== i)) : undefined}
          errors={errors}
        />
      ))}
    </RowsGroup>
  );
}
