import { addDays } from '@ostoja/domain/calendar/working-days';
import {
  arrears,
  BILL_PAYMENT_DAYS,
  billAmount,
  type CreateProviderInvoice,
  invoiceCheck,
  type RecordBillPayment,
} from '@ostoja/domain/services/bills';
import { centiHours } from '@ostoja/domain/services/schedule';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import { documentRead, personsOf, type StaffContext } from '../../http/context.ts';
import { fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { nextInRegister } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import * as registryRepo from '../registry/repo.ts';
import { billPdf } from './bill-pdf.ts';
import * as repo from './bills-repo.ts';

// Monthly bills for care services: issued from the delivered hours, paid in cash or by transfer,
// with arrears; and the provider's invoice checked against the hours its carers recorded.

const ENTITY = 'careBill';

/** Bills as the register shows them: balance, and each client's arrears on all their bills. */
async function withArrears(ctx: StaffContext, rows: repo.BillRow[]) {
  const all = rows.length ? await repo.billsOfPersons(ctx.q, [...new Set(rows.map((r) => r.personId))]) : [];
  const today = todayInPoland();
  return rows.map(({ decidedOn: _d, applicationId: _a, ...b }) => ({
    ...b,
    balanceGrosze: b.amountGrosze - b.paidGrosze,
    arrearsGrosze: arrears(
      all.filter((x) => x.personId === b.personId),
      today,
    ),
  }));
}

/** Last day of a month ("2026-02" → "2026-02-28"). */
function lastDay(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Art. 50 ust. 6 ups: a bill for every client with hours delivered in the month and none yet. */
export async function issueBills(ctx: StaffContext, month: string) {
  const today = todayInPoland();
  if (lastDay(month) > today) throw fieldError('month', 'error.bills.monthNotEnded');
  const rows = await repo.billable(ctx.q, month, personScope(ctx.actor));
  if (rows.length === 0) throw fieldConflict('bills.nothingToBill', 'month');
  const year = Number(today.slice(0, 4));
  const ids: string[] = [];
  for (const r of rows) {
    const n = await nextInRegister(ctx.q, 'careBill', year);
    ids.push(
      await repo.insertBill(
        ctx.q,
        {
          ...r,
          number: `UO/${n}/${year}`,
          month,
          amountGrosze: billAmount(r.hours, r.hourlyFeeGrosze),
          issuedOn: today,
          dueOn: addDays(today, BILL_PAYMENT_DAYS),
        },
        ctx.actor.id,
      ),
    );
  }
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    details: { month, bills: ids.length },
    persons: personsOf(rows),
  });
  const scope = personScope(ctx.actor);
  const bills: repo.BillRow[] = [];
  for (const id of ids) bills.push((await repo.findBill(ctx.q, id, scope))!);
  return { month, items: await withArrears(ctx, bills) };
}

export async function register(ctx: StaffContext, month: string, after: string | undefined, limit: number) {
  const rows = await repo.billsOfMonth(
    ctx.q,
    month,
    personScope(ctx.actor),
    decodeCursor(z.tuple([keyText, keyId]), after),
    limit + 1,
  );
  const page = toPage(rows, limit, (b) => [b.surname, b.id]);
  await ctx.audit({
    action: 'list',
    entity: ENTITY,
    details: { month, results: page.items.length },
    persons: personsOf(page.items),
  });
  return { items: await withArrears(ctx, page.items), nextCursor: page.nextCursor };
}

async function billOf(ctx: StaffContext, id: string) {
  const row = await repo.findBill(ctx.q, id, personScope(ctx.actor));
  if (!row) throw notFound();
  return row;
}

export async function getBill(ctx: StaffContext, id: string) {
  const row = await billOf(ctx, id);
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, persons: [row.personId] });
  return (await withArrears(ctx, [row]))[0]!;
}

/** A payment at the cash desk or by transfer; never more than is left to pay, never dated ahead. */
export async function recordPayment(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof RecordBillPayment>,
) {
  await repo.lockBill(ctx.q, id);
  const row = await billOf(ctx, id);
  if (input.paidOn > todayInPoland()) throw fieldError('paidOn', 'validation.bills.paidInFuture');
  const left = row.amountGrosze - row.paidGrosze;
  if (input.amountGrosze > left)
    throw fieldError(
      'amountGrosze',
      `validation.bills.overpaid?left=${(left / 100).toFixed(2).replace('.', ',')} zł`,
    );
  await repo.insertPayment(ctx.q, id, input, ctx.actor.id);
  await ctx.audit({
    action: 'update',
    entity: ENTITY,
    entityId: id,
    details: { payment: input.amountGrosze, method: input.method },
    persons: [row.personId],
  });
  return getBill(ctx, id);
}

/** The bill as PDF, addressed to the client at the household of the decision's application (logged). */
export async function billDocument(ctx: StaffContext, id: string) {
  const row = await billOf(ctx, id);
  const app = await applicationsRepo.findApplication(ctx.q, row.applicationId);
  const household = app ? await registryRepo.findHousehold(ctx.q, app.householdId) : null;
  if (!household) throw notFound();
  await ctx.audit(documentRead(ENTITY, id, [row.personId]));
  const flat = household.apartment ? `/${household.apartment}` : '';
  const bill = (await withArrears(ctx, [row]))[0]!;
  const pdf = await billPdf({
    centre: await orgRepo.centre(ctx.q),
    bill,
    decidedOn: row.decidedOn,
    address: `ul. ${household.street} ${household.building}${flat}, ${household.postalCode ?? ''} ${household.city}`,
  });
  return { pdf, filename: `rachunek-${row.number.replace(/[^\w.-]+/g, '_')}.pdf` };
}

/** The provider's invoice against its carers' delivered hours at each decision's hourly cost. */
export async function addInvoice(ctx: StaffContext, input: z.output<typeof CreateProviderInvoice>) {
  if (await repo.invoiceExists(ctx.q, input.providerName, input.number))
    throw fieldConflict('bills.invoiceExists', 'number');
  const id = await repo.insertInvoice(ctx.q, input, ctx.actor.id);
  const delivered = await repo.providerHours(ctx.q, input.providerName, input.month);
  const deliveredHours = delivered.reduce((s, d) => s + centiHours(d.hours), 0) / 100;
  const deliveredGrosze = delivered.reduce((s, d) => s + billAmount(d.hours, d.hourlyCostGrosze), 0);
  await ctx.audit({ action: 'create', entity: 'careProviderInvoice', entityId: id });
  return {
    id,
    providerName: input.providerName,
    month: input.month,
    number: input.number,
    issuedOn: input.issuedOn,
    hours: input.hours,
    amountGrosze: input.amountGrosze,
    deliveredHours,
    deliveredGrosze,
    ...invoiceCheck(input, { hours: deliveredHours, amountGrosze: deliveredGrosze }),
  };
}
