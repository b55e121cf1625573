import {
  type Alarm,
  CreateDevice,
  CreateLoan,
  CreateTelecare,
  DEVICE_KINDS,
  type Device,
  ImportAlarms,
  type TelecareSummary,
} from '@ostoja/domain/services/telecare';
import { useState } from 'react';
import { telecareApi } from '../../api/services.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError } from '../../components/feedback.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { SectionFormCard } from '../../components/kit/titled-form-card.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { CsvImportCard, useCsvImport } from './csv-import.tsx';
import { useMonthField } from './month-field.tsx';
import { useCareCandidates } from './queries.ts';
import { ServiceList } from './service-list.tsx';
import { telecareKeys, useTelecareSaved } from './telecare-queries.ts';

function useDecisions() {
  return usePagedList(telecareKeys.decisions, telecareApi.decisions, 100);
}

const useDevices = () => usePagedList(telecareKeys.devices, telecareApi.devices, 100);

function Decisions() {
  const { t, date, money } = useI18n();
  const list = useDecisions();
  const columns: Column<TelecareSummary>[] = [
    { key: 'name', header: t('tc.person'), cell: listName, sortValue: listName },
    { key: 'number', header: t('tc.number'), cell: (c) => c.number },
    { key: 'period', header: t('tc.period'), cell: (c) => `${date(c.periodFrom)} – ${date(c.periodTo)}` },
    { key: 'fee', header: t('tc.monthlyFee'), cell: (c) => money(c.monthlyFeeGrosze), className: 'num' },
  ];
  return <ServiceList name="tc.decisions" columns={columns} list={list} />;
}

/** A telecare decision on an application with a home visit; the server computes the monthly fee. */
function DecideForm() {
  const { t } = useI18n();
  const saved = useTelecareSaved();
  const candidates = useCareCandidates();
  const people = new Map((candidates.data?.items ?? []).map((c) => [c.applicationId, c.personId]));
  const empty = { applicationId: '', periodFrom: todayIso(), periodTo: '', decidedOn: todayIso() };
  const f = useEditForm({
    schema: CreateTelecare,
    defaultValues: empty,
    toBody: (v) => ({ ...v, personId: people.get(v.applicationId) ?? '' }),
    save: (body) => telecareApi.decide(body),
    reset: true,
    onSaved: () => saved(),
    idPrefix: 'tc-',
  });
  return (
    <Section card id="tc-decide" title={t('tc.decide')}>
      <EditForm form={f} submitLabel={t('tc.decide.submit')}>
        <SelectField
          label={t('tc.application')}
          options={(candidates.data?.items ?? []).map((c) => ({
            value: c.applicationId,
            label: `${c.surname} ${c.firstName} — ${c.applicationNumber}`,
          }))}
          required
          {...f.bind('applicationId')}
        />
        <DateField label={t('tc.periodFrom')} {...f.bind('periodFrom')} />
        <DateField label={t('tc.periodTo')} {...f.bind('periodTo')} />
        <DateField label={t('tc.decidedOn')} {...f.bind('decidedOn')} />
      </EditForm>
    </Section>
  );
}

const TONE = { inStock: 'ok', returned: 'ok', lent: 'neutral', lost: 'off' } as const;

function Devices() {
  const { t } = useI18n();
  const list = useDevices();
  const columns: Column<Device>[] = [
    textColumn('serialNumber', t('tc.serial'), 'serial'),
    { key: 'kind', header: t('tc.kind'), cell: (d) => t(`telecare.device.${d.kind}`) },
    {
      key: 'status',
      header: t('tc.status'),
      cell: (d) => <StatusBadge tone={TONE[d.status]}>{t(`tc.status.${d.status}`)}</StatusBadge>,
    },
    { key: 'holder', header: t('tc.holder'), cell: (d) => (d.holder ? listName(d.holder) : '—') },
  ];
  return <ServiceList name="tc.devices" columns={columns} list={list} />;
}

function DeviceForm() {
  const { t } = useI18n();
  const saved = useTelecareSaved();
  const empty = { kind: 'bracelet', serialNumber: '' };
  const f = useEditForm({
    schema: CreateDevice,
    defaultValues: empty,
    toBody: (v) => ({ kind: v.kind as Device['kind'], serialNumber: v.serialNumber }),
    save: (body) => telecareApi.addDevice(body),
    reset: true,
    onSaved: () => saved(),
    idPrefix: 'tc-device-',
  });
  return (
    <SectionFormCard headingId="tc-device-h" of="tc.device" form={f}>
      <SelectField
        label={t('tc.kind')}
        options={DEVICE_KINDS.map((k) => ({ value: k, label: t(`telecare.device.${k}`) }))}
        required
        {...f.bind('kind')}
      />
      <TextField label={t('tc.serial')} required {...f.bind('serialNumber')} />
    </SectionFormCard>
  );
}

/** Lends a device in stock to a decision's person; the answer links the lending contract. */
function LendForm() {
  const { t } = useI18n();
  const saved = useTelecareSaved();
  const decisions = useDecisions();
  const devices = useDevices();
  const [done, setDone] = useState<{ id: string; serial: string; number: string }>();
  const empty = { telecareServiceId: '', deviceId: '', lentOn: todayIso() };
  const f = useEditForm({
    schema: CreateLoan,
    defaultValues: empty,
    save: (body) => telecareApi.lend(body),
    reset: true,
    onSaved: (l) => {
      setDone({ id: l.id, serial: l.serialNumber, number: l.contractNumber });
      saved();
    },
    idPrefix: 'tc-lend-',
  });
  return (
    <Section card id="tc-lend" title={t('tc.lend')}>
      {done ? (
        <Alert kind="success" focus>
          {t('tc.lend.done', { serial: done.serial, number: done.number })}{' '}
          <a href={telecareApi.contractUrl(done.id)} target="_blank" rel="noreferrer">
            {t('tc.contract')}
          </a>
        </Alert>
      ) : null}
      <EditForm form={f} submitLabel={t('tc.lend.submit')}>
        <SelectField
          label={t('tc.lend.decision')}
          options={decisions.items.map((d) => ({ value: d.id, label: `${listName(d)} — ${d.number}` }))}
          required
          {...f.bind('telecareServiceId')}
        />
        <SelectField
          label={t('tc.lend.device')}
          options={devices.items
            .filter((d) => d.status === 'inStock' || d.status === 'returned')
            .map((d) => ({ value: d.id, label: `${d.serialNumber} — ${t(`telecare.device.${d.kind}`)}` }))}
          required
          {...f.bind('deviceId')}
        />
        <DateField label={t('tc.lend.on')} {...f.bind('lentOn')} />
      </EditForm>
    </Section>
  );
}

/** The monitoring centre's CSV: imported whole, or refused with every bad line named. */
function ImportForm() {
  const { t } = useI18n();
  const saved = useTelecareSaved();
  const [result, setResult] = useState<{ imported: number; duplicates: number }>();
  const f = useCsvImport(
    ImportAlarms,
    telecareApi.importAlarms,
    (r) => {
      setResult(r);
      saved();
    },
    'tc-import-',
  );
  return (
    <CsvImportCard
      id="tc-import"
      title={t('tc.import')}
      format={t('tc.import.format')}
      done={result ? t('tc.import.done', result) : null}
      form={f}
      submitLabel={t('tc.import.submit')}
      lineError={(l) => t('tc.import.lineError', l)}
    >
      <TextAreaField label={t('tc.import.csv')} rows={6} {...f.bind('csv')} />
    </CsvImportCard>
  );
}

/** A person's alarms in a month: the person chosen among those with a decision. */
function Alarms() {
  const { t, date } = useI18n();
  const decisions = useDecisions();
  const [personId, setPersonId] = useState('');
  const [month, monthField] = useMonthField('tc-alarms-month');
  const person = decisions.items.find((d) => d.personId === personId);
  const list = useCursorQuery(telecareKeys.alarms(personId, month), (after, signal) =>
    personId
      ? telecareApi.alarms({ personId, month, after, limit: 100 }, signal)
      : Promise.resolve({ items: [], nextCursor: null }),
  );
  const columns: Column<Alarm>[] = [
    {
      key: 'when',
      header: t('tc.alarm.when'),
      cell: (a) => `${date(a.occurredAt.slice(0, 10))} ${a.occurredAt.slice(11, 16)}`,
      sortValue: (a) => a.occurredAt,
    },
    { key: 'kind', header: t('tc.alarm.kind'), cell: (a) => t(`tc.alarmKind.${a.kind}`) },
    { key: 'outcome', header: t('tc.alarm.outcome'), cell: (a) => t(`tc.outcome.${a.outcome}`) },
    { key: 'serial', header: t('tc.serial'), cell: (a) => a.serialNumber },
  ];
  const people = [...new Map(decisions.items.map((d) => [d.personId, d])).values()];
  return (
    <Section id="tc-alarms" title={t('tc.alarms')}>
      <SelectField
        id="tc-alarms-person"
        label={t('tc.person')}
        value={personId}
        onValue={setPersonId}
        options={people.map((d) => ({ value: d.personId, label: listName(d) }))}
      />
      {monthField}
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {person && list.loaded && !list.items.length ? <p className="empty">{t('tc.noAlarms')}</p> : null}
      {person && list.items.length ? (
        <PagedTable
          caption={t('tc.alarmsTable', { name: listName(person), month })}
          columns={columns}
          list={list}
        />
      ) : null}
    </Section>
  );
}

/** Telecare: decisions with their monthly fee, devices, loans with the contract, alarms. */
export function TelecarePage() {
  const { t } = useI18n();
  const { can } = useAuth();
  return (
    <Page title={t('tc.title')} lead={t('tc.lead')}>
      <Decisions />
      {can('careService.decide') ? <DecideForm /> : null}
      {can('telecare.manage') ? <LendForm /> : null}
      <Alarms />
      {can('telecare.manage') ? <ImportForm /> : null}
      <Devices />
      {can('telecare.manage') ? <DeviceForm /> : null}
    </Page>
  );
}
