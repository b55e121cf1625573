import { familyQualifies } from '@ostoja/domain/family-benefits/large-family-card';
import {
  type KdrAttachment,
  kdrAttachmentsNeeded,
  type OnlineKdrApplication,
} from '@ostoja/domain/family-benefits/large-family-card-online';
import { intakeReference } from '@ostoja/domain/portal/intake';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyId, keyTimestamp, toPage } from '../../shared/cursor.ts';
import { nextInRegister } from '../../shared/register.ts';
import * as repo from './online-repo.ts';

// The Karta Dużej Rodziny applied for on the portal: filed by an anonymous resident, it waits in
// the KDR module until the clerk registers the family and the application (which issues the cards).

const ENTITY = 'largeFamilyCardOnlineApplication';
const warsawDay = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
const missing = (needed: KdrAttachment[], attached: readonly KdrAttachment[]) =>
  needed.filter((k) => !attached.includes(k));

/** Filed on the portal: a reference from the register of e-applications (no audit: the actor is anonymous). */
export async function submit(ctx: RequestContext, body: OnlineKdrApplication) {
  const year = Number(todayInPoland().slice(0, 4));
  const reference = intakeReference(year, await nextInRegister(ctx.q, 'intake', year));
  const row = await repo.insert(ctx.q, { ...body, reference });
  const needed = kdrAttachmentsNeeded(body.members, todayInPoland());
  return {
    /** For the staff's fixtures; the resident's answer (FiledKdrApplication) leaves it out. */
    id: row.id,
    reference,
    submittedAt: row.submittedAt,
    attachmentsNeeded: needed,
    attachmentsMissing: missing(needed, body.attachments),
  };
}

const summary = (o: repo.OnlineRow) => ({
  id: o.id,
  reference: o.reference,
  submittedAt: o.submittedAt,
  applicantName: `${o.members[0]?.firstName ?? ''} ${o.members[0]?.surname ?? ''}`.trim(),
  members: o.members.length,
  status: o.applicationId ? ('registered' as const) : ('received' as const),
  applicationId: o.applicationId,
});

const ListCursor = z.tuple([keyTimestamp, keyId]);

export async function list(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.list(ctx.q, decodeCursor(ListCursor, after), limit + 1);
  const page = toPage(rows, limit, (o) => [o.cursorAt, o.id], summary);
  await ctx.audit({ action: 'list', entity: ENTITY, details: { results: page.items.length } });
  return page;
}

export async function get(ctx: StaffContext, id: string) {
  const o = await repo.find(ctx.q, id);
  if (!o) throw notFound();
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, details: { reference: o.reference } });
  const on = warsawDay(o.submittedAt);
  const needed = kdrAttachmentsNeeded(o.members, on);
  const children = o.members.filter((m) => m.role === 'child');
  return {
    ...summary(o),
    address: o.address,
    phone: o.contact.phone,
    email: o.contact.email,
    preferredContact: o.contact.preferredContact,
    familyMembers: o.members.map((m) => ({
      firstName: m.firstName,
      surname: m.surname,
      pesel: m.pesel ?? null,
      birthDate: m.birthDate,
      role: m.role,
      childrenEver: m.childrenEver ?? null,
      schoolUntil: m.schoolUntil ?? null,
      disability: m.disability,
      disabilityUntil: m.disabilityUntil ?? null,
      electronic: m.electronic,
    })),
    attachments: o.attachments,
    attachmentsMissing: missing(needed, o.attachments),
    familyQualifies: familyQualifies(
      children.map((c) => ({
        birthDate: c.birthDate,
        schoolUntil: c.schoolUntil ?? null,
        disability: c.disability ? { until: c.disabilityUntil ?? null } : null,
      })),
      on,
    ),
  };
}

/** The clerk's application registers the portal's: locked, so two clerks cannot both register it. */
export async function register(ctx: StaffContext, onlineId: string, applicationId: string) {
  const o = await repo.find(ctx.q, onlineId, true);
  if (!o) throw fieldError('onlineApplicationId', 'validation.largeFamilyCard.unknownOnline');
  if (o.applicationId)
    throw conflict('largeFamilyCard.onlineRegistered', 'error.largeFamilyCard.onlineRegistered');
  await repo.markRegistered(ctx.q, onlineId, applicationId);
  await ctx.audit({ action: 'update', entity: ENTITY, entityId: onlineId, details: { applicationId } });
}
