import { ATTACHMENT_KEYS, CreateFamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import type { Household } from '@ostoja/domain/registry/household';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useClaimForm } from './claim-screens.tsx';
import { FamilyFields, type IncomeValues, incomeBody, incomeMembersOf } from './member-income.tsx';
import { familyBenefits } from './queries.ts';

interface MemberValues extends IncomeValues {
  disabilityCertificate: boolean;
  inSchool: boolean;
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

const membersOf = (h: Household): MemberValues[] =>
  incomeMembersOf(h).map((m) => ({
    ...m,
    disabilityCertificate: false,
    inSchool: false,
    schoolStart: false,
  }));

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
      ...incomeBody(m),
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
  const { f, family, set, v } = useClaimForm(familyBenefits, {
    schema: CreateFamilyBenefitApplication,
    defaultValues: EMPTY,
    toBody,
    save: familyBenefitsApi.create,
    membersOf,
  });

  return (
    <Page title={t('fb.newTitle')} lead={t('fb.newLead')}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <FamilyFields
          family={family}
          submittedOn={v.submittedOn}
          members={v.members}
          errors={f.errors}
          pickerError={f.errors.applicantId ?? f.errors.householdId}
          set={set}
          own={(m, i) => (
            <>
              <CheckboxField label={t('fb.disability')} {...f.tick(`members.${i}.disabilityCertificate`)} />
              <CheckboxField label={t('fb.inSchool')} {...f.tick(`members.${i}.inSchool`)} />
              {m.role === 'child' ? (
                <CheckboxField label={t('fb.schoolStart')} {...f.tick(`members.${i}.schoolStart`)} />
              ) : null}
            </>
          )}
        />
        <CheckboxField label={t('fb.singleParent')} {...f.tick('singleParent')} />
        <CheckboxField label={t('fb.workingAbroad')} {...f.tick('workingAbroad')} />
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
