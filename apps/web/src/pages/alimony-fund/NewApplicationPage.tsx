import { CreateAlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import type { Household } from '@ostoja/domain/registry/household';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { useClaimForm } from '../family-benefits/claim-screens.tsx';
import {
  FamilyFields,
  grosze,
  type IncomeValues,
  incomeBody,
  incomeMembersOf,
} from '../family-benefits/member-income.tsx';
import { alimonyFund } from './queries.ts';

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
  const { t } = useI18n();
  const { f, family, set, v } = useClaimForm(alimonyFund, {
    schema: CreateAlimonyFundApplication,
    defaultValues: EMPTY,
    toBody,
    save: alimonyFundApi.create,
    membersOf,
  });
  /** A text field of the form's value `path`, named by the request's `field` (its id and its error). */
  const text = (path: Exclude<keyof Values, 'members'>, field: string, label: UiKey, type?: string) => (
    <TextField
      {...f.bind(path, field)}
      label={t(label)}
      type={type}
      required={path !== 'lastFullPaymentOn'}
    />
  );

  return (
    <Page title={t('af.new')} lead={t('af.newLead')}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <FamilyFields
          family={family}
          submittedOn={v.submittedOn}
          members={v.members}
          errors={f.errors}
          pickerError={f.errors.applicantId ?? f.errors.householdId ?? f.errors.members}
          set={set}
          own={(_m, i) => (
            <>
              <TextField
                label={t('af.courtAlimony')}
                inputMode="decimal"
                {...f.bind(`members.${i}.courtAlimony`)}
              />
              {(
                [
                  ['disabilityCertificate', 'fb.disability'],
                  ['significantDisability', 'af.significantDisability'],
                  ['inSchool', 'fb.inSchool'],
                ] as const
              ).map(([key, label]) => (
                <CheckboxField key={key} label={t(label)} {...f.tick(`members.${i}.${key}`)} />
              ))}
            </>
          )}
        />
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
