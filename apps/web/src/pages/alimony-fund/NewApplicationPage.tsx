import { CreateAlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import type { Household } from '@ostoja/domain/registry/household';
import { useNavigate } from 'react-router-dom';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import {
  grosze,
  IncomeFields,
  type IncomeValues,
  incomeBody,
  incomeMembersOf,
  useRegistryFamily,
} from '../family-benefits/member-income.tsx';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useAlimonyFundSaved } from './queries.ts';

interface MemberValues extends IncomeValues {
  disabilityCertificate: boolean;
  significantDisability: boolean;
  inSchool: boolean;
  courtAlimony: string;
}
interface Values {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  debtorName: string;
  debtorAddress: string;
  issuedOn: string;
  bailiff: string;
  caseNumber: string;
  lastFullPaymentOn: string;
  members: MemberValues[];
}

const membersOf = (h: Household): MemberValues[] =>
  incomeMembersOf(h).map((m) => ({
    ...m,
    disabilityCertificate: false,
    significantDisability: false,
    inSchool: false,
    courtAlimony: '',
  }));

function toBody(v: Values): CreateAlimonyFundApplication {
  return {
    householdId: v.householdId,
    applicantId: v.applicantId,
    submittedOn: v.submittedOn,
    debtor: { name: v.debtorName, address: v.debtorAddress },
    bailiffCertificate: {
      issuedOn: v.issuedOn,
      bailiff: v.bailiff,
      caseNumber: v.caseNumber,
      lastFullPaymentOn: v.lastFullPaymentOn || null,
    },
    members: v.members.map((m) => ({
      personId: m.personId,
      role: m.role,
      disabilityCertificate: m.disabilityCertificate,
      significantDisability: m.significantDisability,
      inSchool: m.inSchool,
      ...(m.courtAlimony.trim() === '' ? {} : { courtAlimony: grosze(m.courtAlimony) }),
      ...incomeBody(m),
    })),
  };
}

const EMPTY: Values = {
  householdId: '',
  applicantId: '',
  submittedOn: todayIso(),
  debtorName: '',
  debtorAddress: '',
  issuedOn: todayIso(),
  bailiff: '',
  caseNumber: '',
  lastFullPaymentOn: '',
  members: [],
};

/** The clerk enters an application: the family with its income and court alimony, the debtor, the certificate. */
export function NewApplicationPage() {
  const { t, tk } = useI18n();
  const navigate = useNavigate();
  const saved = useAlimonyFundSaved();
  const f = useEditForm({
    schema: CreateAlimonyFundApplication,
    defaultValues: EMPTY,
    toBody,
    save: alimonyFundApi.create,
    onSaved: (a) => {
      saved(a);
      navigate(`/alimony-fund/${a.id}`);
    },
  });
  const { applicant, setApplicant, household } = useRegistryFamily(f.form, membersOf);
  const v = f.values;
  const set = (path: string, value: unknown) => f.form.setValue(path as never, value as never);
  /** A text field of the form's value `path`, named by the request's `field` (its id and its error). */
  const text = (path: keyof Values, field: string, label: UiKey, type?: string) => (
    <TextField
      id={fieldId(field)}
      label={t(label)}
      type={type}
      value={v[path] as string}
      onValue={(x) => set(path, x)}
      error={f.errors[field]}
      required={path !== 'lastFullPaymentOn'}
    />
  );

  return (
    <Page title={t('af.new')} lead={t('af.newLead')}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <fieldset>
          <legend>{t('fb.applicant')}</legend>
          <PersonPicker
            id={fieldId('applicantId')}
            selected={applicant}
            onSelect={setApplicant}
            error={f.errors.applicantId ?? f.errors.householdId ?? f.errors.members}
          />
          {household.error ? <LoadError error={household.error} onRetry={() => household.refetch()} /> : null}
        </fieldset>
        {text('submittedOn', 'submittedOn', 'fb.submittedOn', 'date')}
        {(v.members ?? []).map((m, i) => (
          <fieldset key={m.personId} className="card">
            <legend>{m.name}</legend>
            <SelectField
              id={fieldId(`members.${i}.role`)}
              label={t('fb.role')}
              value={m.role}
              onValue={(x) => set(`members.${i}.role`, x)}
              options={['parent', 'child', 'other'].map((r) => ({ value: r, label: tk('fb.role', r) }))}
            />
            <TextField
              id={fieldId(`members.${i}.courtAlimony`)}
              label={t('af.courtAlimony')}
              inputMode="decimal"
              value={m.courtAlimony}
              onValue={(x) => set(`members.${i}.courtAlimony`, x)}
              error={f.errors[`members.${i}.courtAlimony`]}
            />
            {(
              [
                ['disabilityCertificate', 'fb.disability'],
                ['significantDisability', 'af.significantDisability'],
                ['inSchool', 'fb.inSchool'],
              ] as const
            ).map(([key, label]) => (
              <CheckboxField
                key={key}
                id={fieldId(`members.${i}.${key}`)}
                label={t(label)}
                checked={m[key]}
                onChecked={(x) => set(`members.${i}.${key}`, x)}
              />
            ))}
            <IncomeFields i={i} m={m} errors={f.errors} set={set} />
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('af.debtor')}</legend>
          {text('debtorName', 'debtor.name', 'af.debtorName')}
          {text('debtorAddress', 'debtor.address', 'af.debtorAddress')}
        </fieldset>
        <fieldset>
          <legend>{t('af.certificate')}</legend>
          {text('bailiff', 'bailiffCertificate.bailiff', 'af.bailiff')}
          {text('caseNumber', 'bailiffCertificate.caseNumber', 'af.caseNumber')}
          {text('issuedOn', 'bailiffCertificate.issuedOn', 'af.certificateOn', 'date')}
          {text('lastFullPaymentOn', 'bailiffCertificate.lastFullPaymentOn', 'af.lastFullPaymentOn', 'date')}
        </fieldset>
      </EditForm>
    </Page>
  );
}
