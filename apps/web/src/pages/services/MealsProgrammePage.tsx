import { MEAL_PLACES, MealProviderInput } from '@ostoja/domain/services/meals';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { mealsApi } from '../../api/meals.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { MealDecideForm } from './meal-decide-form.tsx';
import { MealListForm } from './meal-list-form.tsx';
import { useMealList, useMealProviders, useMealsSaved } from './meals-queries.ts';

function AddProvider() {
  const { t } = useI18n();
  const saved = useMealsSaved();
  const empty = { name: '', place: 'school', address: '' };
  const f = useEditForm({
    schema: MealProviderInput,
    defaultValues: empty,
    toBody: (v) => ({ name: v.name, place: v.place as never, address: v.address || null }),
    save: mealsApi.addProvider,
    reset: true,
    onSaved: () => saved.provider(),
  });
  return (
    <Section card id="ml-provider" title={t('ml.addProvider')}>
      <EditForm form={f} submitLabel={t('ml.addProviderSubmit')}>
        <TextField {...f.bind('name')} label={t('ml.name')} required />
        <SelectField
          {...f.bind('place')}
          label={t('ml.place')}
          options={MEAL_PLACES.map((p) => ({ value: p, label: t(`ml.place.${p}`) }))}
          required
        />
        <TextField {...f.bind('address')} label={t('ml.address')} />
      </EditForm>
    </Section>
  );
}

/** The programme's monthly lists by school or canteen, its decisions, and the way to its yearly report. */
export function MealsProgrammePage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const providers = useMealProviders();
  const [providerId, setProviderId] = useState('');
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const list = useMealList(providerId, month);
  const canDecide = can('careService.decide');
  return (
    <Page title={t('ml.title')} lead={t('ml.lead')}>
      <p>
        <Link to="/meals-programme/report">{t('ml.report')}</Link>
      </p>
      {providers.error ? <LoadError error={providers.error} onRetry={() => providers.refetch()} /> : null}
      <div className="field-row">
        <NoneSelect
          id="ml-provider"
          label={t('ml.provider')}
          value={providerId}
          onValue={setProviderId}
          none={t('ml.choose')}
          options={(providers.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.name} (${t(`ml.place.${p.place}`)})`,
          }))}
        />
        <MonthField id="ml-month" label={t('ml.month')} value={month} onValue={setMonth} />
      </div>
      {list.error ? <LoadError error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data && canDecide ? (
        <MealListForm key={`${list.data.providerId}-${list.data.month}`} list={list.data} />
      ) : null}
      {canDecide ? <MealDecideForm providers={providers.data?.items ?? []} /> : null}
      {canDecide ? <AddProvider /> : null}
    </Page>
  );
}
