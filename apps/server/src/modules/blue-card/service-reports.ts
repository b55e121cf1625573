import { type BlueCardParametersInput, deadlineState } from '@ostoja/domain/blue-card/deadlines';
import { PARTICIPANT_ROLES, type ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import { AGE_GROUPS, ageGroup, type BlueCardStatistics } from '@ostoja/domain/blue-card/statistics';
import { CLOSURE_REASONS, type ClosureReason } from '@ostoja/domain/blue-card/steps';
import { addWorkingDays } from '@ostoja/domain/calendar/working-days';
import { t } from '@ostoja/domain/i18n/index';
import { foldDiacritics } from '@ostoja/domain/shared/polish-text';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, forbidden } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { listAudit } from '../audit/repo.ts';
import * as repo from './repo.ts';
import * as reports from './repo-reports.ts';
import { ENTITY, load } from './service.ts';

/** Lists, searches and exports are logged twice: what was asked (sealed to the asker and the chair)
 * and, per procedure shown, a read of that procedure. */
async function auditShown(
  ctx: StaffContext,
  action: string,
  shown: { id: string }[],
  details: Record<string, unknown>,
) {
  await ctx.audit({ action, entity: 'blueCardRegister', details: { ...details, results: shown.length } });
  for (const { id } of shown) await ctx.audit({ action, entity: ENTITY, entityId: id });
}

/** The procedures rows about them name, each once. */
const procedures = (rows: { procedureId: string }[]) =>
  [...new Set(rows.map((r) => r.procedureId))].map((id) => ({ id }));

export async function listProcedures(
  ctx: StaffContext,
  f: { status?: string | undefined; year?: number | undefined; after?: string | undefined; limit: number },
) {
  const rows = await reports.listProcedures(ctx.q, ctx.actor.id, {
    status: f.status ?? null,
    year: f.year ?? null,
    after: decodeCursor(ProcedureCursor, f.after),
    limit: f.limit,
  });
  const page = toPage(rows, f.limit, (p) => [p.openedOn, p.id]);
  await auditShown(ctx, 'list', page.items, { status: f.status ?? null, year: f.year ?? null });
  return page;
}

const ProcedureCursor = z.tuple([keyDate, keyId]);

export async function searchProcedures(ctx: StaffContext, text: string) {
  const words = foldDiacritics(text)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0)
    .slice(0, 4);
  const items = await reports.searchProcedures(ctx.q, ctx.actor.id, words, text);
  await auditShown(ctx, 'search', items, { q: text });
  return { items };
}

export async function register(ctx: StaffContext, year: number) {
  const items = await reports.register(ctx.q, ctx.actor.id, year);
  await auditShown(ctx, 'register', items, { year });
  return { year, items };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading = + - @ would be a formula in a spreadsheet: quoted with an apostrophe.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The register as CSV for a spreadsheet (semicolons, BOM, Polish headings); an export is logged. */
export async function exportRegister(ctx: StaffContext, year: number) {
  const items = await reports.register(ctx.q, ctx.actor.id, year);
  await auditShown(ctx, 'export', items, { year });
  const l = (key: string) => t(ctx.locale, key);
  const head = [
    'blueCard.register.number',
    'blueCard.register.openedOn',
    'blueCard.register.initiator',
    'blueCard.register.institution',
    'blueCard.register.status',
    'blueCard.register.closure',
    'blueCard.register.closedOn',
    'blueCard.register.victims',
    'blueCard.register.perpetrators',
  ].map(l);
  const lines = items.map((r) =>
    [
      r.number,
      r.openedOn,
      l(`blueCard.initiator.${r.initiatorKind}`),
      r.initiatorInstitution,
      l(`blueCard.status.${r.status}`),
      r.closureReason ? l(`blueCard.closure.${r.closureReason}`) : '',
      r.closedOn,
      r.victims,
      r.perpetrators,
    ]
      .map(csvCell)
      .join(';'),
  );
  return `\uFEFF${[head.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}

/** What is due and overdue in the viewer's procedures (their groups; all of them for the chair). */
export async function deadlines(ctx: StaffContext, today: string) {
  const rows = await reports.dueItems(ctx.q, ctx.actor.id, addWorkingDays(today, 10));
  await auditShown(ctx, 'deadlines', procedures(rows), {});
  const items = rows.map((r) => ({ ...r, state: deadlineState(r.due, today) }));
  const byProcedure = new Map<string, { procedureId: string; number: string; items: typeof items }>();
  for (const i of items) {
    const g = byProcedure.get(i.procedureId) ?? { procedureId: i.procedureId, number: i.number, items: [] };
    g.items.push(i);
    byProcedure.set(i.procedureId, g);
  }
  return { today, items, byProcedure: [...byProcedure.values()] };
}

/** The chair's view: every procedure of the team with a deadline overdue or due within 2 working days. */
export async function dashboard(ctx: StaffContext, today: string) {
  const team = await repo.currentTeam(ctx.q);
  if (!team || team.chairId !== ctx.actor.id) throw forbidden();
  const rows = await reports.dueItems(ctx.q, ctx.actor.id, addWorkingDays(today, 2), team.id);
  await auditShown(ctx, 'dashboard', procedures(rows), {});
  return {
    today,
    team: { id: team.id, name: team.name },
    byStatus: await reports.countsByStatus(ctx.q, ctx.actor.id, team.id),
    atRisk: rows.map((r) => ({ ...r, state: deadlineState(r.due, today) })),
  };
}

/** The figures the team reports for a year; counts only. */
export async function statistics(ctx: StaffContext, year: number): Promise<BlueCardStatistics> {
  const s = await reports.statistics(ctx.q, year);
  await ctx.audit({ action: 'read', entity: 'blueCardStatistics', details: { year } });
  const personsByRole = Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as Record<
    ParticipantRole,
    number
  >;
  const cells = new Map<string, number>();
  for (const p of s.persons) {
    personsByRole[p.role as ParticipantRole] += p.count;
    const key = `${p.role}|${p.sex}|${ageGroup(p.age)}`;
    cells.set(key, (cells.get(key) ?? 0) + p.count);
  }
  const order = (k: string) => {
    const [role, sex, group] = k.split('|') as [ParticipantRole, string, (typeof AGE_GROUPS)[number]];
    return PARTICIPANT_ROLES.indexOf(role) * 100 + (sex === 'F' ? 0 : 50) + AGE_GROUPS.indexOf(group);
  };
  return {
    year,
    opened: s.opened.reduce((a, x) => a + x.count, 0),
    openedBy: Object.fromEntries(s.opened.map((x) => [x.kind, x.count])),
    closed: Object.fromEntries(
      CLOSURE_REASONS.map((r) => [r, s.closed.find((c) => c.reason === r)?.count ?? 0]),
    ) as Record<ClosureReason, number>,
    meetingsHeld: s.meetingsHeld,
    personsByRole,
    persons: [...cells.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([k, count]) => {
        const [role, sex, group] = k.split('|') as [ParticipantRole, 'F' | 'M', (typeof AGE_GROUPS)[number]];
        return { role, sex, ageGroup: group, count };
      }),
  };
}

/** Who saw and changed this procedure: its own audit trail, for those who see it. */
export async function accessLog(ctx: StaffContext, id: string) {
  await load(ctx, id);
  const rows = await listAudit(ctx.q, { entity: ENTITY, entityId: id, limit: 500 }, ctx.actor.id);
  await ctx.audit({ action: 'readAccessLog', entity: ENTITY, entityId: id });
  // PostgreSQL gives `at` (timestamptz) as a Date, whatever the audit repo's row type says.
  return { items: rows.map((r) => ({ ...r, at: new Date(r.at) })) };
}

export async function parameterPeriods(ctx: StaffContext) {
  return { items: await reports.parameterPeriods(ctx.q) };
}

export async function addParameterPeriod(ctx: StaffContext, p: z.output<typeof BlueCardParametersInput>) {
  if ((await reports.parameterPeriods(ctx.q)).some((x) => x.validFrom === p.validFrom))
    throw conflict('periodExists', 'error.blueCard.periodExists', [
      { path: 'validFrom', message: 'validation.blueCard.periodExists' },
    ]);
  await reports.insertParameterPeriod(ctx.q, p, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'blueCardParameterPeriod', details: { ...p } });
  return parameterPeriods(ctx);
}
