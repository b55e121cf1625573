import { blueCardDeadlines, blueCardParametersOn, pendingDeadline } from '@ostoja/domain/blue-card/deadlines';
import type {
  AddParticipant,
  CompleteSuspect,
  HandOverFormB,
  OpenBlueCard,
  ParticipantRole,
} from '@ostoja/domain/blue-card/procedure';
import {
  allowedActions,
  type BlueCardAction,
  type BlueCardActionType,
  blueCardStatus,
  isAllowed,
} from '@ostoja/domain/blue-card/workflow';
import { t } from '@ostoja/domain/i18n/index';
import type { PersonData } from '@ostoja/domain/registry/person';
import { foldDiacritics } from '@ostoja/domain/shared/polish-text';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { nextNumber } from '../../shared/register.ts';
import { permissionsOf } from '../identity/service.ts';
import { personScope } from '../registry/access.ts';
import * as registryRepo from '../registry/repo.ts';
import { toRow } from '../registry/service.ts';
import * as repo from './repo.ts';
import * as group from './repo-group.ts';
import { parameterPeriods } from './repo-reports.ts';

/** Every audit entry about one procedure uses this entity, so the audit view can seal it too. */
export const ENTITY = 'blueCardProcedure';

export async function parametersFor(q: Queryable, date: string) {
  return blueCardParametersOn(await parameterPeriods(q), date);
}

/** A procedure the actor may see; 404 otherwise — the same answer as for an id that does not exist. */
export async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const proc = await repo.findProcedure(ctx.q, id, ctx.actor.id, forUpdate);
  if (!proc) throw notFound();
  return proc;
}

/**
 * The one gate of every step: visible to the actor (row scope, 404), allowed in the status derived
 * from the log (409), the actor holds its permission, and chair steps only by the chair (403).
 * The row lock serialises two members pressing at once.
 */
export async function act(ctx: StaffContext, id: string, type: BlueCardActionType) {
  const proc = await load(ctx, id, true);
  const log = await repo.actions(ctx.q, id);
  const status = blueCardStatus(log);
  const allowed = isAllowed(status, type);
  if (!allowed)
    throw new AppError(409, 'actionNotAllowed', 'error.blueCard.actionNotAllowed', [], {
      status: t(ctx.locale, `blueCard.status.${status}`),
    });
  if (!permissionsOf(ctx.actor.roles).includes(allowed.permission)) throw forbidden();
  if (allowed.by === 'chair' && !(await repo.isChair(ctx.q, proc.teamId, ctx.actor.id))) throw forbidden();
  return { proc, log };
}

/** Appends the action, rewrites the cached status and pending deadline, and audits it (ids only). */
export async function record(
  ctx: StaffContext,
  proc: repo.ProcedureRow,
  log: BlueCardAction[],
  a: BlueCardAction,
) {
  await repo.appendAction(ctx.q, proc.id, a, ctx.actor.id);
  const next = [...log, a];
  const status = blueCardStatus(next);
  const deadlines = blueCardDeadlines(next, await parametersFor(ctx.q, proc.openedOn));
  const pending = pendingDeadline(status, deadlines);
  await repo.setState(ctx.q, proc.id, {
    status,
    nextDue: pending?.due ?? null,
    nextDueKind: pending?.kind ?? null,
    ...(a.type === 'close'
      ? {
          closureReason: String(a.payload?.reason),
          closedOn: a.on,
          monitoringUntil: deadlines.monitoringUntil,
        }
      : {}),
  });
  // The log keeps the words of a closure; the audit entry keeps ids and kinds only.
  const { justification: _j, note: _n, ...details } = a.payload ?? {};
  await ctx.audit({ action: a.type, entity: ENTITY, entityId: proc.id, details });
}

/** A step's date may not precede the opening of the procedure. */
export function checkDate(proc: repo.ProcedureRow, date: string, path: string) {
  if (date < proc.openedOn) throw fieldError(path, 'validation.blueCard.beforeOpening');
}

type Participant =
  | { personId: string; role: ParticipantRole }
  | { person: PersonData; role: ParticipantRole };

/**
 * An existing registry person (within the actor's registry scope), the registry person with the
 * given PESEL (the names must agree), or a new person — sealed: the registry shows them only to
 * those who see a procedure of theirs.
 */
async function resolvePerson(ctx: StaffContext, p: Participant, path: string) {
  if ('personId' in p) {
    if (!(await registryRepo.findPerson(ctx.q, p.personId, personScope(ctx.actor))))
      throw fieldError(`${path}personId`, 'validation.invalidOption');
    return { personId: p.personId, sealed: false };
  }
  if (p.person.pesel) {
    // A person sealed in a procedure the actor does not see is not "known": a new sealed record.
    const known = await registryRepo.findPersonByPesel(ctx.q, p.person.pesel, personScope(ctx.actor));
    if (known) {
      const same =
        foldDiacritics(known.surname) === foldDiacritics(p.person.surname) &&
        foldDiacritics(known.firstName) === foldDiacritics(p.person.firstName);
      if (!same) throw fieldError(`${path}person.pesel`, 'validation.blueCard.peselNameMismatch');
      return { personId: known.id, sealed: false };
    }
  }
  const personId = await registryRepo.insertPerson(ctx.q, toRow(p.person), true);
  return { personId, sealed: true };
}

async function addPersons(
  ctx: StaffContext,
  procedureId: string,
  list: Participant[],
  on: string,
  path: string,
) {
  const added: { personId: string; role: ParticipantRole }[] = [];
  for (const [i, p] of list.entries()) {
    const { personId, sealed } = await resolvePerson(ctx, p, `${path}${i}.`);
    if (await repo.insertParticipant(ctx.q, procedureId, personId, p.role, sealed, on))
      added.push({ personId, role: p.role });
    if (sealed)
      await ctx.audit({
        action: 'createPerson',
        entity: ENTITY,
        entityId: procedureId,
        details: { personId },
      });
  }
  return added;
}

/** Opening: NK-A filled in. The number comes from the yearly register; the deadlines from the log. */
export async function openProcedure(
  ctx: StaffContext,
  input: Omit<z.output<typeof OpenBlueCard>, 'suspects'> & {
    suspects?: z.output<typeof OpenBlueCard>['suspects'];
  },
) {
  const team = await repo.currentTeam(ctx.q);
  if (!team?.chairId) throw conflict('noTeam', 'error.blueCard.noTeam');
  const number = await nextNumber(ctx.q, 'blueCard', 'NK', input.openedOn, 4);
  const log: BlueCardAction[] = [
    { type: 'open', on: input.openedOn, payload: { initiatorKind: input.initiator.kind } },
  ];
  if (input.transferredToChairOn) log.push({ type: 'transferToChair', on: input.transferredToChairOn });
  const status = blueCardStatus(log);
  const pending = pendingDeadline(status, blueCardDeadlines(log, await parametersFor(ctx.q, input.openedOn)));
  const id = await repo.insertProcedure(ctx.q, {
    number,
    year: Number(input.openedOn.slice(0, 4)),
    teamId: team.id,
    openedOn: input.openedOn,
    openedById: ctx.actor.id,
    initiatorKind: input.initiator.kind,
    initiatorName: input.initiator.name,
    initiatorInstitution: input.initiator.institution,
    place: input.place ?? null,
    violenceForms: input.violenceForms,
    description: input.description,
    interventions: input.interventions ?? null,
    victimPresent: input.victimPresent,
    presenceNote: input.presenceNote ?? null,
    status,
    nextDue: pending?.due ?? null,
    nextDueKind: pending?.kind ?? null,
  });
  await addPersons(ctx, id, input.participants, input.openedOn, 'participants.');
  for (const s of input.suspects ?? [])
    await repo.insertSuspect(ctx.q, id, {
      firstName: s.firstName,
      surname: s.surname,
      birthDate: s.birthDate ?? null,
      sex: s.sex ?? null,
      address: s.address ?? null,
      description: s.description ?? null,
      recordedOn: input.openedOn,
    });
  const formId = await group.insertForm(
    ctx.q,
    id,
    { kind: 'A', personId: null, filledOn: input.openedOn, content: {} },
    ctx.actor.id,
  );
  log[0]!.payload = { ...log[0]!.payload, formId };
  for (const a of log) await repo.appendAction(ctx.q, id, a, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: ENTITY, entityId: id, details: { number } });
  return getProcedure(ctx, id);
}

/** The whole procedure for its team; the read is logged. */
export async function getProcedure(ctx: StaffContext, id: string) {
  const proc = await load(ctx, id);
  const log = await repo.actions(ctx.q, id);
  const status = blueCardStatus(log);
  const parameters = await parametersFor(ctx.q, proc.openedOn);
  const deadlines = blueCardDeadlines(log, parameters);
  const isChair = await repo.isChair(ctx.q, proc.teamId, ctx.actor.id);
  const suspects = await repo.suspects(ctx.q, id);
  const participants = await repo.participants(ctx.q, id);
  // Entries of the compartment stay inside it (migration 0066): naming its persons reveals nothing outside.
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, persons: personsOf(participants) });
  return {
    ...proc,
    status,
    deadlines,
    pending: pendingDeadline(status, deadlines),
    parameters,
    isChair,
    allowedActions: allowedActions(status, permissionsOf(ctx.actor.roles), isChair),
    actions: log,
    participants,
    suspects,
    /** A suspect known by name only is still to be identified by the team. */
    incomplete: suspects.some((x) => !x.personId),
    diagnosticGroup: await group.members(ctx.q, id),
    meetings: await group.meetings(ctx.q, id),
    forms: await group.forms(ctx.q, id),
    referrals: await group.referrals(ctx.q, id),
  };
}

export async function addParticipant(ctx: StaffContext, id: string, input: z.output<typeof AddParticipant>) {
  const { proc, log } = await act(ctx, id, 'addParticipant');
  checkDate(proc, input.on, 'on');
  const added = await addPersons(ctx, id, [input.participant], input.on, 'participant.');
  if (added.length === 0) throw fieldError('participant.personId', 'validation.blueCard.alreadyParticipant');
  await record(ctx, proc, log, { type: 'addParticipant', on: input.on, payload: added[0]! });
  return getProcedure(ctx, id);
}

/**
 * The team identifies a suspect recorded by name only: the registry person (or a new, sealed one)
 * joins the procedure as the person suspected of violence, and the record is no longer incomplete.
 */
export async function completeSuspect(
  ctx: StaffContext,
  id: string,
  suspectId: string,
  input: z.output<typeof CompleteSuspect>,
) {
  const { proc, log } = await act(ctx, id, 'addParticipant');
  checkDate(proc, input.on, 'on');
  const suspect = (await repo.suspects(ctx.q, id)).find((x) => x.id === suspectId);
  if (!suspect) throw notFound();
  if (suspect.personId) throw conflict('suspectCompleted', 'error.blueCard.suspectCompleted');
  const who: Participant = input.personId
    ? { personId: input.personId, role: 'perpetrator' }
    : { person: input.person!, role: 'perpetrator' };
  const { personId, sealed } = await resolvePerson(ctx, who, '');
  await repo.insertParticipant(ctx.q, id, personId, 'perpetrator', sealed, input.on);
  await repo.completeSuspect(ctx.q, id, suspectId, personId, input.on, ctx.actor.id);
  await record(ctx, proc, log, {
    type: 'addParticipant',
    on: input.on,
    payload: { personId, role: 'perpetrator', suspectId },
  });
  return getProcedure(ctx, id);
}

/** The roles of a person in this procedure; a field error when they have none of `wanted`. */
export async function requireRole(
  q: Queryable,
  procedureId: string,
  personId: string,
  wanted: 'victim' | 'perpetrator',
  path: string,
) {
  const p = (await repo.participants(q, procedureId)).find((x) => x.personId === personId);
  if (!p) throw fieldError(path, 'validation.blueCard.notParticipant');
  if (!p.roles.includes(wanted))
    throw fieldError(
      path,
      wanted === 'victim' ? 'validation.blueCard.notVictim' : 'validation.blueCard.notPerpetrator',
    );
  return p;
}

export async function handOverFormB(ctx: StaffContext, id: string, input: z.output<typeof HandOverFormB>) {
  const { proc, log } = await act(ctx, id, 'handOverFormB');
  checkDate(proc, input.on, 'on');
  await requireRole(ctx.q, id, input.personId, 'victim', 'personId');
  const formId = await group.insertForm(
    ctx.q,
    id,
    { kind: 'B', personId: input.personId, filledOn: input.on, content: { note: input.note ?? null } },
    ctx.actor.id,
  );
  await record(ctx, proc, log, {
    type: 'handOverFormB',
    on: input.on,
    payload: { formId, personId: input.personId },
  });
  return getProcedure(ctx, id);
}

export async function transferToChair(ctx: StaffContext, id: string, on: string) {
  const { proc, log } = await act(ctx, id, 'transferToChair');
  checkDate(proc, on, 'on');
  await record(ctx, proc, log, { type: 'transferToChair', on });
  return getProcedure(ctx, id);
}
