import {
  type FamilyBenefitApplication,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { useParams } from 'react-router-dom';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { statusTone } from './ApplicationsPage.tsx';
import { Calculation, Decision, DecisionForm } from './decision-parts.tsx';
import { useFamilyBenefitApplication, useFamilyBenefitSaved } from './queries.ts';

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
  const { id = '' } = useParams();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const q = useFamilyBenefitApplication(id);
  const saved = useFamilyBenefitSaved();
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const a = q.data;
  return (
    <Page title={`${t('fb.title')}: ${a.number}`}>
      <dl className="facts">
        <dt>{t('fb.applicant')}</dt>
        <dd>{a.applicantName}</dd>
        <dt>{t('fb.status')}</dt>
        <dd>
          <StatusBadge tone={statusTone(a.status)}>{t(`fb.status.${a.status}`)}</StatusBadge>
        </dd>
        <dt>{t('fb.period')}</dt>
        <dd>{a.period}</dd>
        <dt>{t('fb.baseYear')}</dt>
        <dd>{a.baseYear}</dd>
        <dt>{t('fb.familyIncome')}</dt>
        <dd>{money(a.familyMonthlyIncome)}</dd>
        <dt>{t('fb.incomePerPerson')}</dt>
        <dd>{money(a.incomePerPerson)}</dd>
        {a.completionDue ? (
          <>
            <dt>{t('fb.completionDue')}</dt>
            <dd>{date(a.completionDue)}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('fb.family')}</h2>
      <ul>
        {a.members.map((m) => (
          <li key={m.personId}>
            {m.name}, {date(m.birthDate)} — {t(`fb.role.${m.role}`)}
          </li>
        ))}
      </ul>
      {a.status === 'forwarded' ? <Alert kind="info">{t('fb.forwardedNote')}</Alert> : null}
      <Calculation c={a.calculation} />
      {a.status === 'incomplete' && can('familyBenefits.write') ? (
        <AttachmentsForm a={a} onSaved={saved} />
      ) : null}
      {a.status === 'complete' && can('familyBenefits.decide') ? (
        <DecisionForm save={(body) => familyBenefitsApi.decide(a.id, body)} onSaved={saved} />
      ) : null}
      {a.decision ? <Decision d={a.decision} /> : null}
    </Page>
  );
}
