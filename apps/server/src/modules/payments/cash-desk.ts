import type { CashPayout } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { nextNumber } from '../../shared/register.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import * as repo from './cash-desk-repo.ts';
import { type CashReport, cashReportPdf } from './cash-report.ts';
import { wrongStatus } from './errors.ts';
import { getItem, settle } from './payouts.ts';
import * as payouts from './payouts-repo.ts';
import { receiptPdf } from './receipt.ts';
import * as runs from './runs-repo.ts';

// The cash desk: paying out items of approved cash lists against an identity document, the
// receipt (dowód wypłaty KW), and closing the day with its cash report. Items not collected by
// their list's deadline return to the schedule when the day after the deadline is closed.

const normalizeDocument = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

export async function payOut(ctx: StaffContext, itemId: string, input: z.output<typeof CashPayout>) {
  // A receipt records cash handed over; it cannot be handed over on a day still to come.
  if (input.paidOn > todayInPoland()) throw fieldError('paidOn', 'validation.date.future');
  await repo.lockDay(ctx.q, input.paidOn);
  const item = await payouts.findItem(ctx.q, itemId, personScope(ctx.actor), true);
  if (!item) throw notFound();
  if (item.method !== 'cashDesk' || item.status !== 'approved')
    throw wrongStatus('item', item.status, ctx.locale);
  const list = (await runs.findList(ctx.q, item.listId!))!;
  if (input.paidOn < list.payOn) throw fieldError('paidOn', 'validation.payments.beforePayDay');
  if (list.payUntil && input.paidOn > list.payUntil)
    throw conflict('collectionExpired', 'error.payments.collectionExpired');
  if (await repo.dayClosed(ctx.q, input.paidOn))
    throw conflict('cashDayClosed', 'error.payments.cashDayClosed');
  // Where the registry holds the beneficiary's document and no one else collects, it must be that one.
  const known = await repo.payoutDocument(ctx.q, itemId);
  if (
    known?.documentNumber &&
    !known.otherRecipient &&
    normalizeDocument(known.documentNumber) !== normalizeDocument(input.documentNumber)
  )
    throw fieldError('documentNumber', 'validation.payments.documentMismatch');
  const receiptNumber = await nextNumber(ctx.q, 'cashReceipt', 'KW', input.paidOn, 6);
  await settle(ctx.q, [itemId], ['approved'], 'cash', {
    paidOn: input.paidOn,
    by: ctx.actor.id,
    receiptNumber,
    documentType: input.documentType,
    documentNumber: input.documentNumber,
  });
  await ctx.audit({
    action: 'cashPayout',
    entity: 'paymentItem',
    entityId: itemId,
    details: { receiptNumber, amount: item.amount - item.deduction },
  });
  return getItem(ctx, itemId);
}

export async function receipt(ctx: StaffContext, itemId: string) {
  const item = await payouts.findItem(ctx.q, itemId, personScope(ctx.actor));
  if (!item) throw notFound();
  if (!item.receiptNumber) throw conflict('noReceipt', 'error.payments.noReceipt');
  const c = await orgRepo.centre(ctx.q);
  await ctx.audit(documentRead('paymentItem', itemId, undefined, { document: 'receipt' }));
  const pdf = await receiptPdf({
    centre: { name: c.name, address: orgRepo.centreAddress(c) },
    number: item.receiptNumber,
    paidOn: item.paidOn!,
    recipient: { name: item.recipientName, pesel: item.recipientPesel, address: item.recipientAddress },
    document: { type: item.documentType ?? 'other', number: item.documentNumber ?? '' },
    title: item.title,
    amount: item.amount,
    deduction: item.deduction,
    cashier: item.paidByName ?? '',
  });
  return { pdf, filename: `${item.receiptNumber.replaceAll('/', '-')}.pdf` };
}

/**
 * Closes a cash-desk day: the report of its payouts, and every cash item whose deadline has
 * passed by the end of the day goes back to its decision's schedule (to a later run).
 */
export async function closeDay(ctx: StaffContext, day: string): Promise<CashReport> {
  await repo.lockDay(ctx.q, day);
  if (await repo.dayClosed(ctx.q, day)) throw conflict('cashDayClosed', 'error.payments.cashDayClosed');
  const paid = await repo.dayPayouts(ctx.q, day);
  const expired = await repo.expireUncollected(ctx.q, day);
  for (const runId of new Set(expired.map((r) => r.runId))) await runs.recomputeTotals(ctx.q, runId);
  await repo.closeFinishedLists(ctx.q, day);
  const c = await orgRepo.centre(ctx.q);
  const report: CashReport = {
    day,
    centre: c.name,
    closedBy: ctx.actor.fullName,
    closedAt: new Date().toISOString(),
    payouts: paid,
    count: paid.length,
    total: paid.reduce((s, p) => s + p.amount, 0),
    expired: { count: expired.length, total: expired.reduce((s, p) => s + p.amount, 0) },
  };
  await repo.insertDay(ctx.q, ctx.actor.id, report);
  await ctx.audit({
    action: 'closeDay',
    entity: 'cashDay',
    entityId: null,
    details: { day, count: report.count, total: report.total, expired: report.expired.count },
  });
  return report;
}

export async function reportPdf(ctx: StaffContext, day: string) {
  const report = await repo.dayReport(ctx.q, day);
  if (!report) throw notFound();
  return { pdf: await cashReportPdf(report), filename: `raport-kasowy-${day}.pdf` };
}
