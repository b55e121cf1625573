import {
  type FamilyBenefitApplication,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { CheckboxField, fieldId } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { ChangeSection, ForwardingForm } from './change.tsx';
import { ClaimPage } from './claim-screens.tsx';
import { familyBenefits } from './queries.ts';

type App = FamilyBenefitApplication;

function AttachmentsForm({ a, onSaved }: { a: App; onSaved(a: App): void }) {
  const { t } = useI18n();
  const missing = a.attachments.filter((x) => !x.provided).map((x) => x.key);
  const f = useEditForm({
    schema: ProvideAttachments,
    defaultValues: { picked: [] as string[] },
    toBody: (v) => ({ attachments: v.picked as ProvideAttachments['attachments'] }),
    save: (body) => familyBenefitsApi.provideAttachments(a.id, body),
    onSaved,
  });
  const picked = f.values.picked ?? [];
  return (
    <section className="card" aria-labelledby="fb-missing">
      <h2 id="fb-missing">{t('fb.missing')}</h2>
      <EditForm form={f} submitLabel={t('fb.provided')} requiredNote={false}>
        {missing.map((key) => (
          <CheckboxField
            key={key}
            id={fieldId(`provided-${key}`)}
            label={t(`fb.attachment.${key}`)}
            checked={picked.includes(key)}
            onChecked={(on) =>
              f.form.setValue('picked', on ? [...picked, key] : picked.filter((k) => k !== key))
            }
          />
        ))}
      </EditForm>
    </section>
  );
}

/** One application: the family, the income, the right computed, the call to complete, the decision. */
export function ApplicationPage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  return (
    <ClaimPage
      m={familyBenefits}
      own={(a, saved) => ({
        facts: a.completionDue ? (
          <>
            <dt>{t('fb.completionDue')}</dt>
            <dd>
              {date(a.completionDue)}{' '}
              <a href={familyBenefitsApi.callToCompleteUrl(a.id)} target="_blank" rel="noreferrer">
                {t('fb.callToCompletePdf')}
              </a>
            </dd>
          </>
        ) : null,
        notice:
          a.status === 'forwarded' ? (
            <Alert kind="info">
              {t('fb.forwardedNote')}{' '}
              {a.forwardedOn ? t('fb.forwardedOn', { date: date(a.forwardedOn) }) : null}
            </Alert>
          ) : null,
        forms:
          a.status === 'incomplete' && can(familyBenefits.can.write) ? (
            <AttachmentsForm a={a} onSaved={saved} />
          ) : a.status === 'forwarded' && can(familyBenefits.can.write) ? (
            <ForwardingForm a={a} onSaved={saved} />
          ) : null,
        after: a.decision ? (
          <ChangeSection a={a} canDecide={can(familyBenefits.can.decide)} onSaved={saved} />
        ) : null,
      })}
    />
  );
}
