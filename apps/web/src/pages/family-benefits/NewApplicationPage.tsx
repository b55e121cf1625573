import { ATTACHMENT_KEYS, CreateFamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import type { Household } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useFamilyBenefitSaved } from './queries.ts';

const MONEY = ['pit', 'tax', 'health', 'social', 'untaxed', 'alimony', 'lostAmount'] as const;
type Role = 'parent' | 'child' | 'other';
interface MemberValues extends Record<(typeof MONEY)[number], string> {
  personId: string;
  name: string;
  role: Role;
  disabilityCertificate: boolean;
  inSchool: boolean;
  lost: boolean;
  lostOn: string;
  schoolStart: boolean;
}
interface Values {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  singleParent: boolean;
  workingAbroad: boolean;
  attachments: string[];
  members: MemberValues[];
}

const ROLE_OF: Record<string, Role> = {
  applicant: 'parent',
  spouse: 'parent',
  partner: 'parent',
  child: 'child',
};
/** Złoty as typed ("4 123,45") to grosze; empty is 0, NaN lets the schema refuse it. */
const grosze = (s: string) => (s.trim() === '' ? 0 : (parseZloty(s) ?? Number.NaN));

function membersOf(h: Household): MemberValues[] {
  return h.members.map((m) => ({
    personId: m.id,
    name: `${m.firstName} ${m.surname}`,
    role: ROLE_OF[m.relation] ?? 'other',
    disabilityCertificate: false,
    inSchool: false,
    lost: false,
    lostOn: '',
    schoolStart: false,
    ...(Object.fromEntries(MONEY.map((k) => [k, ''])) as Record<(typeof MONEY)[number], string>),
  }));
}

function toBody(v: Values): CreateFamilyBenefitApplication {
  return {
    householdId: v.householdId,
    applicantId: v.applicantId,
    submittedOn: v.submittedOn,
    singleParent: v.singleParent,
    workingAbroad: v.workingAbroad,
    attachments: v.attachments as CreateFamilyBenefitApplication['attachments'],
    members: v.members.map((m) => ({
      personId: m.personId,
      role: m.role,
      disabilityCertificate: m.disabilityCertificate,
      inSchool: m.inSchool,
      taxed: {
        income: grosze(m.pit),
        tax: grosze(m.tax),
        healthContributions: grosze(m.health),
        socialContributions: grosze(m.social),
      },
      untaxed: grosze(m.untaxed),
      alimonyPaid: grosze(m.alimony),
      changes: m.lost ? [{ kind: 'lost', on: m.lostOn, baseYearAmount: grosze(m.lostAmount) }] : [],
    })),
    additions: v.members
      .filter((m) => m.role === 'child' && m.schoolStart)
      .map((m) => ({ kind: 'rozpoczecieRokuSzkolnego', personId: m.personId })),
  };
}

const EMPTY: Values = {
  householdId: '',
  applicantId: '',
  submittedOn: todayIso(),
  singleParent: false,
  workingAbroad: false,
  attachments: [],
  members: [],
};

/** The clerk enters an application: the family from the registry, each member's base-year income. */
export function NewApplicationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useFamilyBenefitSaved();
  const [applicant, setApplicant] = useState<PersonSummary | null>(null);
  const householdId = applicant?.householdId ?? null;
  const household = useQuery<Household, ApiError>({
    queryKey: ['households', householdId],
    queryFn: ({ signal }) => registryApi.household(householdId!, signal),
    enabled: !!householdId,
  });
  const f = useEditForm({
    schema: CreateFamilyBenefitApplication,
    defaultValues: EMPTY,
    toBody,
    save: familyBenefitsApi.create,
    onSaved: (a) => {
      saved(a);
      navigate(`/family-benefits/${a.id}`);
    },
  });
  const h = household.data;
  useEffect(() => {
    if (!h || !applicant) return;
    f.form.reset({
      ...f.form.getValues(),
      householdId: h.id,
      applicantId: applicant.id,
      members: membersOf(h),
    });
  }, [h, applicant, f.form]);
  const v = f.values;
  const set = (path: string, value: unknown) => f.form.setValue(path as never, value as never);

  return (
    <Page title={t('fb.newTitle')} lead={t('fb.newLead')}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <fieldset>
          <legend>{t('fb.applicant')}</legend>
          <PersonPicker
            id={fieldId('applicantId')}
            selected={applicant}
            onSelect={setApplicant}
            error={f.errors.applicantId ?? f.errors.householdId}
          />
          {household.error ? <LoadError error={household.error} onRetry={() => household.refetch()} /> : null}
        </fieldset>
        <TextField
          id={fieldId('submittedOn')}
          label={t('fb.submittedOn')}
          type="date"
          value={v.submittedOn}
          onValue={(x) => set('submittedOn', x)}
          error={f.errors.submittedOn}
          required
        />
        {(v.members ?? []).map((m, i) => (
          <fieldset key={m.personId} className="card">
            <legend>{m.name}</legend>
            <SelectField
              id={fieldId(`members.${i}.role`)}
              label={t('fb.role')}
              value={m.role}
              onValue={(x) => set(`members.${i}.role`, x)}
              options={['parent', 'child', 'other'].map((r) => ({ value: r, label: t(`fb.role.${r}`) }))}
            />
            <CheckboxField
              id={fieldId(`members.${i}.disabilityCertificate`)}
              label={t('fb.disability')}
              checked={m.disabilityCertificate}
              onChecked={(x) => set(`members.${i}.disabilityCertificate`, x)}
            />
            <CheckboxField
              id={fieldId(`members.${i}.inSchool`)}
              label={t('fb.inSchool')}
              checked={m.inSchool}
              onChecked={(x) => set(`members.${i}.inSchool`, x)}
            />
            {m.role === 'child' ? (
              <CheckboxField
                id={fieldId(`members.${i}.schoolStart`)}
                label={t('fb.schoolStart')}
                checked={m.schoolStart}
                onChecked={(x) => set(`members.${i}.schoolStart`, x)}
              />
            ) : null}
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
              <TextField
                key={key}
                id={fieldId(`members.${i}.${path}`)}
                label={t(label)}
                inputMode="decimal"
                value={m[key]}
                onValue={(x) => set(`members.${i}.${key}`, x)}
                error={f.errors[`members.${i}.${path}`]}
              />
            ))}
            <CheckboxField
              id={fieldId(`members.${i}.lost`)}
              label={t('fb.lostIncome')}
              checked={m.lost}
              onChecked={(x) => set(`members.${i}.lost`, x)}
            />
            {m.lost ? (
              <>
                <TextField
                  id={fieldId(`members.${i}.changes.0.on`)}
                  label={t('fb.lostOn')}
                  type="date"
                  value={m.lostOn}
                  onValue={(x) => set(`members.${i}.lostOn`, x)}
                  error={f.errors[`members.${i}.changes.0.on`]}
                  required
                />
                <TextField
                  id={fieldId(`members.${i}.changes.0.baseYearAmount`)}
                  label={t('fb.lostAmount')}
                  inputMode="decimal"
                  value={m.lostAmount}
                  onValue={(x) => set(`members.${i}.lostAmount`, x)}
                  error={f.errors[`members.${i}.changes.0.baseYearAmount`]}
                  required
                />
              </>
            ) : null}
          </fieldset>
        ))}
        <CheckboxField
          id={fieldId('singleParent')}
          label={t('fb.singleParent')}
          checked={v.singleParent}
          onChecked={(x) => set('singleParent', x)}
        />
        <CheckboxField
          id={fieldId('workingAbroad')}
          label={t('fb.workingAbroad')}
          checked={v.workingAbroad}
          onChecked={(x) => set('workingAbroad', x)}
        />
        <fieldset>
          <legend>{t('fb.attachments')}</legend>
          {ATTACHMENT_KEYS.map((key) => (
            <CheckboxField
              key={key}
              id={fieldId(`attachments.${key}`)}
              label={t(`fb.attachment.${key}`)}
              checked={v.attachments.includes(key)}
              onChecked={(on) =>
                set('attachments', on ? [...v.attachments, key] : v.attachments.filter((k) => k !== key))
              }
            />
          ))}
        </fieldset>
      </EditForm>
    </Page>
  );
}
