import { PROVIDERS } from '@ostoja/domain/services/care-service';
import { type Carer, CreateCarer, type HoursReport, ImportVisits } from '@ostoja/domain/services/schedule';
import { useState } from 'react';
import { scheduleApi } from '../../api/services.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError } from '../../components/feedback.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { type Column, ListTable, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { SectionFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { CsvImportCard, useCsvImport } from './csv-import.tsx';
import { useMonthField } from './month-field.tsx';
import { servicesKeys, useCarerLogins, useScheduleSaved } from './queries.ts';

type HoursRow = HoursReport['items'][number];

/** Hours planned by the weekly schedule against those delivered, per client of the month. */
function HoursTable({ month }: { month: string }) {
  const { t, locale } = useI18n();
  const report = useRead(servicesKeys.hours(month), (s) => scheduleApi.hours(month, s));
  const h = (n: number) => n.toLocaleString(locale);
  const columns: Column<HoursRow>[] = [
    linkColumn<HoursRow>('name', t('cs.person'), listName, (r) => `/care-services/${r.careServiceId}`),
    { key: 'number', header: t('cs.number'), cell: (r) => r.number },
    { key: 'planned', header: t('sch.planned'), cell: (r) => h(r.plannedHours), className: 'num' },
    { key: 'delivered', header: t('sch.delivered'), cell: (r) => h(r.deliveredHours), className: 'num' },
    { key: 'missed', header: t('sch.missedVisits'), cell: (r) => r.missedVisits, className: 'num' },
    {
      key: 'difference',
      header: t('sch.difference'),
      cell: (r) => (
        <StatusBadge tone={r.differenceHours < 0 ? 'due-soon' : 'ok'}>
          {r.differenceHours > 0 ? '+' : ''}
          {h(r.differenceHours)}
        </StatusBadge>
      ),
      sortValue: (r) => r.differenceHours,
    },
  ];
  if (report.error) return <LoadError error={report.error} onRetry={() => report.refetch()} />;
  if (report.data && !report.data.items.length) return <p className="empty">{t('sch.noClients')}</p>;
  return (
    <PagedTable
      caption={t('sch.hoursTable', { month })}
      columns={columns}
      list={wholeList(report.data?.items, report.isFetching)}
      rowKey={(r) => r.careServiceId}
    />
  );
}

/** A carer in two places at once, in the weekly plan or in the visits of the month. */
function Conflicts({ month }: { month: string }) {
  const { t, date } = useI18n();
  const report = useRead(servicesKeys.conflicts(month), (s) => scheduleApi.conflicts(month, s));
  if (report.error) return <LoadError error={report.error} onRetry={() => report.refetch()} />;
  if (!report.data) return null;
  if (!report.data.items.length) return <p>{t('sch.noConflicts')}</p>;
  return (
    <Alert kind="warning" title={t('sch.conflicts')}>
      <ul>
        {report.data.items.map((c) => (
          <li key={`${c.carerId}-${c.weekday ?? c.date}-${c.first.careServiceId}-${c.second.careServiceId}`}>
            {t('sch.conflict', {
              carer: c.carerName,
              when: c.date ? date(c.date) : t(`day.${c.weekday}` as 'day.1'),
              first: `${c.first.client} ${c.first.startsAt}–${c.first.endsAt}`,
              second: `${c.second.client} ${c.second.startsAt}–${c.second.endsAt}`,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function CarerForm() {
  const { t } = useI18n();
  const saved = useScheduleSaved();
  const logins = useCarerLogins();
  const empty = { fullName: '', employer: 'own', providerName: '', staffUserId: '' };
  const f = useEditForm({
    schema: CreateCarer,
    defaultValues: empty,
    toBody: (v) => ({
      fullName: v.fullName,
      employer: v.employer as Carer['employer'],
      providerName: v.providerName || null,
      staffUserId: v.staffUserId || null,
    }),
    save: (body) => scheduleApi.addCarer(body),
    reset: true,
    onSaved: () => saved(),
  });
  return (
    <SectionFormCard headingId="sch-carer-h" of="sch.carer" form={f}>
      <TextField label={t('sch.carer.fullName')} required {...f.bind('fullName')} />
      <SelectField
        label={t('sch.carer.employer')}
        options={PROVIDERS.map((p) => ({ value: p, label: t(`cs.provider.${p}`) }))}
        required
        {...f.bind('employer')}
      />
      {f.values.employer === 'contracted' ? (
        <TextField label={t('cs.providerName')} required {...f.bind('providerName')} />
      ) : null}
      <NoneSelect
        label={t('sch.carer.login')}
        hint={t('sch.carer.loginHint')}
        none={t('sch.carer.noLogin')}
        options={(logins.data?.items ?? [])
          .filter((u) => !u.carerName)
          .map((u) => ({ value: u.id, label: `${u.fullName} (${u.login})` }))}
        {...f.bind('staffUserId')}
      />
    </SectionFormCard>
  );
}

function Carers() {
  const { t } = useI18n();
  const list = usePagedList(servicesKeys.carers, scheduleApi.carers);
  const columns: Column<Carer>[] = [
    textColumn('fullName', t('sch.carer.fullName'), 'name'),
    {
      key: 'employer',
      header: t('sch.carer.employer'),
      cell: (c) => (c.providerName ? c.providerName : t(`cs.provider.${c.employer}`)),
    },
    {
      key: 'login',
      header: t('sch.carer.login'),
      cell: (c) => (c.staffUserId ? t('sch.carer.hasLogin') : '—'),
    },
  ];
  return (
    <Section id="sch-carers" title={t('sch.carers')}>
      <ListTable empty={t('sch.noCarers')} caption={t('sch.carersTable')} columns={columns} list={list} />
      <CarerForm />
    </Section>
  );
}

/** The provider's monthly CSV: imported whole, or refused with every bad line named. */
function ImportForm() {
  const { t, msg } = useI18n();
  const saved = useScheduleSaved();
  const [imported, setImported] = useState<number>();
  const f = useCsvImport(ImportVisits, scheduleApi.importVisits, (r) => {
    setImported(r.imported);
    saved();
  });
  return (
    <CsvImportCard
      id="sch-import"
      title={t('sch.import')}
      format={t('sch.import.format')}
      done={imported !== undefined ? t('sch.import.done', { n: imported }) : null}
      form={f}
      submitLabel={t('sch.import.submit')}
      lineError={(l) => t('sch.import.lineError', { ...l, column: msg(`sch.csvColumn.${l.column}`) })}
    >
      <TextField
        id="sch-import-file"
        label={t('sch.import.file')}
        type="file"
        accept=".csv,text/csv,text/plain"
        value=""
        onValue={() => undefined}
        onInput={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) f.form.setValue('csv', await file.text());
        }}
      />
      <TextAreaField label={t('sch.import.csv')} rows={8} {...f.bind('csv')} />
    </CsvImportCard>
  );
}

/** The coordinator's schedule: hours planned against delivered, conflicts, carers, the provider's CSV. */
export function CareSchedulePage() {
  const { t } = useI18n();
  const [month, monthField] = useMonthField('sch-month');
  return (
    <Page title={t('sch.title')} lead={t('sch.lead')}>
      {monthField}
      <h2>{t('sch.hoursTitle')}</h2>
      <HoursTable month={month} />
      <Conflicts month={month} />
      <ImportForm />
      <Carers />
    </Page>
  );
}
