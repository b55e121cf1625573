import { CreateAlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import {
  ClaimFormPage,
  type ClaimMember,
  type ClaimValues,
  claimBody,
  useClaimForm,
} from '../family-benefits/claim-screens.tsx';
import { grosze } from '../family-benefits/member-income.tsx';
import { alimonyFund } from './queries.ts';

interface MemberValues extends ClaimMember {
  significantDisability: boolean;
  courtAlimony: string;
}
interface Values extends ClaimValues<MemberValues> {
  debtorName: string;
  debtorAddress: string;
  issuedOn: string;
  bailiff: string;
  caseNumber: string;
  lastFullPaymentOn: string;
}

function toBody(v: Values): CreateAlimonyFundApplication {
  return {
    ...claimBody(v, (m) => ({
      significantDisability: m.significantDisability,
      ...(m.courtAlimony.trim() === '' ? {} : { courtAlimony: grosze(m.courtAlimony) }),
    })),
    debtor: { name: v.debtorName, address: v.debtorAddress },
    bailiffCertificate: {
      issuedOn: v.issuedOn,
      bailiff: v.bailiff,
      caseNumber: v.caseNumber,
      lastFullPaymentOn: v.lastFullPaymentOn || null,
    },
  };
}

/** The clerk enters an application: the family with its income and court alimony, the debtor, the certificate. */
export function NewApplicationPage() {
  const { t } = useI18n();
  const claim = useClaimForm(alimonyFund, {
    schema: CreateAlimonyFundApplication,
    start: {
      debtorName: '',
      debtorAddress: '',
      issuedOn: todayIso(),
      bailiff: '',
      caseNumber: '',
      lastFullPaymentOn: '',
    },
    memberStart: { significantDisability: false, courtAlimony: '' },
    toBody,
    save: alimonyFundApi.create,
  });
  const { f } = claim;
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
    <ClaimFormPage
      title={t('af.new')}
      lead={t('af.newLead')}
      claim={claim}
      pickerError={f.errors.applicantId ?? f.errors.householdId ?? f.errors.members}
      own={(_m: MemberValues, i) => (
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
    >
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
    </ClaimFormPage>
  );
}
