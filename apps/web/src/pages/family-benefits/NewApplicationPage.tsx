import { ATTACHMENT_KEYS, CreateFamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, CheckboxGroup, fieldId } from '../../components/fields.tsx';
import {
  ClaimFormPage,
  type ClaimMember,
  type ClaimValues,
  claimBody,
  useClaimForm,
} from './claim-screens.tsx';
import { familyBenefits } from './queries.ts';

type Attachments = NonNullable<CreateFamilyBenefitApplication['attachments']>;
interface MemberValues extends ClaimMember {
  schoolStart: boolean;
}
interface Values extends ClaimValues<MemberValues> {
  singleParent: boolean;
  workingAbroad: boolean;
  attachments: Attachments;
}

function toBody(v: Values): CreateFamilyBenefitApplication {
  return {
    ...claimBody(v, () => ({})),
    singleParent: v.singleParent,
    workingAbroad: v.workingAbroad,
    attachments: v.attachments,
    additions: v.members
      .filter((m) => m.role === 'child' && m.schoolStart)
      .map((m) => ({ kind: 'rozpoczecieRokuSzkolnego', personId: m.personId })),
  };
}

/** The clerk enters an application: the family from the registry, each member's base-year income. */
export function NewApplicationPage() {
  const { t } = useI18n();
  const claim = useClaimForm(familyBenefits, {
    schema: CreateFamilyBenefitApplication,
    start: { singleParent: false, workingAbroad: false, attachments: [] },
    memberStart: { schoolStart: false },
    toBody,
    save: familyBenefitsApi.create,
  });
  const { f, set, v } = claim;

  return (
    <ClaimFormPage
      title={t('fb.newTitle')}
      lead={t('fb.newLead')}
      claim={claim}
      own={(m: MemberValues, i) => (
        <>
          <CheckboxField label={t('fb.disability')} {...f.tick(`members.${i}.disabilityCertificate`)} />
          <CheckboxField label={t('fb.inSchool')} {...f.tick(`members.${i}.inSchool`)} />
          {m.role === 'child' ? (
            <CheckboxField label={t('fb.schoolStart')} {...f.tick(`members.${i}.schoolStart`)} />
          ) : null}
        </>
      )}
    >
      <CheckboxField label={t('fb.singleParent')} {...f.tick('singleParent')} />
      <CheckboxField label={t('fb.workingAbroad')} {...f.tick('workingAbroad')} />
      <CheckboxGroup
        id={fieldId('attachments')}
        legend={t('fb.attachments')}
        options={ATTACHMENT_KEYS.map((key) => ({ value: key, label: t(`fb.attachment.${key}`) }))}
        value={v.attachments}
        onValue={(x) => set('attachments', x)}
        error={f.errors.attachments}
      />
    </ClaimFormPage>
  );
}
