import {
  type Assignment,
  CreateAssignment,
  CreateNeighbour,
  EnterHours,
  type Neighbour,
  type PaymentList,
} from '@ostoja/domain/services/neighbour';
import { useState } from 'react';
import { neighbourApi } from '../../api/services.ts';

import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError } from '../../components/feedback.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { SectionFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useMonthField } from './month-field.tsx';
import { useCareServices } from './queries.ts';
import { ServiceList } from './service-list.tsx';
import { telecareKeys, useNeighbourSaved } from './telecare-queries.ts';

/** "12,25" or "12.25" as typed; NaN lets the schema refuse it. */
const hours = (s: string) => (s.trim() ? Number(s.replace(',', '.')) : Number.NaN);

const useNeighbours = () => usePagedList(telecareKeys.neighbours, neighbourApi.neighbours, 100);
const useAssignments = () => usePagedList(telecareKeys.assignments, neighbourApi.assignments, 100);

function Neighbours() {
  const { t } = useI18n();
  const list = useNeighbours();
  const columns: Column<Neighbour>[] = [
    textColumn('fullName', t('nb.fullName'), 'name'),
    { key: 'address', header: t('nb.address'), cell: (n) => n.address },
    { key: 'phone', header: t('nb.phone'), cell: (n) => n.phone ?? '—' },
  ];
  return <ServiceList name="nb.neighbours" columns={columns} list={list} />;
}

function NeighbourForm() {
  const { t } = useI18n();
  const saved = useNeighbourSaved();
  const empty = { fullName: '', address: '', phone: '', bankAccount: '' };
  const f = useEditForm({
    schema: CreateNeighbour,
    defaultValues: empty,
    toBody: (v) => ({ ...v, phone: v.phone || null, bankAccount: v.bankAccount || null }),
    save: (body) => neighbourApi.addNeighbour(body),
    reset: true,
    onSaved: () => saved(),
    idPrefix: 'nb-add-',
  });
  return (
    <SectionFormCard headingId="nb-add-h" title="nb.add" form={f}>
      <TextField label={t('nb.fullName')} required {...f.bind('fullName')} />
      <TextField label={t('nb.address')} required {...f.bind('address')} />
      <TextField label={t('nb.phone')} {...f.bind('phone')} />
      <TextField label={t('nb.account')} inputMode="numeric" {...f.bind('bankAccount')} />
    </SectionFormCard>
  );
}

function Assignments() {
  const { t, date, locale } = useI18n();
  const list = useAssignments();
  const columns: Column<Assignment>[] = [
    { key: 'client', header: t('nb.client'), cell: listName, sortValue: listName },
    { key: 'decision', header: t('nb.decision'), cell: (a) => a.decisionNumber },
    { key: 'neighbour', header: t('nb.neighbour'), cell: (a) => a.neighbourName },
    {
      key: 'hours',
      header: t('nb.hoursPerMonth'),
      cell: (a) => a.hoursPerMonth.toLocaleString(locale),
      className: 'num',
    },
    { key: 'period', header: t('tc.period'), cell: (a) => `${date(a.periodFrom)} – ${date(a.periodTo)}` },
  ];
  return <ServiceList name="nb.assignments" columns={columns} list={list} />;
}

/** A neighbour assigned to a client's neighbour-services decision (decided on the care services screen). */
function AssignForm() {
  const { t } = useI18n();
  const saved = useNeighbourSaved();
  const neighbours = useNeighbours();
  const decisions = useCareServices();
  const ofNeighbours = decisions.items.filter((d) => d.serviceKind === 'neighbourService');
  const empty = {
    careServiceId: '',
    neighbourId: '',
    hoursPerMonth: '',
    periodFrom: todayIso(),
    periodTo: '',
  };
  const f = useEditForm({
    schema: CreateAssignment,
    defaultValues: empty,
    toBody: (v) => ({ ...v, hoursPerMonth: hours(v.hoursPerMonth) }),
    save: (body) => neighbourApi.assign(body),
    reset: true,
    onSaved: () => saved(),
    idPrefix: 'nb-assign-',
  });
  return (
    <SectionFormCard headingId="nb-assign-h" title="nb.assign" form={f}>
      <SelectField
        label={t('nb.decision')}
        options={ofNeighbours.map((d) => ({ value: d.id, label: `${listName(d)} — ${d.number}` }))}
        required
        {...f.bind('careServiceId')}
      />
      <SelectField
        label={t('nb.neighbour')}
        options={neighbours.items.map((n) => ({ value: n.id, label: n.fullName }))}
        required
        {...f.bind('neighbourId')}
      />
      <TextField label={t('nb.hoursPerMonth')} inputMode="decimal" required {...f.bind('hoursPerMonth')} />
      <DateField label={t('nb.periodFrom')} {...f.bind('periodFrom')} />
      <DateField label={t('nb.periodTo')} {...f.bind('periodTo')} />
    </SectionFormCard>
  );
}

function HoursForm({ month }: { month: string }) {
  const { t } = useI18n();
  const saved = useNeighbourSaved();
  const assignments = useAssignments();
  const [done, setDone] = useState<{ hours: number; month: string }>();
  const empty = { assignmentId: '', hours: '' };
  const f = useEditForm({
    schema: EnterHours,
    defaultValues: empty,
    toBody: (v) => ({ assignmentId: v.assignmentId, month, hours: hours(v.hours) }),
    save: (body) => neighbourApi.enterHours(body),
    reset: true,
    onSaved: (r) => {
      setDone(r);
      saved();
    },
    idPrefix: 'nb-hours-',
  });
  return (
    <section className="card" aria-labelledby="nb-hours-h">
      <h3 id="nb-hours-h">{t('nb.hours')}</h3>
      {done ? (
        <Alert kind="success" focus>
          {t('nb.hours.done', done)}
        </Alert>
      ) : null}
      <EditForm form={f} submitLabel={t('nb.hours.submit')}>
        <SelectField
          label={t('nb.hours.assignment')}
          options={assignments.items.map((a) => ({
            value: a.id,
            label: `${a.neighbourName} → ${listName(a)}`,
          }))}
          required
          {...f.bind('assignmentId')}
        />
        <TextField label={t('nb.hours.value')} inputMode="decimal" required {...f.bind('hours')} />
      </EditForm>
    </section>
  );
}

type Line = PaymentList['items'][number];

/** The month's payment list: each neighbour's hours × the rate in force, to the grosz. */
function Payments({ month }: { month: string }) {
  const { t, money, locale } = useI18n();
  const list = useRead(telecareKeys.payments(month), (s) => neighbourApi.payments(month, s));
  const columns: Column<Line>[] = [
    textColumn('fullName', t('nb.neighbour'), 'name'),
    { key: 'account', header: t('nb.account'), cell: (l) => l.bankAccount ?? '—' },
    { key: 'clients', header: t('nb.clients'), cell: (l) => l.clients, className: 'num' },
    { key: 'hours', header: t('nb.hours'), cell: (l) => l.hours.toLocaleString(locale), className: 'num' },
    { key: 'amount', header: t('nb.amount'), cell: (l) => money(l.amountGrosze), className: 'num' },
  ];
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  if (list.data && !list.data.items.length) return <p className="empty">{t('nb.noPayments')}</p>;
  return (
    <>
      <PagedTable
        caption={t('nb.paymentsTable', { month, rate: money(list.data?.hourlyRateGrosze ?? 0) })}
        columns={columns}
        list={wholeList(list.data?.items, list.isFetching)}
        rowKey={(l) => l.neighbourId}
      />
      {list.data ? <p>{t('nb.total', { total: money(list.data.totalGrosze) })}</p> : null}
    </>
  );
}

/** Neighbour services: neighbours, whom they help, the month's hours and the payment list. */
export function NeighbourServicesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [month, monthField] = useMonthField('nb-month');
  const manage = can('neighbourServices.manage');
  return (
    <Page title={t('nb.title')} lead={t('nb.lead')}>
      {monthField}
      {manage ? (
        <Section id="nb-payments" title={t('nb.payments')}>
          <Payments month={month} />
        </Section>
      ) : null}
      {manage ? <HoursForm month={month} /> : null}
      <Assignments />
      {manage && can('careService.read') ? <AssignForm /> : null}
      <Neighbours />
      {manage ? <NeighbourForm /> : null}
    </Page>
  );
}
