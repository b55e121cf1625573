import { APPLICATION_BENEFITS } from '@ostoja/domain/applications/application';
import { OTHER_ACT_BENEFITS } from '@ostoja/domain/benefits/benefit-kinds';
import {
  amountChangedFlags,
  deceasedFlags,
  duplicateIbanFlags,
  type PreviousMonth,
  previousKey,
} from '@ostoja/domain/payments/flags';
import { allocateDeduction } from '@ostoja/domain/payments/receivable';
import { addMonths } from '@ostoja/domain/payments/schedule';
import type { Db, Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { nextNumber } from '../../shared/register.ts';
import { personScope } from '../registry/access.ts';
import { unresolvedFlags, wrongStatus } from './errors.ts';
import * as flagsRepo from './flags-repo.ts';
import * as runs from './runs-repo.ts';
import { benefitTitle } from './service.ts';
import { batchSize, cashDays } from './settings.ts';

// A month's payment run. Opening it copies the due schedule items (a frozen snapshot) in one
// statement; building it — flags, deductions, lists per day and method — is a job done in
// batches, each its own transaction, with progress on the run row for the UI to poll. It
// resumes from its cursor after a restart, and two instances never build the same batch.

// Family benefits, the alimony fund and the housing allowances are paid through the same runs.
// Built when a run is built, not at import: the message catalogues may register after this module.
const benefitTitles = () =>
  Object.fromEntries([...APPLICATION_BENEFITS, ...OTHER_ACT_BENEFITS].map((b) => [b, benefitTitle(b)]));

function progress(r: Pick<runs.RunRow, 'progressDone' | 'progressTotal' | 'status'>) {
  const percent = r.progressTotal === 0 ? 100 : Math.floor((100 * r.progressDone) / r.progressTotal);
  return { done: r.progressDone, total: r.progressTotal, percent, finished: r.status !== 'building' };
}

export async function getRun(ctx: StaffContext, id: string) {
  const found = await runs.findRun(ctx.q, id);
  if (!found || found.locked) throw notFound();
  return present(ctx.q, found.run);
}

async function present(q: Queryable, r: runs.RunRow) {
  const { progressCursor: _c, ...run } = r;
  return {
    ...run,
    progress: progress(r),
    lists: await runs.lists(q, r.id),
    flags: await flagsRepo.flagCounts(q, r.id),
  };
}

export async function listRuns(ctx: StaffContext, month: string | null) {
  const rows = await runs.listRuns(ctx.q, month, 100);
  return { items: rows.map(({ progressCursor: _c, ...r }) => ({ ...r, progress: progress(r) })) };
}

/**
 * Opens the month's run, or returns the one already open for it: two clicks, two clerks or
 * two app instances at once get the same run (the advisory lock serialises them, and the
 * partial unique index on payment_run would refuse a second open run anyway).
 */
export async function openRun(ctx: StaffContext, month: string) {
  await runs.lockMonth(ctx.q, month);
  const existing = await runs.openRunOfMonth(ctx.q, month);
  if (existing) return { created: false, run: await getRun(ctx, existing) };
  const number = await nextNumber(ctx.q, 'paymentRun', 'LW', month, 4);
  const id = await runs.insertRun(ctx.q, number, month, ctx.actor.id);
  if (!id) throw conflict('runOpen', 'error.payments.runOpen');
  const items = await runs.snapshot(ctx.q, id, month, benefitTitles());
  await ctx.audit({ action: 'open', entity: 'paymentRun', entityId: id, details: { month, number, items } });
  // A small run is built at once; a large one by the job (advance / advanceBuildingRuns).
  if (items <= batchSize()) while ((await buildStep(ctx.q, id)) === 'more');
  return { created: true, run: await getRun(ctx, id) };
}

/** One step of the build job: the next batch of items, or the totals when none is left. */
async function buildStep(q: Queryable, runId: string): Promise<'more' | 'done' | 'busy'> {
  const found = await runs.findRun(q, runId, 'skipLocked');
  if (!found) return 'done';
  if (found.locked) return 'busy';
  const run = found.run;
  if (run.status !== 'building') return 'done';
  const items = await runs.batchItems(q, runId, run.progressCursor, batchSize());
  if (items.length === 0) {
    await runs.finishBuild(q, runId);
    return 'done';
  }
  const regular = items.filter((i) => !i.reissue);
  const deaths = await flagsRepo.deathsFor(
    q,
    items.flatMap((i) => (i.pesel ? [i.pesel] : [])),
  );
  const byIban = await flagsRepo.householdsByIban(
    q,
    runId,
    items.flatMap((i) => (i.iban ? [i.iban] : [])),
  );
  const before = await flagsRepo.monthTotals(
    q,
    runId,
    regular.map((i) => i.personId),
    [...new Set(regular.map((i) => addMonths(i.month, -1)))],
  );
  const previous = new Map<string, PreviousMonth>(
    before.map((p) => [previousKey(p.personId, p.benefit, addMonths(p.month, 1)), p]),
  );
  await flagsRepo.insertFlags(q, runId, [
    ...deceasedFlags(items, deaths),
    ...duplicateIbanFlags(items, byIban),
    ...amountChangedFlags(regular, previous),
  ]);
  await deduct(q, items);
  await runs.assignLists(q, runId, items, cashDays());
  await runs.advanceProgress(q, runId, items.length, items.at(-1)!.itemId);
  return 'more';
}

/** Art. 104 ust. 2: open receivables marked for deduction are withheld from the payments. */
async function deduct(q: Queryable, items: runs.BatchItem[]) {
  const receivables = await runs.deductibleReceivables(q, [...new Set(items.map((i) => i.personId))]);
  if (receivables.length === 0) return;
  const rows: { itemId: string; receivableId: string; amount: number }[] = [];
  for (const item of items) {
    const own = receivables.filter((r) => r.personId === item.personId && r.available > 0);
    for (const d of allocateDeduction(item.amount, own)) {
      rows.push({ itemId: item.itemId, ...d });
      own.find((r) => r.id === d.receivableId)!.available -= d.amount;
    }
  }
  await runs.insertDeductions(q, rows);
}

/** The build job's step as an API call: the UI polls it, and it answers with the progress. */
export async function advance(ctx: StaffContext, id: string) {
  const step = await buildStep(ctx.q, id);
  const found = await runs.findRun(ctx.q, id);
  if (!found || found.locked) throw notFound();
  return { step, progress: progress(found.run), status: found.run.status };
}

/**
 * For a worker (main.ts, on an interval): builds every run still building, a batch per
 * transaction, until none is left. Several instances may run it at once: a run being built
 * by one is skipped by the others.
 */
export async function advanceBuildingRuns(db: Db, maxSteps = 1000): Promise<number> {
  let steps = 0;
  while (steps < maxSteps) {
    let progressed = false;
    for (const id of await runs.buildingRunIds(db)) {
      const result = await db.tx((q) => buildStep(q, id));
      if (result !== 'busy') {
        progressed = true;
        steps++;
      }
    }
    if (!progressed) break;
  }
  return steps;
}

export async function listFlags(
  ctx: StaffContext,
  runId: string,
  f: { kind?: string; unresolved?: boolean },
) {
  const found = await runs.findRun(ctx.q, runId);
  if (!found || found.locked) throw notFound();
  const items = await flagsRepo.flags(ctx.q, runId, personScope(ctx.actor), {
    kind: f.kind ?? null,
    unresolved: f.unresolved ?? false,
  });
  await ctx.audit({ action: 'read', entity: 'paymentFlags', entityId: runId });
  return { items };
}

/** The clerk accepts a flagged item (it will be paid) or excludes it (back to the schedule). */
export async function resolveFlag(
  ctx: StaffContext,
  flagId: string,
  input: { resolution: 'accept' | 'exclude'; note?: string | null },
) {
  const flag = await flagsRepo.findFlag(ctx.q, flagId, personScope(ctx.actor));
  if (!flag) throw notFound();
  const found = await runs.findRun(ctx.q, flag.runId, 'update');
  if (!found || found.locked) throw notFound();
  if (found.run.status !== 'draft') throw wrongStatus('run', found.run.status, ctx.locale);
  if (flag.resolution) throw conflict('flagResolved', 'error.payments.flagResolved');
  await flagsRepo.resolveFlag(ctx.q, flagId, input.resolution, input.note ?? null, ctx.actor.id);
  if (input.resolution === 'exclude') await runs.excludeItems(ctx.q, [flag.itemId], 'open');
  await ctx.audit({
    action: `flag.${input.resolution}`,
    entity: 'paymentItem',
    entityId: flag.itemId,
    details: { flagId, note: input.note ?? null },
  });
  return getRun(ctx, flag.runId);
}

/** Approval freezes the lists for payment: only a built run with every flag resolved. */
export async function approve(ctx: StaffContext, runId: string) {
  const found = await runs.findRun(ctx.q, runId, 'update');
  if (!found || found.locked) throw notFound();
  if (found.run.status !== 'draft') throw wrongStatus('run', found.run.status, ctx.locale);
  const open = await flagsRepo.unresolvedFlags(ctx.q, runId);
  if (open > 0) throw unresolvedFlags(open);
  await runs.setRunApproved(ctx.q, runId, ctx.actor.id);
  await ctx.audit({
    action: 'approve',
    entity: 'paymentRun',
    entityId: runId,
    details: { number: found.run.number, items: found.run.itemCount, net: found.run.netAmount },
  });
  return getRun(ctx, runId);
}
