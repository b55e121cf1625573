import { type BlueCardDocument, mayDiscloseToPerson } from '@ostoja/domain/blue-card/disclosure';
import type { StaffContext } from '../../http/context.ts';
import { AppError, fieldError, notFound } from '../../http/errors.ts';
import * as orgRepo from '../org/repo.ts';
import * as docs from './forms.ts';
import { blueCardPdf } from './pdf.ts';
import * as repo from './repo.ts';
import * as group from './repo-group.ts';
import { ENTITY, load, parametersFor } from './service.ts';

async function centre(ctx: StaffContext): Promise<docs.DocCentre> {
  const c = await orgRepo.centre(ctx.q);
  const team = await repo.currentTeam(ctx.q);
  return {
    name: c.name,
    address: orgRepo.centreAddress(c),
    phone: c.phone,
    chairName: team?.chairName ?? null,
    teamName: team?.name ?? 'Zespół interdyscyplinarny',
  };
}

/**
 * The copy's addressee. Without one it is the team's file copy; with a person, the rule of
 * mayDisclose decides — by every role the person has in any procedure (403 when refused).
 */
async function copyFor(
  ctx: StaffContext,
  people: docs.DocPerson[],
  document: BlueCardDocument,
  recipient?: string,
) {
  if (!recipient) return 'egzemplarz do akt zespołu';
  const person = people.find((p) => p.personId === recipient);
  if (!person) throw fieldError('recipientPersonId', 'validation.blueCard.notParticipant');
  if (!mayDiscloseToPerson(document, await repo.rolesEverywhere(ctx.q, recipient)))
    throw new AppError(403, 'notDisclosable', 'error.blueCard.notDisclosable');
  return `egzemplarz dla: ${person.firstName} ${person.surname}`;
}

async function context(ctx: StaffContext, id: string) {
  const proc = await load(ctx, id);
  const params = await parametersFor(ctx.q, proc.openedOn);
  const people = await repo.participants(ctx.q, id);
  return { proc: { ...proc, legalBasis: params.legalBasis }, people, centre: await centre(ctx) };
}

const filename = (number: string, what: string) => `${number.replace(/\//g, '-')}-${what}.pdf`;

/** A form as PDF, for the team's file or for a recipient the disclosure rule allows; logged. */
export async function formDocument(ctx: StaffContext, id: string, formId: string, recipient?: string) {
  const { proc, people, centre: c } = await context(ctx, id);
  const form = (await group.forms(ctx.q, id)).find((f) => f.id === formId);
  if (!form) throw notFound();
  const copy = await copyFor(ctx, people, form.kind, recipient);
  const person = people.find((p) => p.personId === form.personId);
  const f = form.content as never;
  let doc: ReturnType<typeof docs.formA>;
  if (form.kind === 'A') doc = docs.formA(proc, people, c, copy);
  else if (!person) throw notFound();
  else if (form.kind === 'B') doc = docs.formB(proc, person, form.filledOn, c, copy);
  else if (form.kind === 'D') doc = docs.formD(proc, person, form.filledOn, c, copy);
  else if (form.kind === 'C') {
    const members = (await group.members(ctx.q, id))
      .filter((m) => !m.removedOn)
      .map((m) => `${m.fullName} (${m.institution})`);
    doc = docs.formC(proc, person, { ...(f as object), filledOn: form.filledOn } as never, members, c, copy);
  } else {
    const referrals = (await group.referrals(ctx.q, id)).filter((r) => r.personId === person.personId);
    doc = docs.formE(
      proc,
      person,
      { ...(f as object), filledOn: form.filledOn } as never,
      referrals,
      c,
      copy,
    );
  }
  await ctx.audit({
    action: 'print',
    entity: ENTITY,
    entityId: id,
    details: { formId, kind: form.kind, recipientPersonId: recipient ?? null },
  });
  return { pdf: await blueCardPdf(doc), filename: filename(proc.number, `NK-${form.kind}`) };
}

/** The minutes of a held meeting as PDF; never for a person recorded as using violence. */
export async function minutesDocument(ctx: StaffContext, id: string, meetingId: string, recipient?: string) {
  const { proc, people, centre: c } = await context(ctx, id);
  const meeting = await group.findMeeting(ctx.q, id, meetingId);
  if (!meeting?.heldOn || meeting.minutes === null) throw notFound();
  const copy = await copyFor(ctx, people, 'minutes', recipient);
  const members = await group.members(ctx.q, id);
  const memberName = (mid: string) => {
    const m = members.find((x) => x.id === mid);
    return m ? `${m.fullName} (${m.institution})` : '';
  };
  const personName = (pid: string) => {
    const p = people.find((x) => x.personId === pid);
    return p ? `${p.firstName} ${p.surname}` : '';
  };
  const presentM = meeting.presentMemberIds ?? [];
  const presentP = meeting.presentPersonIds ?? [];
  const doc = docs.minutes(
    proc,
    { ...meeting, heldOn: meeting.heldOn, minutes: meeting.minutes },
    [...presentM.map(memberName), ...presentP.map(personName)],
    [
      ...meeting.invitedMemberIds.filter((m) => !presentM.includes(m)).map(memberName),
      ...meeting.invitedPersonIds.filter((p) => !presentP.includes(p)).map(personName),
    ],
    c,
    copy,
  );
  await ctx.audit({
    action: 'print',
    entity: ENTITY,
    entityId: id,
    details: { meetingId, kind: 'minutes', recipientPersonId: recipient ?? null },
  });
  return { pdf: await blueCardPdf(doc), filename: filename(proc.number, `protokol-${meeting.heldOn}`) };
}

/**
 * The invitations to a scheduled meeting: one per invited group member (with their institution)
 * and one per invited person of the procedure, each addressed to them alone; logged.
 */
export async function invitationDocument(
  ctx: StaffContext,
  id: string,
  meetingId: string,
  inviteeId: string,
) {
  const { proc, people, centre: c } = await context(ctx, id);
  const meeting = await group.findMeeting(ctx.q, id, meetingId);
  if (!meeting) throw notFound();
  let to: docs.Invitee | null = null;
  if (meeting.invitedMemberIds.includes(inviteeId)) {
    const m = (await group.members(ctx.q, id)).find((x) => x.id === inviteeId);
    if (m) to = { name: m.fullName, institution: m.institution, address: null };
  } else if (meeting.invitedPersonIds.includes(inviteeId)) {
    const p = people.find((x) => x.personId === inviteeId);
    if (p) to = { name: `${p.firstName} ${p.surname}`, institution: null, address: p.address };
  }
  if (!to) throw notFound();
  await ctx.audit({
    action: 'print',
    entity: ENTITY,
    entityId: id,
    details: { meetingId, kind: 'invitation', inviteeId },
  });
  return {
    pdf: await blueCardPdf(docs.invitation(proc, meeting, to, c)),
    filename: filename(proc.number, `zawiadomienie-${meeting.scheduledOn}-${inviteeId.slice(0, 8)}`),
  };
}
