import { PAYMENT_METHODS } from '@ostoja/domain/applications/decision';
import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import { DecideMealAid, MEAL_FORMS, type MealAid, type MealProvider } from '@ostoja/domain/services/meals';
import { useState } from 'react';
import { mealsApi } from '../../api/meals.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, SelectField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { CandidateField, chosen } from './candidate-field.tsx';
import { useMealsSaved } from './meals-queries.ts';
import { useCareCandidates } from './queries.ts';

const empty = () => ({
  candidate: '',
  form: 'meal',
  providerId: '',
  amount: '',
  paymentMethod: 'cashDesk',
  iban: '',
  periodFrom: todayIso(),
  periodTo: '',
  decidedOn: todayIso(),
});

/** A decision under the programme on an application with a home visit; the server tests the income. */
export function MealDecideForm({ providers }: { providers: readonly MealProvider[] }) {
  const { t, money } = useI18n();
  const saved = useMealsSaved();
  const [done, setDone] = useState<MealAid>();
  const candidates = useCareCandidates();
  const f = useEditForm({
    schema: DecideMealAid,
    defaultValues: empty(),
    toBody: (v) => ({
      ...chosen(candidates.data?.items, v.candidate),
      form: v.form as never,
      providerId: v.form === 'meal' ? v.providerId || null : null,
      amountGrosze: v.form === 'meal' ? null : (parseZloty(v.amount) ?? Number.NaN),
      // A zasiłek celowy is paid in the monthly runs, at the cash desk or by transfer.
      paymentMethod: v.paymentMethod as (typeof PAYMENT_METHODS)[number],
      iban:
        v.form === 'zasilekCelowy' && v.paymentMethod === 'transfer'
          ? v.iban.replace(/\s+/g, '') || null
          : null,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      decidedOn: v.decidedOn,
    }),
    save: mealsApi.decide,
    reset: empty,
    onSaved: (d) => {
      setDone(d);
      saved.decided();
    },
  });
  const v = f.values;
  const date = (k: 'periodFrom' | 'periodTo' | 'decidedOn') => (
    <DateField {...f.bind(k)} label={t(`ml.${k}`)} />
  );
  return (
    <Section card id="ml-decide" title={t('ml.decide')}>
      {done ? (
        <p role="status">
          {t('ml.decided', {
            number: done.number,
            criterion: money(done.criterionGrosze),
            percent: done.criterionPercent,
          })}{' '}
          <a href={mealsApi.decisionPdfUrl(done.id)}>{t('ml.decisionPdf')}</a>
        </p>
      ) : null}
      <EditForm form={f} submitLabel={t('ml.decideSubmit')}>
        <CandidateField prefix="ml" candidates={candidates} form={f} />
        <ListSelect {...f.bind('form')} label={t('ml.form')} values={MEAL_FORMS} prefix="ml.form" required />
        {v.form === 'meal' ? (
          <NoneSelect
            {...f.bind('providerId')}
            label={t('ml.provider')}
            none={t('ml.choose')}
            options={providers.map((p) => ({ value: p.id, label: p.name }))}
            required
          />
        ) : (
          <MoneyField {...f.bind('amount', 'amountGrosze')} label={t('ml.amount')} />
        )}
        {v.form === 'zasilekCelowy' ? (
          <div className="field-row">
            <SelectField
              {...f.bind('paymentMethod')}
              label={t('decision.paymentMethod')}
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`decision.paymentMethod.${m}`) }))}
              required
            />
            {v.paymentMethod === 'transfer' ? (
              <CodeField {...f.bind('iban')} label={t('decisionForm.iban')} required />
            ) : null}
          </div>
        ) : null}
        <div className="field-row">
          {date('periodFrom')}
          {date('periodTo')}
        </div>
        {date('decidedOn')}
      </EditForm>
    </Section>
  );
}
