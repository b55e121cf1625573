import { periodStep } from '@ostoja/domain/benefits/criterion';
import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import { householdIncome, referenceMonth, referenceMonthStep } from '@ostoja/domain/benefits/income';
import type { CreateCareService } from '@ostoja/domain/services/care-service';
import { FeeRuleError, feeForHours, hourlyFee } from '@ostoja/domain/services/fee';
import { type FeeTableInput, tableKindFor } from '@ostoja/domain/services/fee-table';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import { loggedPage, loggedRow } from '../../http/logged.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { localLaw } from '../../shared/local-law.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import { personScope } from '../registry/access.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
import { registerPage } from '../registry/person-register.ts';
import { knownToCentre } from '../registry/release.ts';
import * as registryRepo from '../registry/repo.ts';
import { careDecisionPdf } from './decision-pdf.ts';
import * as repo from './repo.ts';

// Services the centre delivers and charges for: the fee tables and the care-service decisions
// computed with them. Each use case runs in the route's one transaction.

const PageCursor = z.tuple([keyDate, keyId]);

export async function getTable(ctx: StaffContext, id: string) {
  const t = await repo.findTable(ctx.q, id);
  if (!t) throw notFound();
  return t;
}

/** The fee tables; a new resolution (or regulation) is data, an existing one is never changed, so decisions keep theirs. */
export const { list: listTables, add: addTable } = localLaw({
  entity: 'serviceFeeTable',
  taken: { message: 'services.tableExists', field: 'number' },
  details: (t: z.output<typeof FeeTableInput>) => ({ number: t.number }),
  list: repo.listTables,
  find: repo.findTable,
  exists: repo.tableExists,
  insert: repo.insertTable,
});

const ENTITY = 'careService';

function summary(c: repo.CareServiceRow) {
  const {
    applicationId: _a,
    applicationNumber: _n,
    tasks: _t,
    feeTableId: _f,
    feeTableNumber: _fn,
    steps: _s,
    ...rest
  } = c;
  return rest;
}

function full(c: repo.CareServiceRow) {
  const hoursPerWeek = c.hoursPerDay * c.daysPerWeek;
  return {
    ...c,
    tasks: c.tasks as z.output<typeof CreateCareService>['tasks'],
    exemption: c.exemption as z.output<typeof CreateCareService>['exemption'],
    steps: c.steps as ExplanationStep[],
    hoursPerWeek,
    weeklyFeeGrosze: feeForHours(c.hourlyFeeGrosze, hoursPerWeek),
  };
}

/** The decision letter as PDF; reading it is logged like any read of the person's data. */
export async function careServiceDocument(ctx: StaffContext, id: string) {
  const row = await repo.findCareService(ctx.q, id, personScope(ctx.actor));
  if (!row) throw notFound();
  const c = full(row);
  const app = await applicationsRepo.findApplication(ctx.q, c.applicationId);
  if (!app) throw notFound();
  const header = await decisionHeader(ctx, c.personId, app.householdId);
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, details: { document: 'pdf' } });
  const pdf = await careDecisionPdf({
    ...header,
    number: c.number,
    decidedOn: c.decidedOn,
    submittedOn: app.submittedOn,
    care: c,
    signatory: await repo.signatory(ctx.q, id),
  });
  return { pdf, filename: decisionFilename(c.number) };
}

export const listCareServices = registerPage(ENTITY, repo.listCareServices, (c) => c.decidedOn, summary);

/** Where a clerk starts a decision: a page of applications with a home visit, newest visit first (logged as a list). */
export async function candidatePage(
  ctx: StaffContext,
  entity: string,
  read: typeof repo.candidates,
  after: string | undefined,
  limit: number,
) {
  const rows = await read(ctx.q, personScope(ctx.actor), decodeCursor(PageCursor, after), limit + 1);
  return loggedPage(
    ctx,
    entity,
    toPage(rows, limit, (c) => [c.visitedOn, c.applicationId]),
    null,
  );
}

/** Applications with a home visit and no care service yet. */
export const candidates = (ctx: StaffContext, after: string | undefined, limit: number) =>
  candidatePage(ctx, 'careServiceCandidate', repo.candidates, after, limit);

export async function getCareService(ctx: StaffContext, id: string) {
  const c = await loggedRow(ctx, ENTITY, id, await repo.findCareService(ctx.q, id, personScope(ctx.actor)));
  return full(c);
}

/**
 * The household's income from the application's latest home visit, per art. 8 with the parameters
 * in force when the application was filed — the same income the cash benefits of that application use
 * (and shelter referrals, art. 48a ups, and the meals programme's decisions).
 */
export async function incomeOf(ctx: StaffContext, input: { applicationId: string; personId: string }) {
  const app = await applicationsRepo.findApplication(ctx.q, input.applicationId);
  if (!app) throw fieldError('applicationId', 'validation.services.unknownApplication');
  const wywiad = (await applicationsRepo.wywiady(ctx.q, app.id))[0];
  if (!wywiad) throw fieldError('applicationId', 'validation.services.noWywiad');
  const members = await registryRepo.currentMembers(ctx.q, app.householdId, personScope(ctx.actor));
  if (
    !wywiad.members.some((m) => m.personId === input.personId) ||
    !members.some((m) => m.id === input.personId)
  )
    throw fieldError('personId', 'validation.services.notMember');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  const period = await benefitsRepo.periodOn(ctx.q, app.submittedOn);
  if (!period) throw fieldError('applicationId', 'validation.benefits.noParameters?from=2015-10-01');
  const names = new Map(members.map((m) => [m.id, `${m.firstName} ${m.surname}`]));
  const month = referenceMonth(app.submittedOn, wywiad.incomeLost);
  const hi = householdIncome(period, {
    referenceMonth: month,
    applicationMonth: app.submittedOn.slice(0, 7),
    members: wywiad.members.map((m) => ({ ...m, name: names.get(m.personId) ?? '?' })),
    farmHectares: Number(wywiad.farmHectares),
  });
  return {
    app,
    wywiad,
    period,
    hi,
    steps: [
      periodStep(period, app.submittedOn),
      referenceMonthStep(app.submittedOn, wywiad.incomeLost),
      ...hi.steps,
    ],
  };
}

/**
 * Art. 50 and art. 106 ups: a decision granting care services with its scope, hours, period and
 * provider, and the fee per hour computed from the table in force on the first day of the period.
 */
export async function decideCareService(ctx: StaffContext, input: z.output<typeof CreateCareService>) {
  const { wywiad, period, hi, steps } = await incomeOf(ctx, input);
  const table = await repo.tableOn(ctx.q, tableKindFor(input.serviceKind), input.periodFrom);
  if (!table) throw fieldError('periodFrom', 'validation.services.noTable');
  let fee: ReturnType<typeof hourlyFee>;
  try {
    fee = hourlyFee(table, {
      serviceKind: input.serviceKind,
      income: hi.income,
      size: hi.size,
      criterionSingle: period.criterionSingle,
      criterionPerPerson: period.criterionPerPerson,
      exemption: input.exemption,
    });
  } catch (e) {
    if (e instanceof FeeRuleError) throw fieldError(e.path, e.key);
    throw e;
  }
  return recordDecision(
    ctx,
    ENTITY,
    { ...input, wywiadId: wywiad.id },
    (base) =>
      repo.insertCareService(
        ctx.q,
        {
          ...base,
          serviceKind: input.serviceKind,
          tasks: input.tasks,
          hoursPerDay: input.hoursPerDay,
          daysPerWeek: input.daysPerWeek,
          provider: input.provider,
          providerName: input.provider === 'contracted' ? (input.providerName ?? null) : null,
          feeTableId: table.id,
          hourlyCostGrosze: fee.hourlyCostGrosze,
          feePct: fee.feePct,
          incomeRatioPct: fee.incomeRatioPct,
          exemption: input.exemption,
          exemptionGrosze: fee.exemptionGrosze,
          hourlyFeeGrosze: fee.hourlyFeeGrosze,
          steps: [...steps, ...fee.steps],
        },
        ctx.actor.id,
      ),
    { feeTableId: table.id },
    getCareService,
  );
}

type DecisionBase = {
  number: string;
  applicationId: string;
  wywiadId: string;
  personId: string;
  periodFrom: string;
  periodTo: string;
  decidedOn: string;
};

/**
 * A service's decision on an application with a home visit (care services, the meals programme):
 * its number from the register, the row `insert` writes from the common fields, the audit entry;
 * answers the decision as `read` gives it.
 */
export async function recordDecision<T>(
  ctx: StaffContext,
  entity: string,
  input: Omit<DecisionBase, 'number'>,
  insert: (base: DecisionBase) => Promise<string>,
  details: Record<string, unknown>,
  read: (ctx: StaffContext, id: string) => Promise<T>,
) {
  const { applicationId, wywiadId, personId, periodFrom, periodTo, decidedOn } = input;
  const number = await nextDecisionNumber(ctx.q, decidedOn);
  const id = await insert({ number, applicationId, wywiadId, personId, periodFrom, periodTo, decidedOn });
  await ctx.audit({
    action: 'create',
    entity,
    entityId: id,
    details: { applicationId, personId, ...details },
  });
  return read(ctx, id);
}
