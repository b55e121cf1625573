import type { PersonSummary } from '@ostoja/domain/registry/person';
import { CreateShelterReferral, type ShelterReferral } from '@ostoja/domain/shelters/shelter';
import { useQuery } from '@tanstack/react-query';
import { sheltersApi } from '../../api/shelters.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, SelectField } from '../../components/fields.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { personBody } from '../../components/kit/person-body.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { HouseholdApplicationSelect } from '../benefits/household-application-select.tsx';
import { PersonPicker } from '../registry/person-picker.tsx';
import { sheltersKeys } from './queries.ts';

const empty = () => ({
  person: null as PersonSummary | null,
  shelterId: '',
  applicationId: '',
  periodFrom: todayIso(),
  periodTo: '',
  decidedOn: todayIso(),
});

/** A referral to a place of the register; the server decides whether it is a decision and computes the fee. */
export function ReferForm({ onSaved }: { onSaved(r: ShelterReferral): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: CreateShelterReferral,
    defaultValues: empty(),
    toBody: (v) => ({ ...personBody(v), applicationId: v.applicationId || null }),
    save: (body) => sheltersApi.refer(body),
    reset: empty,
    onSaved: (r) => onSaved(r),
  });
  const v = f.values;
  const places = useQuery({
    queryKey: [...sheltersKeys.shelters, 'choice'],
    queryFn: ({ signal }) => sheltersApi.shelters({ limit: 200 }, signal),
  });
  const day = (k: 'periodFrom' | 'periodTo' | 'decidedOn') => (
    <DateField {...f.bind(k)} label={t(`sh.${k}`)} />
  );
  return (
    <FormCard headingId="sh-refer-h" title={t('sh.refer')} form={f} submitLabel={t('sh.referSubmit')}>
      <PersonPicker
        {...f.pick('person')}
        onSelect={(p) => {
          f.form.setValue('person', p);
          f.form.setValue('applicationId', '');
        }}
      />
      <SelectField
        {...f.bind('shelterId')}
        label={t('sh.shelter')}
        options={[
          { value: '', label: t('sh.choose') },
          ...(places.data?.items ?? []).map((s) => ({
            value: s.id,
            label: `${s.name} — ${t(`sh.kind.${s.kind}`)} (${s.occupiedToday}/${s.places})`,
          })),
        ]}
        required
      />
      <HouseholdApplicationSelect
        {...f.bind('applicationId')}
        label={t('sh.application')}
        hint={t('sh.applicationHint')}
        householdId={v.person?.householdId ?? ''}
        empty={t('sh.noApplication')}
      />
      <div className="field-row">
        {day('periodFrom')}
        {day('periodTo')}
      </div>
      {day('decidedOn')}
    </FormCard>
  );
}
