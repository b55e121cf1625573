import {
  DecideFamilyBenefit,
  type FamilyBenefitApplication,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { statusTone } from './ApplicationsPage.tsx';
import { useFamilyBenefitApplication, useFamilyBenefitSaved } from './queries.ts';

type App = FamilyBenefitApplication;

function Calculation({ a }: { a: App }) {
  const { t, money } = useI18n();
  const c = a.calculation;
  return (
    <section className="card" aria-labelledby="fb-calc">
      <h2 id="fb-calc">{t('fb.calculation')}</h2>
      <p>
        <StatusBadge tone={c.eligible ? 'ok' : 'off'}>
          {t(c.eligible ? 'fb.eligible' : 'fb.notEligible')}
        </StatusBadge>{' '}
        {t('fb.monthly')}: <strong data-testid="fb-monthly">{money(c.monthlyAmount)}</strong>;{' '}
        {t('fb.oneOff')}: <strong>{money(c.oneOffAmount)}</strong>
      </p>
      <ol className="explanation">
        {c.explanation.map((s) => (
          <li key={`${s.article}-${s.text}`}>
            {s.text} <small>({s.article})</small>
          </li>
        ))}
      </ol>
    </section>
  );
}

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

function DecisionForm({ a, onSaved }: { a: App; onSaved(a: App): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const f = useEditForm({
    schema: DecideFamilyBenefit,
    defaultValues: {
      outcome: 'grant',
      decidedOn: todayIso(),
      paymentMethod: 'cashDesk',
      iban: '',
      refusalReason: '',
    },
    toBody: (v) => ({
      outcome: v.outcome as 'grant' | 'refuse',
      decidedOn: v.decidedOn,
      paymentMethod: v.paymentMethod as 'cashDesk' | 'transfer',
      iban: v.iban || undefined,
      refusalReason: v.refusalReason || undefined,
    }),
    save: (body) => familyBenefitsApi.decide(a.id, body),
    onSaved,
  });
  const v = f.values;
  return (
    <section className="card" aria-labelledby="fb-decide">
      <h2 id="fb-decide">{t('fb.decision')}</h2>
      <EditForm form={{ ...f, submit: async () => setConfirming(true) }} submitLabel={t('fb.issue')}>
        <SelectField
          id={fieldId('outcome')}
          label={t('fb.outcome')}
          value={v.outcome}
          onValue={(x) => f.form.setValue('outcome', x)}
          options={['grant', 'refuse'].map((o) => ({ value: o, label: t(`fb.outcome.${o}`) }))}
          error={f.errors.outcome}
        />
        <TextField
          id={fieldId('decidedOn')}
          label={t('fb.decidedOn')}
          type="date"
          value={v.decidedOn}
          onValue={(x) => f.form.setValue('decidedOn', x)}
          error={f.errors.decidedOn}
          required
        />
        {v.outcome === 'grant' ? (
          <>
            <SelectField
              id={fieldId('paymentMethod')}
              label={t('fb.paymentMethod')}
              value={v.paymentMethod}
              onValue={(x) => f.form.setValue('paymentMethod', x)}
              options={['cashDesk', 'transfer'].map((o) => ({ value: o, label: t(`fb.paymentMethod.${o}`) }))}
            />
            {v.paymentMethod === 'transfer' ? (
              <TextField
                id={fieldId('iban')}
                label={t('fb.iban')}
                value={v.iban}
                onValue={(x) => f.form.setValue('iban', x)}
                error={f.errors.iban}
                required
              />
            ) : null}
          </>
        ) : (
          <TextAreaField
            id={fieldId('refusalReason')}
            label={t('fb.refusalReason')}
            value={v.refusalReason}
            onValue={(x) => f.form.setValue('refusalReason', x)}
            error={f.errors.refusalReason}
            required
          />
        )}
      </EditForm>
      <ConfirmDialog
        open={confirming}
        title={t('fb.issue')}
        confirmLabel={t('fb.issue')}
        busy={f.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          f.submit();
        }}
      >
        <p>{t('fb.confirmIssue')}</p>
      </ConfirmDialog>
    </section>
  );
}

function Decision({ d }: { d: NonNullable<App['decision']> }) {
  const { t, date, money } = useI18n();
  return (
    <section className="card" aria-labelledby="fb-decision">
      <h2 id="fb-decision">
        {t('fb.decision')} {d.number}
      </h2>
      <p>
        {t(`fb.outcome.${d.outcome}`)}, {date(d.decidedOn)}. {d.justification}
      </p>
      {d.schedule.length ? (
        <table>
          <caption>{t('fb.schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fb.month')}</th>
              <th scope="col">{t('fb.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {d.schedule.map((s) => (
              <tr key={s.month}>
                <td>{s.month}</td>
                <td>{money(s.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
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
      <Calculation a={a} />
      {a.status === 'incomplete' && can('familyBenefits.write') ? (
        <AttachmentsForm a={a} onSaved={saved} />
      ) : null}
      {a.status === 'complete' && can('familyBenefits.decide') ? (
        <DecisionForm a={a} onSaved={saved} />
      ) : null}
      {a.decision ? <Decision d={a.decision} /> : null}
    </Page>
  );
}
