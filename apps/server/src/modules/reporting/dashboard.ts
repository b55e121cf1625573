import { APPLICATION_BENEFITS } from '@ostoja/domain/applications/application';
import { addWorkingDays } from '@ostoja/domain/calendar/working-days';
import { t } from '@ostoja/domain/i18n/index';
import { rolesHave } from '@ostoja/domain/identity/permissions';
import { align, CASELOAD_NORM, type Chart, chart, monthsOf } from '@ostoja/domain/reporting/charts';
import type { StaffContext } from '../../http/context.ts';
import * as repo from './dashboard-repo.ts';
import { tuneForReport, yearRange } from './helped-repo.ts';

// The director's dashboard: five charts, each with its series and its table (the accessible
// form of the chart). Counts and sums only; the one list of names is the caseload by worker.

/** "2026-03" → "03.2026", as months are written in Polish tables. */
const monthLabel = (m: string) => `${m.slice(5)}.${m.slice(0, 4)}`;

export async function dashboard(
  ctx: StaffContext,
  year: number,
  today: string,
): Promise<{ year: number; today: string; charts: Chart[] }> {
  const l = (key: string, params?: Record<string, string | number>) => t(ctx.locale, key, params);
  const [from, to] = yearRange(year);
  const months = monthsOf(year);
  const x = months.map((m) => ({ key: m, label: monthLabel(m) }));
  /** A series' values on the year's months (a month without a row is 0). */
  const byMonth = <R extends { month: string }>(rows: readonly R[], value: (r: R) => number) =>
    align(months, rows, (r) => r.month, value);
  const charts: Chart[] = [];
  await tuneForReport(ctx.q);

  const helped = await repo.helpedPerMonth(ctx.q, months);
  charts.push(
    chart(
      {
        id: 'helpedPerMonth',
        title: l('reporting.chart.helped'),
        kind: 'line',
        unit: 'count',
        x,
        series: [
          {
            key: 'persons',
            label: l('dashboard.series.personsInFamilies'),
            list: 'helped.persons',
            values: byMonth(helped, (r) => r.persons),
          },
          {
            key: 'families',
            label: l('dashboard.series.families'),
            list: 'helped.families',
            values: byMonth(helped, (r) => r.families),
          },
        ],
      },
      l('reporting.chart.month'),
    ),
  );

  const paid = await repo.paymentsPerMonth(ctx.q, from, to);
  const kinds = [...new Set([...APPLICATION_BENEFITS, ...paid.map((p) => p.benefit)])];
  charts.push(
    chart(
      {
        id: 'paymentsPerMonth',
        title: l('reporting.chart.payments'),
        kind: 'stackedBar',
        unit: 'grosze',
        x,
        series: kinds.map((b) => ({
          key: b,
          label: l('dashboard.series.zloty', { name: l(`benefit.${b}`) }),
          list: `payments.${b}`,
          values: byMonth(
            paid.filter((p) => p.benefit === b),
            (r) => r.amount,
          ),
        })),
      },
      l('reporting.chart.month'),
    ),
  );

  const load = await repo.caseload(ctx.q, ctx.actor, today);
  charts.push(
    chart(
      {
        id: 'caseload',
        title: l('reporting.chart.caseload'),
        kind: 'bar',
        unit: 'count',
        x: load.map((w) => ({ key: w.id, label: w.name })),
        listParam: 'category',
        series: [
          {
            key: 'families',
            label: l('dashboard.series.families'),
            list: 'caseload.families',
            values: load.map((w) => w.families),
          },
        ],
        reference: { label: l('reporting.chart.norm', { norm: CASELOAD_NORM }), value: CASELOAD_NORM },
      },
      l('reporting.chart.worker'),
    ),
  );

  // Due soon: within 3 working days (KPA art. 57 calendar), overdue: before today.
  const soon = addWorkingDays(today, 3);
  const apps = await repo.applicationDeadlines(ctx.q, ctx.actor, today, soon);
  const kindsAtRisk = [
    { key: 'wywiad', overdue: apps.wywiadOverdue, soon: apps.wywiadSoon },
    { key: 'decision', overdue: apps.decisionOverdue, soon: apps.decisionSoon },
  ];
  // Niebieska Karta: two counts, for those who may see its statistics at all.
  if (rolesHave(ctx.actor.roles, 'blueCard.statistics')) {
    const bc = await repo.blueCardDeadlines(ctx.q, today, soon);
    kindsAtRisk.push({ key: 'blueCard', overdue: bc.overdue, soon: bc.soon });
  }
  charts.push(
    chart(
      {
        id: 'deadlinesAtRisk',
        title: l('reporting.chart.deadlines'),
        kind: 'stackedBar',
        unit: 'count',
        // Blue Card steps are numbers only: no list says which procedure.
        x: kindsAtRisk.map((k) => ({
          key: k.key,
          label: l(`reporting.chart.deadline.${k.key}`),
          ...(k.key === 'blueCard' ? { unlisted: true as const } : {}),
        })),
        listParam: 'category',
        series: [
          {
            key: 'overdue',
            label: l('dashboard.series.cases', { name: l('reporting.chart.overdue') }),
            list: 'deadlines.overdue',
            values: kindsAtRisk.map((k) => k.overdue),
          },
          {
            key: 'dueSoon',
            label: l('dashboard.series.cases', { name: l('reporting.chart.dueSoon') }),
            list: 'deadlines.dueSoon',
            values: kindsAtRisk.map((k) => k.soon),
          },
        ],
      },
      l('reporting.chart.deadlineKind'),
    ),
  );

  const visits = await repo.appointmentsPerMonth(ctx.q, from, to);
  charts.push(
    chart(
      {
        id: 'appointments',
        title: l('reporting.chart.appointments'),
        kind: 'stackedBar',
        unit: 'count',
        x,
        series: (['attended', 'noShow', 'cancelled'] as const).map((s) => ({
          key: s,
          label: l('dashboard.series.visits', { name: l(`reporting.chart.${s}`) }),
          list: `appointments.${s}`,
          values: byMonth(visits, (r) => r[s]),
        })),
      },
      l('reporting.chart.month'),
    ),
  );

  await ctx.audit({ action: 'read', entity: 'dashboard', details: { year } });
  return { year, today, charts };
}
