import type { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import { DistributionImport, type Referral, ReferralInput } from '@ostoja/domain/food-aid/referral';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { foodAidApi } from '../../api/programs.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError } from '../../components/feedback.tsx';
import { DateField, SelectField, TextAreaField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { FormCard, FormLead } from '../../components/kit/form-card.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { programsKeys, useFoodAidYear, useProgramsSaved } from './queries.ts';
import { CriteriaFields } from './reasons-field.tsx';

type PartnerOption = { value: string; label: string };

function ReferForm({ partners }: { partners: PartnerOption[] }) {
  const { t } = useI18n();
  const saved = useProgramsSaved();
  const [done, setDone] = useState<string | null>(null);
  const empty = {
    person: null as PersonSummary | null,
    partnerId: partners[0]?.value ?? '',
    issuedOn: todayIso(),
    validUntil: `${todayIso().slice(0, 4)}-12-31`,
    householdSize: '1',
    income: '',
    reasons: [] as string[],
  };
  const f = useEditForm({
    schema: ReferralInput,
    defaultValues: empty,
    toBody: (v) => ({
      personId: v.person?.id ?? '',
      partnerId: v.partnerId,
      issuedOn: v.issuedOn,
      validUntil: v.validUntil,
      householdSize: Number(v.householdSize),
      incomePerPersonGrosze: parseZloty(v.income) ?? Number.NaN,
      reasons: v.reasons as (typeof HELP_REASONS)[number][],
    }),
    save: (body) => foodAidApi.refer(body),
    reset: true,
    onSaved: (r) => {
      saved.foodAid();
      setDone(listName(r));
    },
  });
  return (
    <FormCard
      headingId="fa-refer-h"
      title={t('foodAid.refer')}
      lead={
        <FormLead text={t('foodAid.refer.lead')} done={done && t('foodAid.refer.done', { name: done })} />
      }
      form={f}
      submitLabel={t('foodAid.refer')}
    >
      <PersonPicker {...f.pick('person')} />
      <SelectField label={t('foodAid.partner')} {...f.bind('partnerId')} options={partners} required />
      <div className="field-row">
        <DateField label={t('foodAid.issuedOn')} {...f.bind('issuedOn')} />
        <DateField label={t('foodAid.validUntil')} {...f.bind('validUntil')} />
      </div>
      <CriteriaFields form={f} />
    </FormCard>
  );
}

function ImportForm({ partners, month }: { partners: PartnerOption[]; month: string }) {
  const { t } = useI18n();
  const saved = useProgramsSaved();
  const [done, setDone] = useState<string | null>(null);
  // The partner is the address of the import, not part of its body.
  const [partnerId, setPartnerId] = useState(partners[0]?.value ?? '');
  const f = useEditForm({
    schema: DistributionImport,
    defaultValues: { csv: '' },
    toBody: (v) => ({ month, csv: v.csv }),
    save: (body) => foodAidApi.importDistribution(partnerId, body),
    reset: () => ({ csv: '' }),
    onSaved: (r) => {
      saved.foodAid();
      setDone(t('foodAid.import.done', { rows: r.rows, kg: r.kilograms, parcels: r.parcels }));
    },
  });
  return (
    <Section card id="fa-import" title={t('foodAid.import')}>
      <p>{t('foodAid.import.lead')}</p>
      {done ? <Alert kind="success">{done}</Alert> : null}
      <SelectField
        id="fa-import-partner"
        label={t('foodAid.partner')}
        value={partnerId}
        onValue={setPartnerId}
        options={partners}
        required
      />
      <p>
        <a href={foodAidApi.monthListUrl(partnerId, month)} download>
          {t('foodAid.list')}
        </a>
      </p>
      <EditForm form={f} submitLabel={t('foodAid.import.submit')}>
        <TextAreaField label={t('foodAid.import.csv')} rows={6} {...f.bind('csv')} required />
      </EditForm>
    </Section>
  );
}

function Year({ year }: { year: number }) {
  const { t } = useI18n();
  const q = useFoodAidYear(year);
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return null;
  const y = q.data;
  return (
    <ColumnTable
      caption={t('foodAid.year', { year })}
      rows={y.partners}
      rowKey={(p) => p.partnerId}
      columns={[
        { key: 'partner', header: t('foodAid.partner'), cell: (p) => p.name, rowHeader: true },
        { key: 'persons', header: t('foodAid.persons'), cell: (p) => p.persons },
        {
          key: 'kilograms',
          header: t('foodAid.kilograms'),
          cell: (p) => p.kilograms.toLocaleString('pl-PL'),
        },
        { key: 'parcels', header: t('foodAid.parcels'), cell: (p) => p.parcels },
      ]}
      foot={
        <tr>
          <th scope="row">
            {t('foodAid.persons')} / {t('foodAid.personsInHouseholds')}
          </th>
          <td>
            {y.persons} / {y.personsInHouseholds}
          </td>
          <td>{y.kilograms.toLocaleString('pl-PL')}</td>
          <td>{y.parcels}</td>
        </tr>
      }
    />
  );
}

/** FEPŻ food aid: the month's referrals, a referral, the partners' lists and reports, the year's figures. */
export function FoodAidPage() {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const partners = useQuery({
    queryKey: programsKeys.partners,
    queryFn: ({ signal }) => foodAidApi.partners({ limit: 100 }, signal),
  });
  const list = useCursorQuery(programsKeys.referrals(month), (after, signal) =>
    foodAidApi.referrals({ month, after, limit: 100 }, signal),
  );
  const options = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const columns: Column<Referral>[] = [
    { key: 'name', header: t('prg.person'), cell: listName, sortValue: listName },
    { key: 'partner', header: t('foodAid.partner'), cell: (r) => r.partnerName },
    dateColumn('issuedOn', t('foodAid.issuedOn'), date),
    dateColumn('validUntil', t('foodAid.validUntil'), date),
    { key: 'size', header: t('foodAid.householdSize'), cell: (r) => r.householdSize },
    {
      key: 'limit',
      header: t('foodAid.limit'),
      cell: (r) => `${r.thresholdPercent}% — ${money(r.limitGrosze)}`,
    },
  ];
  return (
    <Page title={t('foodAid.title')} lead={t('foodAid.lead')}>
      <MonthField
        id="fa-month"
        label={t('foodAid.month')}
        value={month}
        onValue={(m) => /^\d{4}-\d{2}$/.test(m) && setMonth(m)}
        className="w-short"
      />
      <ListTable
        empty={t('foodAid.noReferrals')}
        caption={t('foodAid.referrals')}
        columns={columns}
        list={list}
      />
      {can('foodAid.refer') && options.length ? <ReferForm partners={options} /> : null}
      {can('foodAid.manage') && options.length ? <ImportForm partners={options} month={month} /> : null}
      <Year year={Number(month.slice(0, 4))} />
    </Page>
  );
}
