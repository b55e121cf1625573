import { CreateHealthCareDecision, type HealthCareDecision } from '@ostoja/domain/health-care/decision';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useQueryClient } from '@tanstack/react-query';
import { healthCareApi } from '../../api/health-care.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, SelectField } from '../../components/fields.tsx';
import { AMOUNT, dateColumn } from '../../components/kit/columns.ts';
import { FormCard } from '../../components/kit/form-card.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOnlyFilter } from '../../components/kit/only-filter.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { personBody } from '../../components/kit/person-body.ts';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { HouseholdApplicationSelect } from '../benefits/household-application-select.tsx';
import { PersonPicker } from '../registry/person-picker.tsx';

const KEY = ['healthCareDecisions'] as const;

function useColumns(): Column<HealthCareDecision>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn<HealthCareDecision>('name', t('hc.person'), listName, (d) => `/persons/${d.personId}`),
    { key: 'number', header: t('hc.number'), cell: (d) => d.number },
    { key: 'outcome', header: t('hc.outcome'), cell: (d) => t(`hc.outcome.${d.outcome}`) },
    dateColumn('rightFrom', t('hc.rightFrom'), date),
    dateColumn('rightTo', t('hc.rightTo'), date),
    { key: 'income', header: t('hc.income'), cell: (d) => money(d.incomeGrosze), ...AMOUNT },
    {
      key: 'pdf',
      header: t('hc.pdf'),
      cell: (d) => (
        <a href={`/api/v1/health-care-decisions/${d.id}/pdf`} target="_blank" rel="noopener">
          {t('hc.pdf')} {d.number}
        </a>
      ),
    },
  ];
}

const empty = () => ({
  person: null as PersonSummary | null,
  applicationId: '',
  basis: 'application' as 'application' | 'emergencyCare',
  appliedOn: todayIso(),
  careStartedOn: '',
  insuredFrom: '',
  decidedOn: todayIso(),
});

function DecideForm({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: CreateHealthCareDecision,
    defaultValues: empty(),
    toBody: (v) => ({
      ...personBody(v),
      careStartedOn: v.careStartedOn || null,
      insuredFrom: v.insuredFrom || null,
    }),
    save: (body) => healthCareApi.decide(body),
    reset: empty,
    onSaved: () => onSaved(),
  });
  const v = f.values;
  const day = (k: 'appliedOn' | 'careStartedOn' | 'insuredFrom' | 'decidedOn', required = true) => (
    <DateField {...f.bind(k)} label={t(`hc.${k}`)} required={required} />
  );
  return (
    <FormCard headingId="hc-decide-h" title={t('hc.decide')} form={f} submitLabel={t('hc.decideSubmit')}>
      <PersonPicker
        {...f.pick('person')}
        onSelect={(p) => {
          f.form.setValue('person', p);
          f.form.setValue('applicationId', '');
        }}
      />
      <HouseholdApplicationSelect
        {...f.bind('applicationId')}
        label={t('hc.application')}
        householdId={v.person?.householdId ?? ''}
        empty={t('hc.choose')}
        required
      />
      <SelectField
        {...f.bind('basis')}
        label={t('hc.basis')}
        options={(['application', 'emergencyCare'] as const).map((b) => ({
          value: b,
          label: t(`hc.basis.${b}`),
        }))}
        required
      />
      <div className="field-row">
        {day('appliedOn')}
        {v.basis === 'emergencyCare' ? day('careStartedOn') : null}
      </div>
      <div className="field-row">
        {day('insuredFrom', false)}
        {day('decidedOn')}
      </div>
    </FormCard>
  );
}

/** The decisions on the right to health care, the rights in force with their end dates, and a new one. */
export function HealthCarePage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const client = useQueryClient();
  const [current, filter] = useOnlyFilter('hc', 'current', true);
  const list = useCursorQuery([...KEY, current], (after, signal) =>
    healthCareApi.list({ after, limit: 50, current: current ? 'true' : undefined }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('hc.title')} lead={t('hc.lead')}>
      {filter}
      <ListTable empty={t('hc.none')} caption={t('hc.list')} columns={columns} list={list} />
      {can('healthCare.decide') ? (
        <DecideForm onSaved={() => client.invalidateQueries({ queryKey: KEY })} />
      ) : null}
    </Page>
  );
}
