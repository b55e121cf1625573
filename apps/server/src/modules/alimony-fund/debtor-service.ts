import type { BookRepayment, RecordNotice, RegisterDebtor } from '@ostoja/domain/alimony-fund/debtor';
import { debtStatement } from '@ostoja/domain/alimony-fund/debts';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextNumber } from '../../shared/register.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import { actionRequestBody, actionsTakenBody, debtorLetter, debtorMovedBody } from './debtor-documents.ts';
import * as debts from './debts-repo.ts';
import * as repo from './repo.ts';

// The alimony debtor and the debt (art. 27–28 uFA): registering the debtor of a granted
// application, the statement on a day (benefits paid with statutory interest, repayments booked
// in date order, each split between the State budget and the gminas), booking a repayment, and
// the notices between the creditor's and the debtor's gmina (art. 8). One transaction each.

const ENTITY = 'alimonyDebtor';

function summary(d: debts.DebtorRow) {
  return {
    id: d.id,
    number: d.number,
    name: d.name,
    gmina: d.gmina,
    resident: d.resident,
    registeredOn: d.registeredOn,
    paid: d.paid,
  };
}

const ListCursor = z.tuple([keyDate, keyId]);

export async function list(
  ctx: StaffContext,
  after: string | undefined,
  limit: number,
  applicationId?: string,
) {
  const cursor = decodeCursor(ListCursor, after);
  const rows = await debts.list(ctx.q, cursor, limit + 1, applicationId ?? null);
  const page = toPage(rows, limit, (d) => [d.registeredOn, d.id], summary);
  await ctx.audit({ action: 'list', entity: ENTITY, details: { results: page.items.length } });
  return page;
}

async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const d = await debts.find(ctx.q, id, forUpdate);
  if (!d) throw notFound();
  return d;
}

/** The debt on `on` (today when not asked), computed from the paid payments and the repayments. */
export async function statement(ctx: StaffContext, d: debts.DebtorRow, on: string) {
  const paid = await debts.paidBenefits(ctx.q, d.id);
  const received = await debts.repayments(ctx.q, d.id);
  const s = debtStatement(paid, received, on, !d.resident);
  const byPayment = new Map(paid.map((p) => [p.id, p]));
  const byRepayment = new Map(received.map((r) => [r.id, r]));
  return {
    ...s,
    lines: s.lines.map((l) => ({ ...l, ...byPayment.get(l.id)! })),
    repayments: s.repayments.map((r) => ({
      ...r,
      source: byRepayment.get(r.id)!.source,
      reference: byRepayment.get(r.id)!.reference,
    })),
  };
}

export async function get(ctx: StaffContext, id: string, on?: string) {
  const d = await load(ctx, id);
  const applications = await debts.applications(ctx.q, id, personScope(ctx.actor));
  const day = on ?? todayInPoland();
  await ctx.audit({
    action: 'read',
    entity: ENTITY,
    entityId: id,
    details: { on: day },
    persons: applications.map((a) => a.applicantId),
  });
  return {
    ...summary(d),
    pesel: d.pesel,
    address: d.address,
    applications: applications.map(({ applicantId: _, ...a }) => a),
    statement: await statement(ctx, d, day),
    notices: await debts.noticesOf(ctx.q, id),
  };
}

async function notice(
  ctx: StaffContext,
  debtorId: string,
  n: {
    kind: debts.NoticeRow['kind'];
    direction: debts.NoticeRow['direction'];
    gmina: string;
    on: string;
    note: string | null;
  },
) {
  const number = await nextNumber(ctx.q, 'alimonyDebtorNotice', 'ZD', n.on, 4);
  const id = await debts.insertNotice(ctx.q, { ...n, number, debtorId }, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: 'alimonyDebtorNotice',
    entityId: id,
    details: { number, debtorId },
  });
  return id;
}

/**
 * The debtor of a granted application enters the register (one debtor per PESEL: a second
 * application of the same debtor is linked to the first entry). When the debtor lives in another
 * gmina, the request to act towards the debtor goes to its organ that day (art. 8 ust. 1 uFA [M]).
 */
export async function register(ctx: StaffContext, body: z.output<typeof RegisterDebtor>) {
  const a = await repo.claims.find(ctx.q, body.applicationId, personScope(ctx.actor), true);
  if (!a) throw fieldError('applicationId', 'validation.alimonyFund.applicationNotFound');
  const decision = await repo.claims.decisionOf(ctx.q, a.id);
  if (decision?.outcome !== 'grant')
    throw conflict('alimonyDebtor.notGranted', 'error.alimonyDebtor.notGranted');
  if (await debts.debtorOfApplication(ctx.q, a.id))
    throw conflict('alimonyDebtor.registered', 'error.alimonyDebtor.registered');
  const today = todayInPoland();
  let id = body.pesel ? await debts.findByPesel(ctx.q, body.pesel) : null;
  if (!id) {
    const number = await nextNumber(ctx.q, 'alimonyDebtor', 'DA', today, 4);
    id = await debts.insert(
      ctx.q,
      {
        number,
        name: a.debtorName,
        pesel: body.pesel,
        address: a.debtorAddress,
        gmina: body.gmina,
        resident: body.resident,
        registeredOn: today,
      },
      ctx.actor.id,
    );
    await ctx.audit({
      action: 'create',
      entity: ENTITY,
      entityId: id,
      details: { number, applicationId: a.id },
    });
    if (!body.resident)
      await notice(ctx, id, {
        kind: 'actionRequest',
        direction: 'outgoing',
        gmina: body.gmina,
        on: today,
        note: null,
      });
  }
  await debts.link(ctx.q, a.id, id);
  return get(ctx, id);
}

/** A sum received towards the debt; it cannot be dated after today. */
export async function bookRepayment(ctx: StaffContext, id: string, body: z.output<typeof BookRepayment>) {
  if (body.receivedOn > todayInPoland()) throw fieldError('receivedOn', 'validation.alimonyFund.futureDate');
  await load(ctx, id, true);
  const repaymentId = await debts.insertRepayment(ctx.q, id, body, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: 'alimonyDebtRepayment',
    entityId: repaymentId,
    details: { debtorId: id, amount: body.amount, receivedOn: body.receivedOn, source: body.source },
  });
  return get(ctx, id, body.receivedOn);
}

/** A notice to or from the other gmina, entered in the register; an outgoing one is dated today. */
export async function recordNotice(ctx: StaffContext, id: string, body: z.output<typeof RecordNotice>) {
  await load(ctx, id, true);
  const today = todayInPoland();
  const on = body.direction === 'outgoing' ? today : (body.receivedOn ?? today);
  if (on > today) throw fieldError('receivedOn', 'validation.alimonyFund.futureDate');
  const noticeId = await notice(ctx, id, {
    kind: body.kind,
    direction: body.direction,
    gmina: body.gmina,
    on,
    note: body.note ?? null,
  });
  const n = await debts.findNotice(ctx.q, noticeId);
  return n!;
}

const NoticeCursor = z.tuple([keyDate, keyId]);

/** The register of notices, newest first. */
export async function notices(ctx: StaffContext, after: string | undefined, limit: number) {
  const cursor = decodeCursor(NoticeCursor, after);
  const page = toPage(await debts.notices(ctx.q, cursor, limit + 1), limit, (n) => [n.on, n.id]);
  await ctx.audit({ action: 'list', entity: 'alimonyDebtorNotice', details: { results: page.items.length } });
  return page;
}

export async function findNotice(ctx: StaffContext, id: string) {
  const n = await debts.findNotice(ctx.q, id);
  if (!n) throw notFound();
  await ctx.audit({ action: 'read', entity: 'alimonyDebtorNotice', entityId: id });
  return n;
}

/** The notice as the letter the other gmina gets (an incoming one is filed, not printed: 404). */
export async function noticePdf(ctx: StaffContext, id: string) {
  const n = await findNotice(ctx, id);
  if (n.direction !== 'outgoing') throw notFound();
  const d = await load(ctx, n.debtorId);
  const body =
    n.kind === 'actionRequest'
      ? actionRequestBody({ debtorName: d.name, debtorAddress: d.address, pesel: d.pesel, paid: d.paid })
      : n.kind === 'actionsTaken'
        ? actionsTakenBody({ debtorName: d.name, note: n.note })
        : debtorMovedBody({ debtorName: d.name, note: n.note });
  const pdf = await debtorLetter({
    centre: await orgRepo.centre(ctx.q),
    number: n.number,
    on: n.on,
    addressee: [n.gmina],
    title: NOTICE_TITLES[n.kind],
    body,
  });
  return { pdf, filename: `${n.number.replaceAll('/', '-')}.pdf` };
}

const NOTICE_TITLES = {
  actionRequest: 'Wniosek o podjęcie działań wobec dłużnika alimentacyjnego',
  actionsTaken: 'Informacja o działaniach podjętych wobec dłużnika alimentacyjnego',
  debtorMoved: 'Informacja o zmianie miejsca zamieszkania dłużnika alimentacyjnego',
} as const;
