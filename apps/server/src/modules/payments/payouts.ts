import { elixirFile } from '@ostoja/domain/payments/elixir';
import { arrearsTitle, executionDate, inArrears } from '@ostoja/domain/payments/execution-date';
import {
  bankReturnPostings,
  type Channel,
  cancelReturnPostings,
  paymentPostings,
} from '@ostoja/domain/payments/ledger';
import { pain001Xml } from '@ostoja/domain/payments/pain001';
import type { ResolveReturn } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyInt, toPage } from '../../shared/cursor.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import { wrongStatus } from './errors.ts';
import * as ledger from './ledger-repo.ts';
import * as payouts from './payouts-repo.ts';
import * as runs from './runs-repo.ts';
import { payerIban } from './settings.ts';

// Transfer lists: bank files (Elixir-0, pain.001), marking a list paid, bank returns and what
// becomes of the returned money. Paying an item writes its ledger transaction.

/** Pays items (from the given statuses) and writes one balanced ledger transaction each. */
export async function settle(
  q: Queryable,
  itemIds: string[],
  from: string[],
  channel: Channel,
  p: Parameters<typeof payouts.markPaid>[3],
) {
  const paid = await payouts.markPaid(q, itemIds, from, p);
  await ledger.post(
    q,
    paid.map((i) => ({
      personId: i.personId,
      kind: 'payment' as const,
      onDate: p.paidOn,
      paymentItemId: i.id,
      document: p.receiptNumber ?? null,
      createdBy: p.by,
      postings: paymentPostings({ gross: i.amount, deduction: i.deduction, channel, reissue: i.reissue }),
    })),
  );
  return paid;
}

async function loadList(ctx: StaffContext, id: string, forUpdate = false) {
  const list = await runs.findList(ctx.q, id, forUpdate);
  if (!list) throw notFound();
  return list;
}

/**
 * When the list's money goes out: the exported file's execution date, or the one an export
 * today would carry; a cash list is paid from its payment day (or today, if that has passed).
 */
function paidOnOf(list: runs.ListRow, today: string) {
  if (list.method === 'cashDesk') return list.payOn > today ? list.payOn : today;
  return list.executionDate ?? executionDate(list.payOn, today);
}

/** Items paid for an earlier month than the money goes out in are flagged as arrears. */
const withArrears = <I extends { month: string }>(items: I[], paidOn: string) =>
  items.map((i) => ({ ...i, arrears: inArrears(i.month, paidOn) }));

export async function getList(ctx: StaffContext, id: string, after: string | undefined, limit: number) {
  const list = await loadList(ctx, id);
  const rows = await payouts.listItems(ctx.q, id, personScope(ctx.actor), {
    after: decodeCursor(keyInt, after),
    limit: limit + 1,
    all: true,
  });
  const page = toPage(rows, limit, (i) => i.ref);
  await ctx.audit({ action: 'read', entity: 'paymentList', entityId: id, persons: personsOf(page.items) });
  const paidOn = paidOnOf(list, todayInPoland());
  return {
    ...list,
    executionDate: list.method === 'transfer' ? paidOn : null,
    items: withArrears(page.items, paidOn),
    nextCursor: page.nextCursor,
  };
}

const reference = (ref: number) => `OST${ref}`;

/** ISO date-time in Polish local time, as banks read a CreDtTm without an offset. */
const warsawFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  dateStyle: 'short',
  timeStyle: 'medium',
});
const warsawTime = (at: Date) => warsawFormat.format(at).replace(' ', 'T');

/**
 * The bank file of an approved transfer list. The first export marks the list exported; the
 * file can be downloaded again and is the same file (its time stamp is the first export's).
 */
export async function exportList(ctx: StaffContext, id: string, format: 'elixir' | 'pain001') {
  let list = await loadList(ctx, id, true);
  if (list.method !== 'transfer') throw conflict('notTransferList', 'error.payments.notTransferList');
  if (list.status === 'draft') throw wrongStatus('list', list.status, ctx.locale);
  if (list.status === 'approved') {
    await payouts.setListExported(ctx.q, id, ctx.actor.id, executionDate(list.payOn, todayInPoland()));
    list = await loadList(ctx, id);
  }
  const execution = list.executionDate ?? list.payOn;
  // A fully deducted payment moves no money, so it is not in the file; arrears say so in the title.
  // The file goes to the bank and names every payee, sealed ones too: their money must reach them
  // (decision 0008); only the screens are scoped.
  const items = withArrears(
    (await payouts.listItems(ctx.q, id, 'TRUE', { after: null, limit: 1_000_000 })).filter(
      (i) => i.amount > i.deduction,
    ),
    execution,
  ).map((i) => ({ ...i, title: i.arrears ? arrearsTitle(i.title) : i.title }));
  const c = await orgRepo.centre(ctx.q);
  const payer = { name: c.name, address: orgRepo.centreAddress(c), iban: payerIban() };
  const base = `${list.runNumber.replaceAll('/', '-')}-${list.seq ?? 0}-${list.payOn}`;
  await ctx.audit({
    action: 'export',
    entity: 'paymentList',
    entityId: id,
    details: { format, items: items.length, total: list.totalAmount, executionDate: execution },
  });
  if (format === 'elixir')
    return {
      body: Buffer.from(
        elixirFile({
          payer,
          executionDate: execution,
          transfers: items.map((i) => ({
            payee: { name: i.recipientName, address: i.recipientAddress, iban: i.iban! },
            amount: i.amount - i.deduction,
            title: i.title,
            reference: reference(i.ref),
          })),
        }),
      ),
      filename: `${base}.pli`,
      contentType: 'text/plain; charset=windows-1250',
    };
  const xml = pain001Xml({
    messageId: `${list.runNumber}/${list.seq ?? 0}`,
    createdAt: warsawTime(list.exportedAt!),
    initiatingParty: c.name,
    debtor: { name: c.name, iban: payer.iban },
    batches: [
      {
        paymentInfoId: `${list.runNumber}/${list.seq ?? 0}/${execution}`,
        executionDate: execution,
        transfers: items.map((i) => ({
          endToEndId: reference(i.ref),
          amount: i.amount - i.deduction,
          creditorName: i.recipientName,
          creditorIban: i.iban!,
          remittance: i.title,
        })),
      },
    ],
  });
  return {
    body: Buffer.from(xml, 'utf8'),
    filename: `${base}.xml`,
    contentType: 'application/xml; charset=utf-8',
  };
}

/** The bank confirms the exported list was executed: every item is paid, the ledger written. */
export async function markListPaid(ctx: StaffContext, id: string, paidOn: string) {
  const list = await loadList(ctx, id, true);
  if (list.method !== 'transfer') throw conflict('notTransferList', 'error.payments.notTransferList');
  if (list.status !== 'exported') throw wrongStatus('list', list.status, ctx.locale);
  if (paidOn < list.payOn) throw fieldError('paidOn', 'validation.payments.beforePayDay');
  // The bank paid every item of the file, seen by this user or not.
  const items = await payouts.listItems(ctx.q, id, 'TRUE', { after: null, limit: 1_000_000 });
  const paid = await settle(
    ctx.q,
    items.map((i) => i.id),
    ['exported'],
    'bank',
    { paidOn, by: ctx.actor.id },
  );
  await payouts.setListStatus(ctx.q, id, 'paid', paidOn);
  await ctx.audit({
    action: 'paid',
    entity: 'paymentList',
    entityId: id,
    details: { paidOn, items: paid.length },
  });
  return loadList(ctx, id);
}

async function loadItem(ctx: StaffContext, id: string) {
  const item = await payouts.findItem(ctx.q, id, personScope(ctx.actor), true);
  if (!item) throw notFound();
  return item;
}

export async function getItem(ctx: StaffContext, id: string) {
  const item = await payouts.findItem(ctx.q, id, personScope(ctx.actor));
  if (!item) throw notFound();
  await ctx.audit({ action: 'read', entity: 'paymentItem', entityId: id, persons: [item.personId] });
  return item;
}

/** The bank sent a paid transfer back (closed account, wrong name): the money is owed to the person again. */
export async function bankReturn(
  ctx: StaffContext,
  id: string,
  input: { returnedOn: string; reason: string },
) {
  const item = await loadItem(ctx, id);
  if (item.method !== 'transfer' || item.status !== 'paid')
    throw wrongStatus('item', item.status, ctx.locale);
  if (input.returnedOn < item.paidOn!)
    throw fieldError('returnedOn', 'validation.payments.returnBeforePayment');
  const net = item.amount - item.deduction;
  if (net === 0) throw conflict('nothingReturned', 'error.payments.nothingReturned');
  await payouts.setReturned(ctx.q, id, input.returnedOn, input.reason);
  await ledger.post(ctx.q, [
    {
      personId: item.personId,
      kind: 'bankReturn',
      onDate: input.returnedOn,
      paymentItemId: id,
      memo: input.reason,
      createdBy: ctx.actor.id,
      postings: bankReturnPostings(net),
    },
  ]);
  await ctx.audit({ action: 'bankReturn', entity: 'paymentItem', entityId: id, details: { amount: net } });
  return getItem(ctx, id);
}

/**
 * What becomes of returned money: paid again (a new schedule item for a later run, by the
 * method and account now known) or, when it was not due after all, the expense is reversed.
 */
export async function resolveReturn(ctx: StaffContext, id: string, input: z.output<typeof ResolveReturn>) {
  const item = await loadItem(ctx, id);
  if (item.status !== 'returned' || item.resolution) throw wrongStatus('item', item.status, ctx.locale);
  const net = item.amount - item.deduction;
  if (input.action === 'reissue') {
    await payouts.insertReissue(ctx.q, item, {
      amount: net,
      method: input.method!,
      iban: input.method === 'transfer' ? input.iban! : null,
      recipientName: input.recipientName ?? null,
      dueOn: item.returnedOn!,
    });
  } else {
    await ledger.post(ctx.q, [
      {
        personId: item.personId,
        kind: 'returnCancelled',
        onDate: item.returnedOn!,
        paymentItemId: id,
        memo: input.note ?? null,
        createdBy: ctx.actor.id,
        postings: cancelReturnPostings(net),
      },
    ]);
  }
  await payouts.setResolution(ctx.q, id, input.action);
  await ctx.audit({
    action: `return.${input.action}`,
    entity: 'paymentItem',
    entityId: id,
    details: { amount: net },
  });
  return getItem(ctx, id);
}
