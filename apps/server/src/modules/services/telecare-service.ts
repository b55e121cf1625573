import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import {
  type CreateDevice,
  type CreateLoan,
  type CreateTelecare,
  type EndLoan,
  telecareMonthlyFee,
} from '@ostoja/domain/services/telecare';
import { parseAlarmsCsv } from '@ostoja/domain/services/telecare-csv';
import type { FieldError } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { badRequest, conflict, fieldError, notFound } from '../../http/errors.ts';
import { loggedRow } from '../../http/logged.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { registerPage } from '../registry/person-register.ts';
import * as feeRepo from './repo.ts';
import { incomeOf } from './service.ts';
import { telecareContractPdf } from './telecare-pdf.ts';
import * as repo from './telecare-repo.ts';

// Telecare (issue 16 item 7): the devices, the decision with its monthly fee, the loans of devices
// under a lending contract, and the monitoring centre's alarms. One transaction per use case.

const ENTITY = 'telecareService';

export async function addDevice(ctx: StaffContext, input: z.output<typeof CreateDevice>) {
  const id = await repo.insertDevice(ctx.q, input, ctx.actor.id);
  if (!id) throw fieldError('serialNumber', 'validation.telecare.serialTaken');
  await ctx.audit({ action: 'create', entity: 'telecareDevice', entityId: id });
  return (await repo.findDevice(ctx.q, id, personScope(ctx.actor)))!;
}

/** A page read, logged with its count under the persons its items name. */
async function listed<P extends { items: unknown[] }>(
  ctx: StaffContext,
  entity: string,
  page: P,
  persons: string[],
) {
  await ctx.audit({ action: 'list', entity, details: { results: page.items.length }, persons });
  return page;
}

export async function listDevices(
  ctx: StaffContext,
  q: { status?: 'inStock' | 'lent' | 'returned' | 'lost'; after?: string; limit: number },
) {
  const rows = await repo.listDevices(
    ctx.q,
    personScope(ctx.actor),
    q.status ?? null,
    decodeCursor(z.tuple([keyText, keyId]), q.after),
    q.limit + 1,
  );
  const page = toPage(rows, q.limit, (d) => [d.serialNumber, d.id]);
  const holders = page.items.flatMap((d) => (d.holder ? [d.holder.personId] : []));
  return listed(ctx, 'telecareDevice', page, holders);
}

/** Art. 50 ups: telecare granted for a period, with the monthly fee from the resolution in force on its first day. */
export async function decideTelecare(ctx: StaffContext, input: z.output<typeof CreateTelecare>) {
  const { app, wywiad, period, hi, steps } = await incomeOf(ctx, input);
  const table = await feeRepo.tableOn(ctx.q, 'localResolution', input.periodFrom);
  if (!table) throw fieldError('periodFrom', 'validation.services.noTable');
  const fee = telecareMonthlyFee(table, {
    income: hi.income,
    size: hi.size,
    criterionSingle: period.criterionSingle,
    criterionPerPerson: period.criterionPerPerson,
  });
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const id = await repo.insertTelecare(
    ctx.q,
    {
      number,
      applicationId: app.id,
      wywiadId: wywiad.id,
      personId: input.personId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      feeTableId: table.id,
      monthlyCostGrosze: fee.monthlyCostGrosze,
      feePct: fee.feePct,
      incomeRatioPct: fee.incomeRatioPct,
      monthlyFeeGrosze: fee.feeGrosze,
      steps: [...steps, ...fee.steps],
      decidedOn: input.decidedOn,
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { applicationId: app.id, personId: input.personId, feeTableId: table.id },
  });
  return getTelecare(ctx, id);
}

export async function getTelecare(ctx: StaffContext, id: string) {
  const scope = personScope(ctx.actor);
  const c = await loggedRow(ctx, ENTITY, id, await repo.findTelecare(ctx.q, id, scope));
  return { ...c, steps: c.steps as ExplanationStep[], loans: await repo.loansOf(ctx.q, id, scope) };
}

export const listTelecare = registerPage(
  ENTITY,
  repo.listTelecare,
  (c) => c.decidedOn,
  (c) => ({
    id: c.id,
    number: c.number,
    personId: c.personId,
    firstName: c.firstName,
    surname: c.surname,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    monthlyFeeGrosze: c.monthlyFeeGrosze,
    decidedOn: c.decidedOn,
  }),
);

/** Lends a device to the decision's person; a device already lent is a 409 naming `deviceId`. */
export async function lend(ctx: StaffContext, input: z.output<typeof CreateLoan>) {
  const scope = personScope(ctx.actor);
  const decision = await repo.findTelecare(ctx.q, input.telecareServiceId, scope);
  if (!decision) throw fieldError('telecareServiceId', 'validation.telecare.unknownDecision');
  if (input.lentOn < decision.periodFrom || input.lentOn > decision.periodTo)
    throw fieldError('lentOn', 'validation.telecare.outsidePeriod');
  const status = await repo.lockDevice(ctx.q, input.deviceId);
  if (!status) throw fieldError('deviceId', 'validation.telecare.unknownDevice');
  if (status === 'lent')
    throw conflict('telecare.deviceLent', 'error.telecare.deviceLent', [
      { path: 'deviceId', message: 'validation.telecare.deviceLent' },
    ]);
  if (status === 'lost') throw fieldError('deviceId', 'validation.telecare.deviceLost');
  const id = await repo.insertLoan(ctx.q, { ...input, personId: decision.personId }, ctx.actor.id);
  await repo.setDeviceStatus(ctx.q, input.deviceId, 'lent');
  await ctx.audit({
    action: 'create',
    entity: 'telecareLoan',
    entityId: id,
    details: { deviceId: input.deviceId, telecareServiceId: decision.id },
    persons: [decision.personId],
  });
  return (await repo.findLoan(ctx.q, id, scope))!;
}

/** The device came back (lendable again) or was lost (never lent again). */
export async function endLoan(ctx: StaffContext, id: string, input: z.output<typeof EndLoan>) {
  const scope = personScope(ctx.actor);
  const loan = await repo.findLoan(ctx.q, id, scope);
  if (!loan) throw notFound();
  if (loan.returnedOn) throw fieldError('returnedOn', 'validation.telecare.loanEnded');
  if (input.returnedOn < loan.lentOn) throw fieldError('returnedOn', 'validation.telecare.returnBeforeLent');
  await repo.endLoan(ctx.q, id, input.returnedOn, input.lost);
  await repo.setDeviceStatus(ctx.q, loan.deviceId, input.lost ? 'lost' : 'returned');
  await ctx.audit({
    action: 'update',
    entity: 'telecareLoan',
    entityId: id,
    details: input,
    persons: [loan.personId],
  });
  return (await repo.findLoan(ctx.q, id, scope))!;
}

/** The lending contract as PDF; reading it is logged like any read of the person's data. */
export async function contractDocument(ctx: StaffContext, id: string) {
  const scope = personScope(ctx.actor);
  const loan = await repo.findLoan(ctx.q, id, scope);
  if (!loan) throw notFound();
  const decision = (await repo.findTelecare(ctx.q, loan.telecareServiceId, scope))!;
  const facts = await repo.contractFacts(ctx.q, id);
  await ctx.audit(documentRead('telecareLoan', id, [loan.personId]));
  const pdf = await telecareContractPdf({
    ...loan,
    name: `${decision.firstName} ${decision.surname}`,
    pesel: facts.pesel,
    decision: facts.number,
    periodTo: facts.periodTo,
    monthlyFeeGrosze: facts.monthlyFeeGrosze,
  });
  return { pdf, filename: `umowa-uzyczenia-${loan.contractNumber.replace('/', '-')}.pdf` };
}

/**
 * The monitoring centre's CSV: every line must name a registered device lent on the alarm's day,
 * else a 400 names the line and the column and nothing is imported. Imported twice, it adds nothing.
 */
export async function importAlarms(ctx: StaffContext, csv: string) {
  const parsed = parseAlarmsCsv(csv);
  if (parsed.errors.length) throw badRequest(parsed.errors);
  const resolved = await repo.resolveAlarms(ctx.q, parsed.rows);
  const errors: FieldError[] = [];
  const ready = parsed.rows.flatMap((row, i) => {
    const r = resolved[i]!;
    if (!r.deviceId)
      errors.push({ path: `csv.${row.line}.serial`, message: 'validation.telecare.unknownSerial' });
    else if (!r.loanId || !r.personId)
      errors.push({ path: `csv.${row.line}.date`, message: 'validation.telecare.notLentThen' });
    else return [{ ...row, deviceId: r.deviceId, loanId: r.loanId, personId: r.personId }];
    return [];
  });
  if (errors.length) throw badRequest(errors);
  const imported = await repo.insertAlarms(ctx.q, ready, ctx.actor.id);
  await ctx.audit({
    action: 'import',
    entity: 'telecareAlarm',
    details: { lines: ready.length, imported },
    persons: [...new Set(ready.map((r) => r.personId))],
  });
  return { imported, duplicates: ready.length - imported };
}

/** A person's alarms in a month; a person the actor may not see reads as one who does not exist. */
export async function alarms(
  ctx: StaffContext,
  q: { personId: string; month: string; after?: string; limit: number },
) {
  if (!(await personVisible(ctx.q, ctx.actor, q.personId))) throw notFound();
  const rows = await repo.alarmsOf(
    ctx.q,
    q.personId,
    q.month,
    personScope(ctx.actor),
    decodeCursor(z.tuple([z.iso.datetime({ local: true }), keyId]), q.after),
    q.limit + 1,
  );
  const page = toPage(rows, q.limit, (a) => [a.occurredAt, a.id]);
  return listed(ctx, 'telecareAlarm', page, [q.personId]);
}
