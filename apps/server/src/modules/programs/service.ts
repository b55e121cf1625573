import { unmetCriteria } from '@ostoja/domain/programs/eligibility';
import type {
  EndParticipation,
  ParticipantInput,
  ProgrammeInput,
  ResultInput,
  SupportInput,
} from '@ostoja/domain/programs/programme';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { badRequest, conflict, fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, NameCursor, namePage, toPage } from '../../shared/cursor.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as registryRepo from '../registry/repo.ts';
import * as repo from './repo.ts';
import { indicatorReportPdf } from './report-pdf.ts';

// Projects and programmes: set up with their indicators and criteria, recruitment checked against
// the criteria, support recorded, and the indicator report for the funder. One transaction each.

type Out<S extends z.ZodType> = z.output<S>;

export const listProgrammes = namePage(repo.listProgrammes);

export async function getProgramme(ctx: StaffContext, id: string) {
  const g = await repo.findProgramme(ctx.q, id);
  if (!g) throw notFound();
  return g;
}

export async function addProgramme(ctx: StaffContext, input: Out<typeof ProgrammeInput>) {
  if (await repo.programmeNameTaken(ctx.q, input.name))
    throw conflict('programs.nameTaken', 'error.validation', [
      { path: 'name', message: 'validation.programs.nameTaken' },
    ]);
  const id = await repo.insertProgramme(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'programme', entityId: id, details: { name: input.name } });
  return getProgramme(ctx, id);
}

type ParticipantRow = repo.ParticipantRow;
const status = (x: Pick<ParticipantRow, 'endedOn' | 'completed'>): 'active' | 'completed' | 'left' =>
  x.endedOn ? (x.completed ? 'completed' : 'left') : 'active';
const view = ({ completed: _c, ...x }: ParticipantRow & { sortKey?: string }) => {
  const { sortKey: _s, ...rest } = x;
  return { ...rest, status: status({ endedOn: x.endedOn, completed: _c }) } as const;
};

export async function listParticipants(
  ctx: StaffContext,
  programmeId: string,
  after: string | undefined,
  limit: number,
) {
  await getProgramme(ctx, programmeId);
  const rows = await repo.listParticipants(
    ctx.q,
    programmeId,
    personScope(ctx.actor),
    decodeCursor(NameCursor, after),
    limit + 1,
  );
  const page = toPage(rows, limit, (x) => [x.sortKey, x.id], view);
  await ctx.audit({
    action: 'list',
    entity: 'programmeParticipant',
    details: { programmeId, results: page.items.length },
    persons: page.items.map((x) => x.personId),
  });
  return page;
}

async function participantOf(ctx: StaffContext, id: string) {
  const x = await repo.findParticipant(ctx.q, id, personScope(ctx.actor));
  if (!x) throw notFound();
  return x;
}

export async function getParticipant(ctx: StaffContext, id: string) {
  const x = await participantOf(ctx, id);
  await ctx.audit({ action: 'read', entity: 'programmeParticipant', entityId: id, persons: [x.personId] });
  return view(x);
}

/**
 * Recruitment: the person joins within the project's period, with the signed declaration
 * (PESEL consent), if they meet every criterion of the project on the day of joining; each
 * criterion not met is a 400 naming its field, and nothing is written.
 */
export async function addParticipant(
  ctx: StaffContext,
  programmeId: string,
  input: Out<typeof ParticipantInput>,
) {
  const g = await getProgramme(ctx, programmeId);
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.programs.unknownPerson');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  if (input.joinedOn < g.startsOn || input.joinedOn > g.endsOn)
    throw fieldError('joinedOn', 'validation.programs.outsidePeriod');
  if (await repo.isParticipant(ctx.q, programmeId, input.personId))
    throw fieldConflict('programs.alreadyParticipant', 'personId');
  const person = await registryRepo.findPerson(ctx.q, input.personId, personScope(ctx.actor));
  const period = g.criteria.some((c) => c.kind === 'incomeMax')
    ? await benefitsRepo.periodOn(ctx.q, input.joinedOn)
    : null;
  const unmet = unmetCriteria(
    g.criteria,
    {
      birthDate: person?.birthDate ?? null,
      on: input.joinedOn,
      incomePerPersonGrosze: input.incomePerPersonGrosze,
      householdSize: input.householdSize,
      reasons: input.reasons,
    },
    period,
  );
  if (unmet.length) throw badRequest(unmet);
  const id = await repo.insertParticipant(
    ctx.q,
    {
      programmeId,
      personId: input.personId,
      joinedOn: input.joinedOn,
      consentSignedOn: input.consentSignedOn!,
      eligibility: {
        incomePerPersonGrosze: input.incomePerPersonGrosze,
        householdSize: input.householdSize,
        reasons: input.reasons,
      },
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: 'programmeParticipant',
    entityId: id,
    details: { programmeId },
    persons: [input.personId],
  });
  return view(await participantOf(ctx, id));
}

async function openParticipant(ctx: StaffContext, id: string, on: string) {
  const x = await participantOf(ctx, id);
  if (x.endedOn) throw conflict('programs.ended', 'error.programs.ended');
  if (on < x.joinedOn) throw fieldError('on', 'validation.programs.beforeJoining');
  return x;
}

export async function addSupport(ctx: StaffContext, id: string, input: Out<typeof SupportInput>) {
  await openParticipant(ctx, id, input.on);
  await repo.insertSupport(ctx.q, id, input.on, input.form, ctx.actor.id);
  await ctx.audit({ action: 'support', entity: 'programmeParticipant', entityId: id });
  return view(await participantOf(ctx, id));
}

export async function addResult(ctx: StaffContext, id: string, input: Out<typeof ResultInput>) {
  const x = await participantOf(ctx, id);
  if (input.on < x.joinedOn) throw fieldError('on', 'validation.programs.beforeJoining');
  if (!(await repo.indicatorOf(ctx.q, x.programmeId, input.indicatorId)))
    throw fieldError('indicatorId', 'validation.programs.unknownIndicator');
  await repo.upsertResult(ctx.q, id, input.indicatorId, input.on, ctx.actor.id);
  await ctx.audit({ action: 'result', entity: 'programmeParticipant', entityId: id });
  return view(await participantOf(ctx, id));
}

export async function end(ctx: StaffContext, id: string, input: Out<typeof EndParticipation>) {
  await openParticipant(ctx, id, input.on);
  await repo.endParticipation(ctx.q, id, input.on, input.completed);
  await ctx.audit({ action: 'end', entity: 'programmeParticipant', entityId: id, details: input });
  return view(await participantOf(ctx, id));
}

/** A person's projects with the support received in each (the person page). */
export async function personProgrammes(ctx: StaffContext, personId: string) {
  if (!(await personVisible(ctx.q, ctx.actor, personId))) throw notFound();
  const rows = await repo.participationsOf(ctx.q, personId, personScope(ctx.actor));
  await ctx.audit({ action: 'list', entity: 'programmeParticipant', persons: [personId] });
  return { items: rows.map(view), nextCursor: null };
}

const percent = (achieved: number, target: number) =>
  target > 0 ? Math.floor((achieved * 100) / target) : null;

/** The indicator report for the funder: every indicator's target and what was achieved, and who took part. */
export async function indicatorReport(ctx: StaffContext, id: string) {
  const g = await getProgramme(ctx, id);
  const rows = await repo.listParticipants(ctx.q, id, personScope(ctx.actor), null, 100_000);
  await ctx.audit({
    action: 'report',
    entity: 'programme',
    entityId: id,
    persons: rows.map((x) => x.personId),
  });
  return {
    programme: g,
    asOf: todayInPoland(),
    rows: [
      { key: 'participants', name: 'participants', target: g.targetParticipants, achieved: g.participants },
      { key: 'completions', name: 'completions', target: g.targetCompletions, achieved: g.completions },
      ...g.indicators.map((i) => ({ key: i.id, name: i.name, target: i.target, achieved: i.achieved })),
    ].map((r) => ({ ...r, percent: percent(r.achieved, r.target) })),
    participants: rows.map((x) => ({
      personId: x.personId,
      firstName: x.firstName,
      surname: x.surname,
      joinedOn: x.joinedOn,
      status: status(x),
      supports: x.supports.length,
    })),
  };
}

export async function indicatorReportDocument(ctx: StaffContext, id: string) {
  const r = await indicatorReport(ctx, id);
  const centre = await orgRepo.centre(ctx.q);
  const pdf = await indicatorReportPdf({ centreName: centre.name, report: r });
  const slug = r.programme.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return { pdf, filename: encodeURIComponent(`wskazniki-${slug}-${r.asOf}.pdf`) };
}
