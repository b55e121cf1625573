import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import { todayInPoland } from '@ostoja/domain/shared/today';
import {
  type AgreementInput,
  agreementNumber,
  type VolunteerSignUp,
} from '@ostoja/domain/volunteers/volunteer';
import { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyId, keyTimestamp, toPage } from '../../shared/cursor.ts';
import { nextInRegister } from '../../shared/register.ts';
import * as orgRepo from '../org/repo.ts';
import { volunteerAgreementPdf } from './agreement-pdf.ts';
import * as repo from './repo.ts';

// Volunteering: the public sign-up (stored as typed, nothing more, no audit entry with the
// sender's IP), the coordinator's review, and the agreement printed for signing.

export async function signUp(ctx: RequestContext, v: VolunteerSignUp) {
  await repo.insertVolunteer(ctx.q, v, polishSortKey(`${v.surname} ${v.firstName}`));
  // No id or code back: the coordinator calls the person; nothing to look up publicly.
  return { received: true as const };
}

export async function list(
  ctx: StaffContext,
  o: { status?: string | undefined; after?: string | undefined; limit: number },
) {
  const rows = await repo.listVolunteers(ctx.q, { ...o, after: decodeCursor(VolunteerCursor, o.after) });
  return toPage(
    rows,
    o.limit,
    (v) => [v.cursorAt, v.id],
    ({ cursorAt: _c, ...v }) => v,
  );
}

export async function get(ctx: StaffContext, id: string) {
  const v = await repo.findVolunteer(ctx.q, id);
  if (!v) throw notFound();
  return { ...v, agreements: await repo.agreements(ctx.q, id) };
}

export async function review(
  ctx: StaffContext,
  id: string,
  decision: 'accept' | 'reject',
  note: string | null,
  version: number,
) {
  await get(ctx, id);
  const status = decision === 'accept' ? 'accepted' : 'rejected';
  if (!(await repo.review(ctx.q, id, version, status, note, ctx.actor.id))) throw versionConflict();
  await ctx.audit({ action: decision, entity: 'volunteer', entityId: id });
  return get(ctx, id);
}

/** Erasure on request (RODO art. 17) — refused once an agreement binds the person. */
export async function erase(ctx: StaffContext, id: string) {
  const v = await get(ctx, id);
  if (v.agreements.length > 0) throw conflict('volunteerBound', 'error.volunteer.hasAgreement');
  await repo.deleteVolunteer(ctx.q, id);
  await ctx.audit({ action: 'delete', entity: 'volunteer', entityId: id });
  return { ok: true as const };
}

export async function conclude(ctx: StaffContext, id: string, a: AgreementInput) {
  const v = await get(ctx, id);
  if (v.status !== 'accepted') throw conflict('volunteerNotAccepted', 'error.volunteer.notAccepted');
  const year = Number(todayInPoland().slice(0, 4));
  const number = agreementNumber(year, await nextInRegister(ctx.q, 'volunteerAgreement', year));
  const agreementId = await repo.insertAgreement(ctx.q, id, number, a, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: 'volunteerAgreement',
    entityId: agreementId,
    details: { volunteerId: id, number },
  });
  return (await repo.findAgreement(ctx.q, agreementId))!;
}

export async function agreementDocument(ctx: StaffContext, agreementId: string) {
  const a = await repo.findAgreement(ctx.q, agreementId);
  if (!a) throw notFound();
  const v = (await repo.findVolunteer(ctx.q, a.volunteerId))!;
  const centre = (await orgRepo.listUnits(ctx.q)).find((u) => u.kind === 'centre');
  await ctx.audit({ action: 'export', entity: 'volunteerAgreement', entityId: agreementId });
  const pdf = await volunteerAgreementPdf({
    ...a,
    validTo: a.validTo ?? null,
    extraTerms: a.extraTerms ?? null,
    centre: centre ?? { name: '', street: null, building: null, postalCode: null, city: null },
    volunteer: { name: `${v.firstName} ${v.surname}`, address: a.address, phone: v.phone, email: v.email },
  });
  return { pdf, filename: `porozumienie-${a.number.replace(/\//g, '-')}.pdf` };
}

const VolunteerCursor = z.tuple([keyTimestamp, keyId]);
