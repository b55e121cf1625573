import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import type { Household } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { type ReactNode, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { registryKeys } from '../registry/queries.ts';

// A family member's base-year income as the clerk types it — shared by the family-benefit and
// the alimony-fund applications, which count income the same way (usr art. 3 pkt 2, art. 5).

const MONEY = ['pit', 'tax', 'health', 'social', 'untaxed', 'alimony', 'lostAmount'] as const;
export type Role = 'parent' | 'child' | 'other';
export interface IncomeValues extends Record<(typeof MONEY)[number], string> {
  personId: string;
  name: string;
  role: Role;
  lost: boolean;
  lostOn: string;
}

const ROLE_OF: Record<string, Role> = {
  applicant: 'parent',
  spouse: 'parent',
  partner: 'parent',
  child: 'child',
};
/** Złoty as typed ("4 123,45") to grosze; empty is 0, NaN lets the schema refuse it. */
export const grosze = (s: string) => (s.trim() === '' ? 0 : (parseZloty(s) ?? Number.NaN));

/** The household's members with empty income, their role guessed from the relation. */
export function incomeMembersOf(h: Household): IncomeValues[] {
  return h.members.map((m) => ({
    personId: m.id,
    name: `${m.firstName} ${m.surname}`,
    role: ROLE_OF[m.relation] ?? 'other',
    lost: false,
    lostOn: '',
    ...(Object.fromEntries(MONEY.map((k) => [k, ''])) as Record<(typeof MONEY)[number], string>),
  }));
}

/**
 * The applicant picked from the registry and their household: once both are loaded, the form
 * gets the household's id, the applicant's and the members (`membersOf`, a stable function).
 */
export function useRegistryFamily<V extends FieldValues, M>(
  form: UseFormReturn<V>,
  membersOf: (h: Household) => M[],
) {
  const [applicant, setApplicant] = useState<PersonSummary | null>(null);
  const householdId = applicant?.householdId ?? null;
  const household = useRead(
    registryKeys.household(householdId ?? ''),
    (s) => registryApi.household(householdId ?? '', s),
    !!householdId,
  );
  const h = household.data;
  useEffect(() => {
    if (!h || !applicant) return;
    const family = { householdId: h.id, applicantId: applicant.id, members: membersOf(h) };
    form.reset({ ...form.getValues(), ...family } as unknown as V);
  }, [h, applicant, form, membersOf]);
  return { applicant, setApplicant, household };
}

/** The request's income part of one member. */
export function incomeBody(m: IncomeValues) {
  return {
    taxed: {
      income: grosze(m.pit),
      tax: grosze(m.tax),
      healthContributions: grosze(m.health),
      socialContributions: grosze(m.social),
    },
    untaxed: grosze(m.untaxed),
    alimonyPaid: grosze(m.alimony),
    changes: m.lost ? [{ kind: 'lost' as const, on: m.lostOn, baseYearAmount: grosze(m.lostAmount) }] : [],
  };
}

/** The income fields of member `i`: PIT, tax, contributions, untaxed, alimony paid, a lost income. */
export function IncomeFields({
  i,
  m,
  errors,
  set,
}: {
  i: number;
  m: IncomeValues;
  errors: Record<string, string | undefined>;
  set(path: string, value: unknown): void;
}) {
  const { t } = useI18n();
  // A member's field: the form keeps it as m[key], the body and its errors name it by `path`.
  const bind = (key: (typeof MONEY)[number] | 'lostOn', path: string) => ({
    id: fieldId(`members.${i}.${path}`),
    value: m[key],
    onValue: (x: string) => set(`members.${i}.${key}`, x),
    error: errors[`members.${i}.${path}`],
  });
  return (
    <>
      {(
        [
          ['pit', 'taxed.income', 'fb.pitIncome'],
          ['tax', 'taxed.tax', 'fb.tax'],
          ['health', 'taxed.healthContributions', 'fb.health'],
          ['social', 'taxed.socialContributions', 'fb.social'],
          ['untaxed', 'untaxed', 'fb.untaxed'],
          ['alimony', 'alimonyPaid', 'fb.alimonyPaid'],
        ] as const
      ).map(([key, path, label]) => (
        <TextField key={key} {...bind(key, path)} label={t(label)} inputMode="decimal" />
      ))}
      <CheckboxField
        id={fieldId(`members.${i}.lost`)}
        label={t('fb.lostIncome')}
        checked={m.lost}
        onChecked={(x) => set(`members.${i}.lost`, x)}
      />
      {m.lost ? (
        <>
          <TextField {...bind('lostOn', 'changes.0.on')} label={t('fb.lostOn')} type="date" required />
          <TextField
            {...bind('lostAmount', 'changes.0.baseYearAmount')}
            label={t('fb.lostAmount')}
            inputMode="decimal"
            required
          />
        </>
      ) : null}
    </>
  );
}

type RegistryFamily = Pick<ReturnType<typeof useRegistryFamily>, 'applicant' | 'setApplicant' | 'household'>;

/** The applicant, picked from the registry (their household comes with them), and the household's load error. */
export function ApplicantFieldset({
  legend,
  family,
  error,
}: {
  legend: string;
  family: RegistryFamily;
  error: string | undefined;
}) {
  const { household } = family;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <PersonPicker
        id={fieldId('applicantId')}
        selected={family.applicant}
        onSelect={family.setApplicant}
        error={error}
      />
      {household.error ? <LoadError error={household.error} onRetry={() => household.refetch()} /> : null}
    </fieldset>
  );
}

/**
 * The family part of an application form: the applicant picked from the registry, the filing
 * date, and per member the role, the module's `own` fields and the income.
 */
export function FamilyFields<M extends IncomeValues>({
  family,
  submittedOn,
  members,
  errors,
  pickerError,
  set,
  own,
}: {
  family: RegistryFamily;
  submittedOn: string;
  members: M[] | undefined;
  errors: Record<string, string | undefined>;
  pickerError: string | undefined;
  set(path: string, value: unknown): void;
  own(m: M, i: number): ReactNode;
}) {
  const { t, tk } = useI18n();
  return (
    <>
      <ApplicantFieldset legend={t('fb.applicant')} family={family} error={pickerError} />
      <TextField
        id={fieldId('submittedOn')}
        label={t('fb.submittedOn')}
        type="date"
        value={submittedOn}
        onValue={(x) => set('submittedOn', x)}
        error={errors.submittedOn}
        required
      />
      {(members ?? []).map((m, i) => (
        <fieldset key={m.personId} className="card">
          <legend>{m.name}</legend>
          <SelectField
            id={fieldId(`members.${i}.role`)}
            label={t('fb.role')}
            value={m.role}
            onValue={(x) => set(`members.${i}.role`, x)}
            options={['parent', 'child', 'other'].map((r) => ({ value: r, label: tk('fb.role', r) }))}
          />
          {own(m, i)}
          <IncomeFields i={i} m={m} errors={errors} set={set} />
        </fieldset>
      ))}
    </>
  );
}
