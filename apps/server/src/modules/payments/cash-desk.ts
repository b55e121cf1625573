import type { CashPayout } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { nextInRegister, registerNumber } from '../../shared/register.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import { type CashReport, cashReportPdf } from './cash-report.ts';
import { wrongStatus } from './errors.ts';
import { getItem, settle } from './payouts.ts';
import * as payouts from './payouts-repo.ts';
import { receiptPdf } from './receipt.ts';
import * as runs from './runs-repo.ts';

// The cash desk: paying out items of approved cash lists against an identity document, the
// receipt (dowód wypłaty KW), and closing the day with its cash report. Items not collected by
// their list's deadline return to the schedule when the day after the deadline is closed.

/** Serialises payouts and the closing of the same day, across app instances too. */
const lockDay = (q: Queryable, day: string) =>
  q.query(`SELECT pg_advisory_xact_lock(7417021, hashtext($1))`, [day]);

async function dayClosed(q: Queryable, day: string) {
  return (await q.query('SELECT 1 FROM cash_day WHERE day = $1', [day])).rowCount > 0;
}

const normalizeDocument = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

export async function payOut(ctx: StaffContext, itemId: string, input: z.output<typeof CashPayout>) {
  // A receipt records cash handed over; it cannot be handed over on a day still to come.
  if (input.paidOn > todayInPoland()) throw fieldError('paidOn', 'validation.date.future');
  await lockDay(ctx.q, input.paidOn);
  const item = await payouts.findItem(ctx.q, itemId, personScope(ctx.actor), true);
  if (!item) throw notFound();
  if (item.method !== 'cashDesk' || item.status !== 'approved')
    throw wrongStatus('item', item.status, ctx.locale);
  const list = (await runs.findList(ctx.q, item.listId!))!;
  if (input.paidOn < list.payOn) throw fieldError('paidOn', 'validation.payments.beforePayDay');
  if (list.payUntil && input.paidOn > list.payUntil)
    throw conflict('collectionExpired', 'error.payments.collectionExpired');
  if (await dayClosed(ctx.q, input.paidOn)) throw conflict('cashDayClosed', 'error.payments.cashDayClosed');
  // Where the registry holds the beneficiary's document and no one else collects, it must be that one.
  const doc = await ctx.q.query<{ documentNumber: string | null; otherRecipient: boolean }>(
    `SELECT p.document_number AS "documentNumber", s.recipient_name IS NOT NULL AS "otherRecipient"
       FROM payment_item i JOIN person p ON p.id = i.person_id JOIN payment_schedule_item s ON s.id = i.schedule_item_id
      WHERE i.id = $1`,
    [itemId],
  );
  const known = doc.rows[0];
  if (
    known?.documentNumber &&
    !known.otherRecipient &&
    normalizeDocument(known.documentNumber) !== normalizeDocument(input.documentNumber)
  )
    throw fieldError('documentNumber', 'validation.payments.documentMismatch');
  const year = Number(input.paidOn.slice(0, 4));
  const receiptNumber = registerNumber('KW', year, await nextInRegister(ctx.q, 'cashReceipt', year), 6);
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
  await ctx.audit({
    action: 'read',
    entity: 'paymentItem',
    entityId: itemId,
    details: { document: 'receipt' },
  });
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
  await lockDay(ctx.q, day);
  if (await dayClosed(ctx.q, day)) throw conflict('cashDayClosed', 'error.payments.cashDayClosed');
  const paid = await ctx.q.query<{
    receiptNumber: string;
    recipientName: string;
    title: string;
    amount: number;
  }>(
    // The report is kept and read by every payments user: a sealed person's payout keeps its
    // receipt number and amount (the cash must add up) but not the name (decision 0008).
    `SELECT i.receipt_number AS "receiptNumber", CASE WHEN p.sealed THEN '' ELSE i.recipient_name END AS "recipientName",
            i.title, i.amount - i.deduction AS amount
       FROM payment_item i JOIN person p ON p.id = i.person_id
      WHERE i.method = 'cashDesk' AND i.paid_on = $1 AND i.receipt_number IS NOT NULL
      ORDER BY i.receipt_number`,
    [day],
  );
  const expired = await ctx.q.query<{ runId: string; amount: number }>(
    `WITH x AS (
       UPDATE payment_item i SET status = 'expired' FROM payment_list l
        WHERE l.id = i.list_id AND l.method = 'cashDesk' AND l.pay_until <= $1 AND i.status = 'approved'
        RETURNING i.schedule_item_id, i.run_id, i.amount - i.deduction AS amount)
     UPDATE payment_schedule_item s SET status = 'open', version = s.version + 1 FROM x
      WHERE s.id = x.schedule_item_id RETURNING x.run_id AS "runId", x.amount`,
    [day],
  );
  for (const runId of new Set(expired.rows.map((r) => r.runId))) await runs.recomputeTotals(ctx.q, runId);
  await ctx.q.query(
    `UPDATE payment_list l SET status = 'closed'
      WHERE l.method = 'cashDesk' AND l.status = 'approved' AND l.pay_until <= $1
        AND NOT EXISTS (SELECT 1 FROM payment_item i WHERE i.list_id = l.id AND i.status = 'approved')`,
    [day],
  );
  const c = await orgRepo.centre(ctx.q);
  const report: CashReport = {
    day,
    centre: c.name,
    closedBy: ctx.actor.fullName,
    closedAt: new Date().toISOString(),
    payouts: paid.rows,
    count: paid.rows.length,
    total: paid.rows.reduce((s, p) => s + p.amount, 0),
    expired: { count: expired.rows.length, total: expired.rows.reduce((s, p) => s + p.amount, 0) },
  };
  await ctx.q.query(
    `INSERT INTO cash_day (day, closed_by, payout_count, payout_total, expired_count, report)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [day, ctx.actor.id, report.count, report.total, report.expired.count, JSON.stringify(report)],
  );
  await ctx.audit({
    action: 'closeDay',
    entity: 'cashDay',
    entityId: null,
    details: { day, count: report.count, total: report.total, expired: report.expired.count },
  });
  return report;
}

export async function reportPdf(ctx: StaffContext, day: string) {
  const r = await ctx.q.query<{ report: CashReport }>('SELECT report FROM cash_day WHERE day = $1', [day]);
  if (!r.rows[0]) throw notFound();
  return { pdf: await cashReportPdf(r.rows[0].report), filename: `raport-kasowy-${day}.pdf` };
}
