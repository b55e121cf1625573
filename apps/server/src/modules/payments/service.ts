import { t } from '@ostoja/domain/i18n/index';
import { checkIban, normalizeIban } from '@ostoja/domain/payments/iban';
import { addMonths, dueDate } from '@ostoja/domain/payments/schedule';
import type { ChangePayee, Resume, Suspend } from '@ostoja/domain/payments/schemas';
import { art11Reason } from '@ostoja/domain/social-work/art11';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { personScope } from '../registry/access.ts';
import { art11Contract } from '../social-work/art11-grounds.ts';
import * as repo from './repo.ts';
import { excludeItems } from './runs-repo.ts';
import { paymentDay } from './settings.ts';

// Payment schedules: derived from granted decisions, changed by suspension, resumption and a
// change of payee from a given month. Runs, files, the cash desk and recovery live beside this.

/** "Zasiłek okresowy": benefit names as transfer titles and receipts print them. */
export function benefitTitle(benefit: string): string {
  const name = t('pl', `benefit.${benefit}`);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The hook of the decision flow: when a decision granting a cash benefit is issued, its
 * monthly schedule becomes payable items. Idempotent (one item per decision and month). A
 * transfer needs a valid Polish account: a wrong IBAN fails the decision with a field error.
 */
export async function createScheduleForDecision(q: Queryable, decisionId: string): Promise<number> {
  const d = await repo.findDecision(q, decisionId);
  if (d?.outcome !== 'grant') return 0;
  const method = d.paymentMethod ?? 'cashDesk';
  let iban: string | null = null;
  if (method === 'transfer') {
    const problem = checkIban(d.iban ?? '', { polishOnly: true });
    if (problem) throw fieldError('iban', `validation.payments.iban.${problem}`);
    iban = normalizeIban(d.iban!);
  }
  const rows = d.schedule
    .filter((s) => s.amount > 0)
    .map((s) => ({ ...s, dueOn: dueDate(s.month, d.decidedOn, paymentDay()) }));
  return repo.insertScheduleItems(q, d, method, iban, rows);
}

async function granted(ctx: StaffContext, decisionId: string, forUpdate = false) {
  // A sealed person's schedule answers as a missing one outside the compartment (decision 0008).
  const d = await repo.findDecision(ctx.q, decisionId, forUpdate, personScope(ctx.actor));
  if (!d) throw notFound();
  if (d.outcome !== 'grant') throw conflict('notGranted', 'error.payments.notGranted');
  return d;
}

export async function getSchedule(ctx: StaffContext, decisionId: string) {
  const d = await granted(ctx, decisionId);
  await ctx.audit({ action: 'read', entity: 'paymentSchedule', entityId: decisionId, persons: [d.personId] });
  return {
    decision: {
      id: d.id,
      number: d.number,
      benefit: d.benefit,
      decidedOn: d.decidedOn,
      personId: d.personId,
    },
    items: await repo.scheduleItems(ctx.q, decisionId),
    suspensions: await repo.suspensions(ctx.q, decisionId),
  };
}

/**
 * Suspends payment from a month (by decision). Items not yet listed are suspended; items on a
 * run still in review are taken off it; items already approved or paid are reported, for the
 * clerk to establish a receivable if they were not due.
 */
export async function suspend(ctx: StaffContext, decisionId: string, input: z.output<typeof Suspend>) {
  const d = await granted(ctx, decisionId, true);
  if (input.decidedOn < d.decidedOn) throw fieldError('decidedOn', 'validation.payments.beforeDecision');
  const art11 = input.art11ContractId ?? null;
  if (art11) await art11Contract(ctx, art11, d.personId);
  const id = await repo.insertSuspension(ctx.q, {
    ...input,
    reason: art11 ? art11Reason(input.reason) : input.reason,
    art11ContractId: art11,
    decisionId,
    createdBy: ctx.actor.id,
  });
  if (!id) throw conflict('alreadySuspended', 'error.payments.alreadySuspended');
  const live = await repo.liveItemsFrom(ctx.q, decisionId, input.fromMonth);
  const pending = live.filter((i) => i.status === 'pending');
  await excludeItems(
    ctx.q,
    pending.map((i) => i.id),
    'suspended',
  );
  const suspended = await repo.setStatusFrom(ctx.q, decisionId, input.fromMonth, ['open'], 'suspended');
  await ctx.audit({
    action: 'suspend',
    entity: 'paymentSchedule',
    entityId: decisionId,
    details: { fromMonth: input.fromMonth, suspended: suspended + pending.length },
  });
  return {
    ...(await getSchedule(ctx, decisionId)),
    alreadyPaid: live.filter((i) => i.status !== 'pending'),
  };
}

/** Resumes payment from a month: the months between stay suspended (not paid). */
export async function resume(ctx: StaffContext, decisionId: string, input: z.output<typeof Resume>) {
  await granted(ctx, decisionId, true);
  const open = (await repo.suspensions(ctx.q, decisionId)).find((s) => s.toMonth === null);
  if (!open) throw conflict('notSuspended', 'error.payments.notSuspended');
  if (input.fromMonth <= open.fromMonth)
    throw fieldError('fromMonth', 'validation.payments.resumeBeforeSuspension');
  if (input.decidedOn < open.decidedOn) throw fieldError('decidedOn', 'validation.payments.beforeDecision');
  await repo.endSuspension(ctx.q, open.id, addMonths(input.fromMonth, -1), input.decidedOn);
  const resumed = await repo.setStatusFrom(ctx.q, decisionId, input.fromMonth, ['suspended'], 'open');
  await ctx.audit({
    action: 'resume',
    entity: 'paymentSchedule',
    entityId: decisionId,
    details: { fromMonth: input.fromMonth, resumed },
  });
  return getSchedule(ctx, decisionId);
}

/** From a month on, pays another way, to another account or to another recipient (a guardian, say). */
export async function changePayee(
  ctx: StaffContext,
  decisionId: string,
  input: z.output<typeof ChangePayee>,
) {
  await granted(ctx, decisionId, true);
  const changed = await repo.changePayee(ctx.q, decisionId, input.fromMonth, {
    method: input.method,
    iban: input.method === 'transfer' ? input.iban! : null,
    recipientName: input.recipientName ?? null,
  });
  await ctx.audit({
    action: 'changePayee',
    entity: 'paymentSchedule',
    entityId: decisionId,
    details: { fromMonth: input.fromMonth, method: input.method, changed },
  });
  return { ...(await getSchedule(ctx, decisionId)), changed };
}
