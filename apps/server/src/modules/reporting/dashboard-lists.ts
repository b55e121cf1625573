import { addWorkingDays } from '@ostoja/domain/calendar/working-days';
import { type DashboardListKind, drillKind } from '@ostoja/domain/reporting/mrpips';
import { z } from 'zod';
import type { After } from '../../db/rows.ts';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import * as lists from './dashboard-lists-repo.ts';
import { monthEnd } from './dashboard-repo.ts';
import type { DrillRow } from './drilldown-repo.ts';
import { drillPage, figureOf } from './mrpips-service.ts';

// The lists behind the dashboard's figures. Helped persons, families and payments are a month of
// the same drill-down lists MRPiPS-03 opens; caseload, deadlines and appointments use the same
// conditions as their counts (dashboard-repo.ts). Either way a figure is the length of its list —
// or, for money, its sum — in the reader's row scope. Blue Card deadlines have no list: the
// dashboard gives them as two numbers, never which procedure.

/** Dashboard figure → the MRPiPS-03 figure whose list it is, over one month. */
function mrpipsFigure(figure: string): string | null {
  if (figure === 'helped.persons') return 'benefits.total.personsInFamilies';
  if (figure === 'helped.families') return 'benefits.total.families';
  const paid = /^payments\.([A-Za-z]+)$/.exec(figure);
  return paid ? `benefits.${paid[1]}.amount` : null;
}

const Cursor = z.tuple([keyText, keyId]);
const DEADLINE_KINDS = ['wywiad', 'decision'] as const;
const BOOKING_OUTCOMES = ['attended', 'noShow', 'cancelled'] as const;

/** Where the list is: the month ("YYYY-MM") of month charts, the category (worker, deadline kind) of others. */
export interface ListAt {
  month?: string | undefined;
  category?: string | undefined;
}

const need = <T>(value: T | undefined, field: keyof ListAt, message: string): T => {
  if (value === undefined) throw fieldError(field, message);
  return value;
};
const monthOf = (at: ListAt) => need(at.month, 'month', 'validation.payments.month');

/** The rows of one figure that is not an MRPiPS-03 list, a page at a time; null for an unknown figure. */
async function ownList(
  ctx: StaffContext,
  figure: string,
  at: ListAt,
  today: string,
  page: { after: After; limit: number },
): Promise<{ kind: DashboardListKind; rows: DrillRow[] } | null> {
  if (figure === 'caseload.families') {
    const worker = z.uuid().safeParse(at.category);
    if (!worker.success) throw fieldError('category', 'validation.reporting.category');
    return {
      kind: 'families',
      rows: await lists.caseloadFamilies(ctx.q, ctx.actor, today, worker.data, page),
    };
  }
  const deadline = /^deadlines\.(overdue|dueSoon)$/.exec(figure);
  if (deadline) {
    const kind = DEADLINE_KINDS.find((k) => k === at.category);
    if (!kind) throw fieldError('category', 'validation.reporting.category');
    const range = { today, soon: addWorkingDays(today, 3) };
    const when = deadline[1] as 'overdue' | 'dueSoon';
    return {
      kind: 'applications',
      rows: await lists.deadlineApplications(ctx.q, ctx.actor, range, kind, when, page),
    };
  }
  const booked = /^appointments\.(\w+)$/.exec(figure);
  const outcome = BOOKING_OUTCOMES.find((s) => s === booked?.[1]);
  if (outcome) {
    const month = monthOf(at);
    const range = { from: `${month}-01`, to: monthEnd(month) };
    return { kind: 'appointments', rows: await lists.appointments(ctx.q, range, outcome, page) };
  }
  return null;
}

export async function dashboardList(
  ctx: StaffContext,
  figure: string,
  at: ListAt,
  today: string,
  page: { after?: string | undefined; limit: number },
) {
  const id = mrpipsFigure(figure);
  let found: { kind: DashboardListKind; items: Record<string, unknown>[]; nextCursor: string | null };
  if (id) {
    const f = figureOf(id);
    const month = monthOf(at);
    found = {
      kind: drillKind(f),
      ...(await drillPage(ctx, f, { from: `${month}-01`, to: monthEnd(month) }, page)),
    };
  } else {
    const own = await ownList(ctx, figure, at, today, {
      after: decodeCursor(Cursor, page.after),
      limit: page.limit,
    });
    if (!own) throw fieldError('figure', 'validation.reporting.figure');
    found = {
      kind: own.kind,
      ...toPage(
        own.rows,
        page.limit,
        (r) => [r.sortKey, r.id],
        ({ sortKey: _s, ...rest }) => rest,
      ),
    };
  }
  await ctx.audit({
    action: 'list',
    entity: 'dashboardFigure',
    entityId: figure,
    details: { ...at, results: found.items.length },
    persons: personsOf(found.items),
  });
  return {
    figure,
    month: at.month ?? null,
    category: at.category ?? null,
    kind: found.kind,
    items: found.items,
    nextCursor: found.nextCursor,
  };
}
