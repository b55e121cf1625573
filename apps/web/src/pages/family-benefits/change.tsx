import type { FamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import { ChangeFamilyBenefit, type FamilyBenefitChangeAnswer } from '@ostoja/domain/family-benefits/change';
import { RecordForwarding } from '@ostoja/domain/family-benefits/clerk';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, TextAreaField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { AskFirstEditForm } from './decision-parts.tsx';
import { grosze } from './member-income.tsx';

// After the registration and the decision: the day the file went to the voivode (EU
// coordination), and the change of a granted right from a month on (art. 32 usr) whose months
// already paid above the new right become an undue benefit to repay (art. 30 usr).

type App = FamilyBenefitApplication;

/** The clerk records (or corrects) the day the application was sent to the voivode. */
export function ForwardingForm({ a, onSaved }: { a: App; onSaved(a: App): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: RecordForwarding,
    defaultValues: { forwardedOn: a.forwardedOn ?? todayIso() },
    save: (body) => familyBenefitsApi.recordForwarding(a.id, body),
    onSaved,
  });
  return (
    <section className="card" aria-labelledby="fb-forwarding">
      <h2 id="fb-forwarding">{t('fb.forwarding')}</h2>
      <EditForm form={f} submitLabel={t('fb.forwardingSave')} requiredNote={false}>
        <TextField label={t('fb.forwardingOn')} type="date" {...f.bind('forwardedOn')} required />
      </EditForm>
    </section>
  );
}

interface MemberRow {
  personId: string;
  inSchool: boolean;
  disabilityCertificate: boolean;
  leftFamily: boolean;
}

const nextMonth = () => {
  const d = new Date(`${todayIso().slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
};

/** The change of the granted benefit, and what the last change established. */
export function ChangeSection({
  a,
  canDecide,
  onSaved,
}: {
  a: App;
  canDecide: boolean;
  onSaved(a: App): void;
}) {
  const { t, money } = useI18n();
  const [done, setDone] = useState<FamilyBenefitChangeAnswer | null>(null);
  const defaults = {
    decidedOn: todayIso(),
    fromMonth: nextMonth(),
    reason: '',
    income: '',
    members: a.members.map((m) => ({
      personId: m.personId,
      inSchool: m.inSchool,
      disabilityCertificate: m.disabilityCertificate,
      leftFamily: false,
    })) as MemberRow[],
    dueOn: '',
    instalments: '1',
    deduct: true,
  };
  const f = useEditForm({
    schema: ChangeFamilyBenefit,
    defaultValues: defaults,
    toBody: (v) => ({
      decidedOn: v.decidedOn,
      fromMonth: v.fromMonth,
      reason: v.reason,
      // Only what changed is sent: the rest of the family stays as the decision in force saw it.
      members: v.members.filter((m) => {
        const was = a.members.find((x) => x.personId === m.personId)!;
        return (
          m.leftFamily || m.inSchool !== was.inSchool || m.disabilityCertificate !== was.disabilityCertificate
        );
      }),
      ...(v.income.trim() ? { familyMonthlyIncome: grosze(v.income) } : {}),
      ...(v.dueOn
        ? {
            undue: {
              dueOn: v.dueOn,
              instalments: Number(v.instalments),
              deductFromPayments: v.deduct,
            },
          }
        : {}),
    }),
    save: (body) => familyBenefitsApi.change(a.id, body),
    onSaved: (answer) => {
      setDone(answer);
      onSaved(answer.application);
    },
  });
  const rows = f.values.members;
  const setRow = (i: number, patch: Partial<MemberRow>) =>
    f.form.setValue(
      'members',
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  // The undue benefit's terms: kept flat in the form, named undue.<field> by the body and its errors.
  const bindUndue = (k: 'dueOn' | 'instalments') => ({
    ...f.bind(k),
    id: fieldId(`undue.${k}`),
    error: f.errors[`undue.${k}`],
  });
  return (
    <section className="card" aria-labelledby="fb-change">
      <h2 id="fb-change">{t('fb.change')}</h2>
      {a.decision ? (
        <p>
          <a href={familyBenefitsApi.decisionPdfUrl(a.decision.id)} target="_blank" rel="noreferrer">
            {t('fb.decisionPdf', { number: a.decision.number })}
          </a>
        </p>
      ) : null}
      {done ? (
        <Alert kind="success">
          {t('fb.changed')}{' '}
          {done.receivable ? (
            <>
              {t('fb.undueEstablished', { amount: money(done.receivable.amount) })}{' '}
              <Link to={`/payments/receivables/${done.receivable.id}`}>{done.receivable.number}</Link>
            </>
          ) : (
            t('fb.noUndue')
          )}
        </Alert>
      ) : null}
      {a.decision?.outcome === 'grant' && canDecide ? (
        <>
          <p>{t('fb.changeLead')}</p>
          <AskFirstEditForm form={f} submitLabel={t('fb.changeIssue')} question={t('fb.confirmChange')}>
            <TextField label={t('fb.decidedOn')} type="date" {...f.bind('decidedOn')} required />
            <MonthField label={t('fb.fromMonth')} {...f.bind('fromMonth')} required />
            <TextAreaField label={t('fb.changeReason')} {...f.bind('reason')} required />
            <TextField
              label={t('fb.newIncome')}
              hint={t('fb.newIncomeHint')}
              inputMode="decimal"
              {...f.bind('income', 'familyMonthlyIncome')}
            />
            {a.members.map((m, i) => (
              <fieldset key={m.personId}>
                <legend>{m.name}</legend>
                <CheckboxField
                  id={fieldId(`members.${i}.inSchool`)}
                  label={t('fb.inSchool')}
                  checked={rows[i]?.inSchool ?? false}
                  onChecked={(x) => setRow(i, { inSchool: x })}
                />
                <CheckboxField
                  id={fieldId(`members.${i}.disabilityCertificate`)}
                  label={t('fb.disability')}
                  checked={rows[i]?.disabilityCertificate ?? false}
                  onChecked={(x) => setRow(i, { disabilityCertificate: x })}
                />
                {m.personId === a.applicantId ? null : (
                  <CheckboxField
                    id={fieldId(`members.${i}.leftFamily`)}
                    label={t('fb.leftFamily')}
                    checked={rows[i]?.leftFamily ?? false}
                    onChecked={(x) => setRow(i, { leftFamily: x })}
                  />
                )}
              </fieldset>
            ))}
            <fieldset>
              <legend>{t('fb.undueTerms')}</legend>
              <p className="hint">{t('fb.undueTermsHint')}</p>
              <TextField label={t('fb.undueDueOn')} type="date" {...bindUndue('dueOn')} />
              <TextField label={t('fb.undueInstalments')} inputMode="numeric" {...bindUndue('instalments')} />
              <CheckboxField label={t('fb.undueDeduct')} {...f.tick('deduct')} />
            </fieldset>
          </AskFirstEditForm>
        </>
      ) : null}
    </section>
  );
}
