import type { CreateApplication } from '@ostoja/domain/applications/application';
import { celowyParts, itemProblems } from '@ostoja/domain/applications/celowy-purpose';
import { applicationDeadlines } from '@ostoja/domain/applications/deadlines';
import { type HandOutItems, type IssueDecision, paymentSchedule } from '@ostoja/domain/applications/decision';
import type { WorkItem } from '@ostoja/domain/applications/responses';
import {
  type ApplicationAction,
  type ApplicationActionType,
  allowedActions,
  applicationStatus,
  isAllowed,
} from '@ostoja/domain/applications/workflow';
import type { ProposalInput, WywiadInput } from '@ostoja/domain/applications/wywiad';
import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { t } from '@ostoja/domain/i18n/index';
import { checkIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { onArt11 } from '@ostoja/domain/social-work/art11';
import { z } from 'zod';
import { centreSettings } from '../../config.ts';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { badRequest, conflict, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextDecisionNumber, nextNumber } from '../../shared/register.ts';
import * as identityRepo from '../identity/repo.ts';
import { permissionsOf } from '../identity/service.ts';
import * as orgRepo from '../org/repo.ts';
import { fourEyesDecisions } from '../org/settings.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { openIntakesOfTeam } from '../portal/intake-repo.ts';
import { personScope } from '../registry/access.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
import { knownToCentre } from '../registry/release.ts';
import * as registryRepo from '../registry/repo.ts';
import { art11Contract } from '../social-work/art11-grounds.ts';
import { calculateProposal, LEGAL_BASIS, type Revision } from './calculation.ts';
import { decisionPdf } from './decision-pdf.ts';
import * as repo from './repo.ts';

/** JRWA symbol prefixing decision numbers; it differs between centres, so it is configuration [M]. */
export const DECISION_PREFIX = centreSettings().decisionPrefix;
const PERIODIC = new Set(['zasilekStaly', 'zasilekOkresowy']);
const CELOWY = new Set(['zasilekCelowy', 'specjalnyZasilekCelowy']);
/** Niezbędne ubranie in kind: a non-cash benefit (art. 36 pkt 2 lit. k [M: the letter to verify]) under art. 48 ust. 1 ups. */
const CLOTHING_IN_KIND_BASIS = 'art. 36 pkt 2 lit. k, art. 48 ust. 1 oraz art. 106 ust. 1';

async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const app = await repo.findApplication(ctx.q, id, forUpdate);
  if (!app) throw notFound();
  return app;
}

/**
 * The one gate of every step: the action must be allowed in the status derived from the log
 * and the actor must hold its permission. The row lock serialises two clerks pressing at once.
 */
export async function act(ctx: StaffContext, id: string, type: ApplicationActionType) {
  const app = await load(ctx, id, true);
  const log = await repo.actions(ctx.q, id);
  const status = applicationStatus(log);
  const allowed = isAllowed(status, type);
  if (!allowed) throw conflict('actionNotAllowed', `error.actionNotAllowed?status=${status}`);
  if (!permissionsOf(ctx.actor.roles).includes(allowed.permission)) throw forbidden();
  return { app, log };
}

export async function record(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: ApplicationAction[],
  a: ApplicationAction,
  workerId?: string,
) {
  await repo.appendAction(ctx.q, app.id, a, ctx.actor.id);
  await repo.setStatus(ctx.q, app.id, applicationStatus([...log, a]), workerId);
  await ctx.audit({ action: a.type, entity: 'application', entityId: app.id, details: a.payload ?? {} });
}

export async function createApplication(ctx: StaffContext, input: z.output<typeof CreateApplication>) {
  const household = await registryRepo.findHousehold(ctx.q, input.householdId);
  if (!household) throw fieldError('householdId', 'validation.invalidOption');
  const members = await registryRepo.currentMembers(ctx.q, input.householdId, personScope(ctx.actor));
  if (!members.some((m) => m.id === input.applicantId))
    throw fieldError('applicantId', 'validation.application.applicantNotMember');
  // A sealed applicant (only the compartment can name one) becomes known to the centre (decision 0015).
  await knownToCentre(ctx, [{ id: input.applicantId, path: 'applicantId' }]);
  const number = await nextNumber(ctx.q, 'application', 'W', input.submittedOn, 5);
  const submit: ApplicationAction = {
    type: 'submit',
    on: input.submittedOn,
    payload: { channel: input.channel },
  };
  const deadlines = applicationDeadlines([submit], { urgent: input.urgent });
  const worker = await repo.leastBusyWorker(ctx.q, household.fieldTeamId);
  const id = await repo.insertApplication(ctx.q, {
    ...input,
    description: input.description ?? null,
    number,
    complicated: false,
    fieldTeamId: household.fieldTeamId,
    assignedWorkerId: worker,
    status: applicationStatus([submit]),
    wywiadDue: deadlines.wywiadDue,
    decisionDue: deadlines.decisionDue,
  });
  await repo.appendAction(ctx.q, id, submit, ctx.actor.id);
  if (worker)
    await repo.appendAction(
      ctx.q,
      id,
      { type: 'assignWorker', on: input.submittedOn, payload: { workerId: worker } },
      ctx.actor.id,
    );
  await ctx.audit({
    action: 'create',
    entity: 'application',
    entityId: id,
    details: { number, householdId: input.householdId },
  });
  return getApplication(ctx, id);
}

export async function getApplication(ctx: StaffContext, id: string) {
  const app = await load(ctx, id);
  const log = await repo.actions(ctx.q, id);
  const status = applicationStatus(log);
  const continuing = app.benefits.includes('zasilekStaly');
  const decisions = await repo.decisions(ctx.q, id);
  const members = await registryRepo.currentMembers(ctx.q, app.householdId, personScope(ctx.actor));
  await ctx.audit({
    action: 'read',
    entity: 'application',
    entityId: id,
    persons: [app.applicantId, ...members.map((m) => m.id)],
  });
  return {
    ...app,
    status,
    deadlines: applicationDeadlines(log, { urgent: app.urgent, complicated: app.complicated, continuing }),
    allowedActions: allowedActions(status, permissionsOf(ctx.actor.roles)),
    actions: log,
    members,
    wywiady: await repo.wywiady(ctx.q, id),
    proposals: (await repo.proposals(ctx.q, id)).map((p) => ({
      ...p,
      explanation: renderExplanation((p.calculation.steps as never[] | undefined) ?? [], ctx.locale),
    })),
    decisions,
    decisionDraft: status === 'awaitingApproval' ? draftOf(log) : null,
    appeals: await repo.appeals(ctx.q, id),
  };
}

/** The drafted decision awaiting approval: what the approver signs, and who drafted it. */
function draftOf(log: Awaited<ReturnType<typeof repo.actions>>) {
  const draft = log.findLast((a) => a.type === 'draftDecision');
  return draft
    ? {
        ...draft.payload,
        decidedOn: draft.on,
        draftedById: draft.actorId,
        draftedByName: draft.actorName,
      }
    : null;
}

export async function listApplications(
  ctx: StaffContext,
  f: {
    status?: string | undefined;
    mine?: boolean;
    householdId?: string | undefined;
    after?: string | undefined;
    limit: number;
  },
) {
  const [text, params] = repo.listApplications({
    status: f.status ?? null,
    workerId: f.mine ? ctx.actor.id : null,
    householdId: f.householdId ?? null,
    after: decodeCursor(QueueCursor, f.after),
    limit: f.limit,
  });
  // The page and its audit entry (the applicants shown) in one statement.
  const rows = await ctx.readLogged<repo.ApplicationRow>(text, params, {
    entry: { action: 'list', entity: 'application', details: { status: f.status ?? null } },
    personsColumn: 'applicantId',
    shown: f.limit,
    countAs: 'results',
  });
  return toPage(rows, f.limit, (a) => [a.decisionDue, a.id]);
}

const QueueCursor = z.tuple([keyDate, keyId]);

export async function assignWorker(ctx: StaffContext, id: string, workerId: string, on: string) {
  const { app, log } = await act(ctx, id, 'assignWorker');
  await record(ctx, app, log, { type: 'assignWorker', on, payload: { workerId } }, workerId);
  return getApplication(ctx, id);
}

export async function recordWywiad(ctx: StaffContext, id: string, input: z.output<typeof WywiadInput>) {
  const { app, log } = await act(ctx, id, 'recordWywiad');
  if (input.visitedOn < app.submittedOn) throw fieldError('visitedOn', 'validation.wywiad.beforeApplication');
  const members = await registryRepo.currentMembers(ctx.q, app.householdId, personScope(ctx.actor));
  const known = new Set(members.map((m) => m.id));
  input.members.forEach((m, i) => {
    if (!known.has(m.personId)) throw fieldError(`members.${i}.personId`, 'validation.wywiad.notMember');
  });
  const wywiadId = await repo.insertWywiad(ctx.q, {
    ...input,
    applicationId: id,
    householdId: app.householdId,
    workerId: ctx.actor.id,
  });
  await record(ctx, app, log, { type: 'recordWywiad', on: input.visitedOn, payload: { wywiadId } });
  return getApplication(ctx, id);
}

export async function calculate(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  input: z.output<typeof ProposalInput>,
  revision: Revision | null = null,
) {
  const wywiad = (await repo.wywiady(ctx.q, app.id))[0];
  if (!wywiad) throw conflict('noWywiad', 'error.application.noWywiad');
  const members = await registryRepo.currentMembers(ctx.q, app.householdId, personScope(ctx.actor));
  const names = new Map(members.map((m) => [m.id, `${m.firstName} ${m.surname}`]));
  return { wywiad, calc: await calculateProposal(ctx.q, app, wywiad, input, names, revision) };
}

/** The calculation as the social worker fills in the proposal; nothing is saved. */
export async function previewProposal(ctx: StaffContext, id: string, input: z.output<typeof ProposalInput>) {
  const app = await load(ctx, id);
  const { calc } = await calculate(ctx, app, input);
  return { ...calc, explanation: renderExplanation(calc.steps, ctx.locale) };
}

export async function propose(ctx: StaffContext, id: string, input: z.output<typeof ProposalInput>) {
  const { app, log } = await act(ctx, id, 'propose');
  if (input.periodFrom < app.submittedOn.slice(0, 7).concat('-01'))
    throw fieldError('periodFrom', 'validation.proposal.beforeApplicationMonth');
  const { wywiad, calc } = await calculate(ctx, app, input);
  const proposalId = await repo.insertProposal(ctx.q, {
    ...input,
    applicationId: id,
    wywiadId: wywiad.id,
    workerId: ctx.actor.id,
    personIds: input.personIds ?? wywiad.members.map((m) => m.personId),
    amount: calc.amount,
    purpose: input.purpose ?? null,
    calculation: calc,
  });
  await record(ctx, app, log, {
    type: 'propose',
    on: todayInPoland(),
    payload: { proposalId, benefit: input.benefit, amount: calc.amount },
  });
  return getApplication(ctx, id);
}

export async function returnProposal(ctx: StaffContext, id: string, reason: string) {
  const { app, log } = await act(ctx, id, 'returnProposal');
  await record(ctx, app, log, { type: 'returnProposal', on: todayInPoland(), payload: { reason } });
  return getApplication(ctx, id);
}

/**
 * The clerk's decision on the latest proposal. Under four-eyes approval (a setting of the centre)
 * it is a draft another authorised person approves; otherwise it is issued and signed at once.
 * Either way it is checked now, so the clerk meets a wrong date or an ineligible grant first.
 */
export async function issueDecision(ctx: StaffContext, id: string, input: z.output<typeof IssueDecision>) {
  const { app, log } = await act(ctx, id, 'issueDecision');
  const { calc } = await checkDecision(ctx, app, input);
  const paid = input.outcome === 'grant' && celowyParts(input).helpForm === 'cash';
  return draftOrSign(ctx, app, log, { ...input, amount: paid ? calc.amount : 0 }, () =>
    sign(ctx, app, log, input, null),
  );
}

/**
 * With four-eyes approval on, the decision waits as a draft (`payload`) for another authorised
 * person's signature; with it off, the actor signs it at once (`sign`). Answers the application.
 */
export async function draftOrSign(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: ApplicationAction[],
  payload: { decidedOn: string } & Record<string, unknown>,
  sign: () => Promise<unknown>,
) {
  if (await fourEyesDecisions(ctx.q)) await draft(ctx, app, log, payload);
  else await sign();
  return getApplication(ctx, app.id);
}

/** Under four-eyes approval a decision (a first one, a change, a revocation) waits as a draft. */
export async function draft(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: ApplicationAction[],
  payload: { decidedOn: string } & Record<string, unknown>,
) {
  await record(ctx, app, log, { type: 'draftDecision', on: payload.decidedOn, payload });
}

/** The approver sends the draft back to the clerk, with the reason. */
export async function rejectDecision(ctx: StaffContext, id: string, reason: string) {
  const { app, log } = await act(ctx, id, 'rejectDecision');
  await record(ctx, app, log, { type: 'rejectDecision', on: todayInPoland(), payload: { reason } });
  return getApplication(ctx, id);
}

/** The proposal the decision rests on, and its amount recomputed with the parameters in force. */
async function checkDecision(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  input: z.output<typeof IssueDecision>,
) {
  const proposal = (await repo.proposals(ctx.q, app.id))[0];
  if (!proposal) throw conflict('noProposal', 'error.application.noProposal');
  if (input.decidedOn < app.submittedOn)
    throw fieldError('decidedOn', 'validation.decision.beforeApplication');
  // Clothing in kind is handed out, not paid: no account to check.
  if (
    input.outcome === 'grant' &&
    input.paymentMethod === 'transfer' &&
    celowyParts(input).helpForm === 'cash'
  ) {
    if (!input.iban) throw fieldError('iban', 'validation.required');
    // Checked when drafted, so the clerk (not the approver) meets a mistyped account.
    const problem = checkIban(input.iban, { polishOnly: true });
    if (problem) throw fieldError('iban', `validation.payments.iban.${problem}`);
  }
  const { calc } = await calculate(ctx, app, {
    ...proposal,
    personIds: proposal.personIds,
    amount: proposal.amount,
    purpose: proposal.purpose,
  } as z.output<typeof ProposalInput>);
  if (input.outcome === 'grant' && !calc.eligible)
    throw conflict('notEligible', 'error.decision.notEligible');
  if (input.outcome === 'grant') {
    // A purpose and clothing items belong to a zasiłek celowy only (art. 39, art. 48 ups).
    if (!CELOWY.has(proposal.benefit) && input.purpose)
      throw fieldError('purpose', 'validation.invalidOption');
    const problems = itemProblems(celowyParts(input), calc.amount);
    if (problems.length) throw badRequest(problems);
  }
  if (input.art11ContractId) await art11Contract(ctx, input.art11ContractId, app.applicantId);
  return { proposal, calc };
}

/** Only a person holding an upoważnienie signs a decision (art. 110 ust. 8 ups, art. 268a KPA). */
export async function assertAuthorisedSigner(ctx: StaffContext) {
  const signer = await identityRepo.signatory(ctx.q, ctx.actor.id);
  if (!signer?.authorisationNumber) throw conflict('notAuthorised', 'error.decision.signerNotAuthorised');
}

/**
 * Issues the decision, signed by the actor, who must hold an authorisation (art. 110 ust. 8 ups);
 * the amount is recomputed from the home visit, so it never carries a stale or hand-typed figure.
 */
export async function sign(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: ApplicationAction[],
  input: z.output<typeof IssueDecision>,
  draftedById: string | null,
) {
  await assertAuthorisedSigner(ctx);
  const { proposal, calc } = await checkDecision(ctx, app, input);
  const grant = input.outcome === 'grant';
  // Clothing in kind (art. 48 ups) is handed out from the store: no amount, no payment.
  const parts = celowyParts(input);
  const inKind = grant && parts.helpForm === 'inKind';
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const periodic = PERIODIC.has(proposal.benefit);
  const schedule =
    !grant || inKind
      ? []
      : periodic
        ? paymentSchedule(calc.amount, proposal.periodFrom, proposal.periodTo)
        : [{ month: input.decidedOn.slice(0, 7), amount: calc.amount, days: null }];
  const explanation = renderExplanation(calc.steps, 'pl');
  const decisionId = await repo.insertDecision(ctx.q, {
    applicationId: app.id,
    proposalId: proposal.id,
    number,
    outcome: input.outcome,
    benefit: proposal.benefit,
    amount: grant && !inKind ? calc.amount : 0,
    periodFrom: grant ? proposal.periodFrom : null,
    periodTo: grant ? proposal.periodTo : null,
    schedule,
    paymentMethod: grant && !inKind ? input.paymentMethod : null,
    iban: grant && !inKind ? (input.iban ?? null) : null,
    purpose: grant ? parts.purpose : null,
    helpForm: inKind ? 'inKind' : 'cash',
    items: grant ? parts.items : [],
    ...onArt11(
      input.art11ContractId,
      inKind ? CLOTHING_IN_KIND_BASIS : LEGAL_BASIS[proposal.benefit]!,
      grant ? proposal.justification : (input.refusalReason ?? ''),
    ),
    calculation: { ...calc, explanation },
    decidedOn: input.decidedOn,
    signedById: ctx.actor.id,
    draftedById,
  });
  if (grant && !inKind) await createScheduleForDecision(ctx.q, decisionId);
  await record(ctx, app, log, {
    type: 'issueDecision',
    on: input.decidedOn,
    payload: { decisionId, number, outcome: input.outcome, amount: inKind ? 0 : calc.amount },
  });
}

/**
 * Art. 48 ups: the clothing an in-kind decision grants is handed out from the centre's store once,
 * on or after the decision's day, against the receipt of the person (or whom they authorised).
 */
export async function handOutItems(ctx: StaffContext, id: string, input: z.output<typeof HandOutItems>) {
  const app = await load(ctx, id, true);
  const decision = (await repo.decisions(ctx.q, id)).find(
    (d) => d.outcome === 'grant' && d.kind === 'original',
  );
  if (decision?.helpForm !== 'inKind') throw conflict('notInKind', 'error.decisionItems.notInKind');
  if (decision.handout) throw conflict('handedOut', 'error.decisionItems.handedOut');
  if (input.handedOutOn < decision.decidedOn)
    throw fieldError('handedOutOn', 'validation.decisionItems.handOutBeforeDecision');
  await repo.insertHandout(ctx.q, {
    decisionId: decision.id,
    handedOutOn: input.handedOutOn,
    handedOutById: ctx.actor.id,
    receivedBy: input.receivedBy,
  });
  await ctx.audit({
    action: 'handOutItems',
    entity: 'decision',
    entityId: decision.id,
    details: { number: decision.number, handedOutOn: input.handedOutOn, items: decision.items.length },
    persons: [app.applicantId],
  });
  return getApplication(ctx, id);
}

export async function recordDelivery(ctx: StaffContext, id: string, deliveredOn: string) {
  const { app, log } = await act(ctx, id, 'recordDelivery');
  const decision = (await repo.decisions(ctx.q, id))[0]!;
  if (deliveredOn < decision.decidedOn)
    throw fieldError('deliveredOn', 'validation.decision.deliveryBeforeDecision');
  await repo.setDelivered(ctx.q, decision.id, deliveredOn);
  await record(ctx, app, log, {
    type: 'recordDelivery',
    on: deliveredOn,
    payload: { decisionId: decision.id },
  });
  return getApplication(ctx, id);
}

export async function registerAppeal(
  ctx: StaffContext,
  id: string,
  input: { receivedOn: string; by?: string | null; summary?: string | null },
) {
  const { app, log } = await act(ctx, id, 'registerAppeal');
  const decision = (await repo.decisions(ctx.q, id))[0]!;
  if (input.receivedOn < decision.decidedOn)
    throw fieldError('receivedOn', 'validation.appeal.beforeDecision');
  const a: ApplicationAction = { type: 'registerAppeal', on: input.receivedOn };
  const deadlines = applicationDeadlines([...log, a], { urgent: app.urgent });
  // A late appeal is still registered and forwarded: the SKO rules on its timeliness.
  const late = deadlines.appealUntil !== null && input.receivedOn > deadlines.appealUntil;
  const appealId = await repo.insertAppeal(ctx.q, {
    applicationId: id,
    decisionId: decision.id,
    receivedOn: input.receivedOn,
    appellant: input.by ?? null,
    summary: input.summary ?? null,
    forwardDue: deadlines.appealForwardDue!,
  });
  await record(ctx, app, log, { ...a, payload: { appealId, late } });
  return getApplication(ctx, id);
}

export async function forwardAppeal(ctx: StaffContext, id: string, forwardedOn: string) {
  const { app, log } = await act(ctx, id, 'forwardAppeal');
  const appeal = (await repo.appeals(ctx.q, id))[0]!;
  if (forwardedOn < appeal.receivedOn)
    throw fieldError('forwardedOn', 'validation.appeal.forwardBeforeReceipt');
  await repo.updateAppeal(ctx.q, appeal.id, { forwardedOn });
  await record(ctx, app, log, {
    type: 'forwardAppeal',
    on: forwardedOn,
    payload: { appealId: appeal.id, late: forwardedOn > appeal.forwardDue },
  });
  return getApplication(ctx, id);
}

export async function recordAppealOutcome(
  ctx: StaffContext,
  id: string,
  input: { outcome: string; decidedOn: string; note?: string | null },
) {
  const { app, log } = await act(ctx, id, 'recordAppealOutcome');
  const appeal = (await repo.appeals(ctx.q, id))[0]!;
  await repo.updateAppeal(ctx.q, appeal.id, {
    outcome: input.outcome,
    outcomeOn: input.decidedOn,
    note: input.note ?? null,
  });
  await record(ctx, app, log, {
    type: 'recordAppealOutcome',
    on: input.decidedOn,
    payload: { appealId: appeal.id, outcome: input.outcome },
  });
  return getApplication(ctx, id);
}

export async function withdraw(ctx: StaffContext, id: string, on: string, reason: string | null) {
  const { app, log } = await act(ctx, id, 'withdraw');
  await record(ctx, app, log, { type: 'withdraw', on, payload: { reason } });
  return getApplication(ctx, id);
}

/** "Moja praca": what is due and overdue for the signed-in worker (and the section's queue for clerks). */
export async function myWork(ctx: StaffContext, today: string) {
  const perms = permissionsOf(ctx.actor.roles);
  const mine = perms.includes('wywiad.write') ? await repo.dueForWorker(ctx.q, ctx.actor.id) : [];
  const updates = perms.includes('wywiad.write')
    ? await repo.dueUpdatesForWorker(ctx.q, ctx.actor.id, today)
    : [];
  const section = perms.includes('decisions.issue') ? await repo.dueForSection(ctx.q) : [];
  const approvals = perms.includes('decisions.approve') ? await repo.dueForApproval(ctx.q) : [];
  type Due = Awaited<ReturnType<typeof repo.dueForWorker>>[number] & { forwardDue?: string | null };
  const item = (a: Due, kind: WorkItem['kind'], due: string) => ({
    kind,
    due,
    overdue: due < today,
    applicationId: a.id,
    number: a.number,
    applicantName: a.applicantName,
    householdId: a.householdId,
    address: {
      street: a.street,
      building: a.building,
      apartment: a.apartment,
      postalCode: a.postalCode,
      city: a.city,
    },
    urgent: a.urgent,
  });
  const items = [
    ...mine.map((a) =>
      a.status === 'awaitingWywiad' ? item(a, 'wywiad', a.wywiadDue) : item(a, 'proposal', a.decisionDue),
    ),
    ...updates.map((a) => item(a, 'wywiadUpdate', a.updateDue)),
    ...section.map((a) =>
      a.status === 'appealed' && a.forwardDue
        ? item(a, 'forwardAppeal', a.forwardDue)
        : item(a, 'decision', a.decisionDue),
    ),
    ...approvals.map((a) => item(a, 'approveDecision', a.decisionDue)),
    ...(await intakesOfMyTeam(ctx, today)),
  ].sort((x, y) => x.due.localeCompare(y.due));
  return { today, items, overdue: items.filter((i) => i.overdue).length };
}

/**
 * Online applications from the portal for the worker's field team (routed there by the
 * address): an application is filed on the day it arrives, so the home visit is due as for
 * one filed at the desk (rozp. w sprawie RWS § 3 ust. 2).
 */
async function intakesOfMyTeam(ctx: StaffContext, today: string) {
  if (!permissionsOf(ctx.actor.roles).includes('intakes.handle') || !ctx.actor.orgUnitId) return [];
  const unit = await orgRepo.findUnit(ctx.q, ctx.actor.orgUnitId);
  if (unit?.kind !== 'fieldTeam') return [];
  const rows = await openIntakesOfTeam(ctx.q, unit.id, ctx.actor.id);
  return rows.map((i) => {
    const due = applicationDeadlines([{ type: 'submit', on: i.submittedOn, payload: {} }], {
      urgent: false,
    }).wywiadDue;
    return {
      kind: 'intake' as const,
      due,
      overdue: due < today,
      applicationId: null,
      intakeId: i.id,
      number: i.reference,
      applicantName: `${i.applicant.firstName} ${i.applicant.surname}`,
      householdId: null,
      address: {
        street: i.address.street,
        building: i.address.building,
        apartment: i.address.apartment ?? null,
        postalCode: i.address.postalCode,
        city: i.address.city,
      },
      urgent: false,
    };
  });
}

const BENEFIT_NAMES: Record<string, [nominative: string, genitive: string]> = {
  zasilekStaly: ['zasiłek stały', 'zasiłku stałego'],
  zasilekOkresowy: ['zasiłek okresowy', 'zasiłku okresowego'],
  zasilekCelowy: ['zasiłek celowy', 'zasiłku celowego'],
  specjalnyZasilekCelowy: ['specjalny zasiłek celowy', 'specjalnego zasiłku celowego'],
};

/** The decision letter as PDF; reading it is logged like any read of the person's data. */
export async function decisionDocument(ctx: StaffContext, decisionId: string) {
  const d = await repo.findDecision(ctx.q, decisionId);
  if (!d) throw notFound();
  const app = await load(ctx, d.applicationId);
  const header = await decisionHeader(ctx, app.applicantId, app.householdId);
  await ctx.audit(
    documentRead('decision', decisionId, [header.personId], { document: 'pdf', personId: header.personId }),
  );
  const pdf = await decisionPdf({
    ...header,
    number: d.number,
    decidedOn: d.decidedOn,
    applicationNumber: app.number,
    submittedOn: app.submittedOn,
    outcome: d.kind === 'change' ? 'change' : d.outcome,
    amends: d.amendsNumber,
    benefitName: BENEFIT_NAMES[d.benefit]?.[0] ?? d.benefit,
    benefitNameGenitive: BENEFIT_NAMES[d.benefit]?.[1] ?? d.benefit,
    legalBasis: d.legalBasis,
    amount: d.amount,
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    schedule: d.schedule,
    paymentMethod: d.paymentMethod,
    justification: d.justification,
    purpose: d.purpose ? t('pl', `celowyPurpose.${d.purpose}`) : null,
    inKind: d.helpForm === 'inKind',
    items: d.items,
    explanation:
      (d.calculation as { explanation?: { article: string; text: string }[] } | null)?.explanation ?? [],
    signatory: {
      name: d.signedByName,
      jobTitle: d.signatoryJobTitle,
      authorisation: d.signatoryAuthorisation,
    },
  });
  return { pdf, filename: decisionFilename(d.number) };
}
