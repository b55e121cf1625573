import {
  CreatePlanEntry,
  CreateVisit,
  MISSED_REASONS,
  type PlanEntry,
  type Visit,
} from '@ostoja/domain/services/schedule';
import { scheduleApi } from '../../api/services.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { withBindings } from '../../components/kit/bindings.ts';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import type { Column } from '../../components/kit/paged-table.tsx';
import { SectionFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { WholeTable } from '../alimony-fund/whole-table.tsx';
import { useMonthField } from './month-field.tsx';
import { servicesKeys, useDecisionSchedule, useScheduleSaved } from './queries.ts';

// A decision's schedule on its page: the weekly plan of visits with their carers, and the visits
// of a month — delivered with their hours or missed with a reason — entered by the coordinator.

/** "1,25" or "1.25" as typed; NaN lets the schema refuse it. */
export const decimal = (s: string) => (s.trim() ? Number(s.replace(',', '.')) : Number.NaN);

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The carers to choose from, for the coordinator's forms. */
function useCarerOptions() {
  const { t } = useI18n();
  const carers = useRead([...servicesKeys.carers, 'options'], (s) => scheduleApi.carers({ limit: 100 }, s));
  return [
    { value: '', label: t('cs.choose') },
    ...(carers.data?.items ?? []).map((c) => ({
      value: c.id,
      label: c.providerName ? `${c.fullName} (${c.providerName})` : c.fullName,
    })),
  ];
}

function PlanForm({ careServiceId }: { careServiceId: string }) {
  const { t } = useI18n();
  const saved = useScheduleSaved();
  const carers = useCarerOptions();
  const empty = { carerId: '', weekday: '1', startsAt: '08:00', endsAt: '10:00' };
  const f = useEditForm({
    schema: CreatePlanEntry,
    defaultValues: empty,
    toBody: (v) => ({ careServiceId, ...v, weekday: Number(v.weekday) }),
    save: (body) => scheduleApi.addPlan(body),
    reset: true,
    onSaved: () => saved(),
  });
  return (
    <SectionFormCard headingId="sch-plan-h" of="sch.plan" form={f}>
      {/* The visit form below has the same fields: these ids are the plan's own. */}
      <SelectField
        label={t('sch.carer')}
        options={carers}
        required
        {...f.bind('carerId')}
        id="f-plan-carerId"
      />
      <SelectField
        label={t('sch.weekday')}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`day.${d}`) }))}
        required
        {...f.bind('weekday')}
      />
      <TextField
        label={t('sch.startsAt')}
        type="time"
        required
        {...f.bind('startsAt')}
        id="f-plan-startsAt"
      />
      <TextField label={t('sch.endsAt')} type="time" required {...f.bind('endsAt')} />
    </SectionFormCard>
  );
}

function VisitForm({ careServiceId }: { careServiceId: string }) {
  const { t } = useI18n();
  const saved = useScheduleSaved();
  const carers = useCarerOptions();
  const empty = {
    carerId: '',
    visitOn: todayIso(),
    startsAt: '08:00',
    hours: '',
    missedReason: '',
    note: '',
  };
  const f = withBindings(
    useEditForm({
      schema: CreateVisit,
      defaultValues: empty,
      toBody: (v) => ({
        careServiceId,
        carerId: v.carerId,
        visitOn: v.visitOn,
        startsAt: v.startsAt,
        hours: v.missedReason ? 0 : decimal(v.hours),
        missedReason: (v.missedReason || null) as Visit['missedReason'],
        note: v.note || null,
      }),
      save: (body) => scheduleApi.recordVisit(body),
      onSaved: () => {
        f.reset({ ...empty, carerId: f.values.carerId });
        saved();
      },
    }),
  );
  return (
    <SectionFormCard headingId="sch-visit-h" of="sch.visit" form={f}>
      <SelectField label={t('sch.carer')} options={carers} required {...f.bind('carerId')} />
      <DateField label={t('sch.visitOn')} {...f.bind('visitOn')} />
      <TextField label={t('sch.startsAt')} type="time" required {...f.bind('startsAt')} />
      <NoneSelect
        label={t('sch.missedReason')}
        none={t('sch.visitDelivered')}
        options={MISSED_REASONS.map((r) => ({ value: r, label: t(`schedule.missed.${r}`) }))}
        {...f.bind('missedReason')}
      />
      {f.values.missedReason ? null : (
        <TextField
          label={t('sch.hours')}
          hint={t('sch.hoursHint')}
          inputMode="decimal"
          required
          {...f.bind('hours')}
        />
      )}
      <TextField label={t('sch.note')} {...f.bind('note')} />
    </SectionFormCard>
  );
}

/** The weekly plan and a month's visits of one decision. */
export function DecisionSchedule({ careServiceId }: { careServiceId: string }) {
  const { t, date, locale } = useI18n();
  const { can } = useAuth();
  const [month, monthField] = useMonthField('sch-month');
  const schedule = useDecisionSchedule(careServiceId, month);
  const hours = (h: number) => h.toLocaleString(locale);
  const planColumns: Column<PlanEntry>[] = [
    textColumn('carerName', t('sch.carer'), 'carer'),
    { key: 'weekday', header: t('sch.weekday'), cell: (p) => t(`day.${p.weekday}` as 'day.1') },
    { key: 'time', header: t('sch.time'), cell: (p) => `${p.startsAt}–${p.endsAt}` },
    { key: 'hours', header: t('sch.hours'), cell: (p) => hours(p.hours), className: 'num' },
  ];
  const visitColumns: Column<Visit>[] = [
    dateColumn('visitOn', t('sch.visitOn'), date),
    { key: 'startsAt', header: t('sch.startsAt'), cell: (v) => v.startsAt },
    textColumn('carerName', t('sch.carer'), 'carer'),
    {
      key: 'hours',
      header: t('sch.hours'),
      cell: (v) => (v.missedReason ? t(`schedule.missed.${v.missedReason}`) : hours(v.hours)),
    },
    { key: 'source', header: t('sch.source'), cell: (v) => t(`sch.source.${v.source}`) },
  ];
  return (
    <Section id="sch" title={t('sch.decisionTitle')}>
      {monthField}
      {schedule.error ? <LoadError error={schedule.error} onRetry={() => schedule.refetch()} /> : null}
      {schedule.data ? (
        <>
          <WholeTable
            caption={t('sch.planTable')}
            columns={planColumns}
            rows={schedule.data.plan}
            empty={t('sch.noPlan')}
          />
          <WholeTable
            caption={t('sch.visitsTable', { month })}
            columns={visitColumns}
            rows={schedule.data.visits}
            empty={t('sch.noVisits')}
          />
        </>
      ) : null}
      {can('careSchedule.manage') ? (
        <>
          <PlanForm careServiceId={careServiceId} />
          <VisitForm careServiceId={careServiceId} />
        </>
      ) : null}
    </Section>
  );
}
