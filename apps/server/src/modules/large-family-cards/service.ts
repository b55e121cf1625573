import { addDays } from '@ostoja/domain/calendar/working-days';
import { addMonthsToDate } from '@ostoja/domain/family-benefits/dates';
import {
  type CardChild,
  childCardUntil,
  familyQualifies,
  parentEntitled,
} from '@ostoja/domain/family-benefits/large-family-card';
import {
  type CreateLargeFamilyCardApplication,
  type ExtendLargeFamilyCard,
  LargeFamilyCard,
} from '@ostoja/domain/family-benefits/large-family-card-api';
import { t } from '@ostoja/domain/i18n/index';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextInRegister, nextNumber } from '../../shared/register.ts';
import { householdExists, persons } from '../benefit-claims/repo.ts';
import { applicationPage, headSummary } from '../benefit-claims/service.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import { register as registerOnline } from './online-service.ts';
import * as repo from './repo.ts';

// Karta Dużej Rodziny (ustawa z dnia 5 grudnia 2014 r. o KDR): the gmina grants a card to each
// member with a right on the day of the application, free of charge; a child's card ends when its
// right ends and is extended on a new school certificate. Each use case runs in the route's transaction.

const ENTITY = 'largeFamilyCardApplication';
const CARD_ENTITY = 'largeFamilyCard';

const asChild = (m: repo.StoredMember): CardChild => ({
  birthDate: m.birthDate,
  schoolUntil: m.schoolUntil,
  disability: m.disability,
});

/** Who of the family has a right to a card on `on`, until when, and why not. */
export function rights(members: readonly repo.StoredMember[], on: string) {
  const children = members.filter((m) => m.role === 'child');
  const qualifies = familyQualifies(children.map(asChild), on);
  return {
    qualifies,
    members: members.map((m) => {
      if (m.role === 'parent') {
        const ok = parentEntitled(m);
        const reason = ok ? null : m.deprivedOfAuthority ? 'deprived' : 'fewerChildren';
        return { m, until: ok ? null : undefined, reason };
      }
      const until = childCardUntil(asChild(m), on);
      if (until === undefined) return { m, until, reason: 'noRight' };
      return qualifies ? { m, until, reason: null } : { m, until: undefined, reason: 'familyTooSmall' };
    }),
  };
}

const summary = (a: repo.ApplicationRow) => ({ ...headSummary(a), cards: a.cards });

export const list = (ctx: StaffContext, after: string | undefined, limit: number) =>
  applicationPage(ctx, { entity: ENTITY, repo, summary }, after, limit);

export async function get(ctx: StaffContext, id: string) {
  const a = await repo.find(ctx.q, id, personScope(ctx.actor));
  if (!a) throw notFound();
  await ctx.audit({
    action: 'read',
    entity: ENTITY,
    entityId: id,
    persons: a.members.map((m) => m.personId),
  });
  const r = rights(a.members, a.submittedOn);
  return {
    ...summary(a),
    householdId: a.householdId,
    familyQualifies: r.qualifies,
    members: r.members.map(({ m, until, reason }) => ({
      personId: m.personId,
      name: m.name,
      birthDate: m.birthDate,
      role: m.role,
      entitled: until !== undefined,
      reason: reason ? t(ctx.locale, `largeFamilyCard.reason.${reason}`) : null,
    })),
    issued: await repo.cardsOf(ctx.q, id),
  };
}

/** The application and, at once, a card for every member with a right (art. 10–11 ustawy o KDR). */
export async function create(ctx: StaffContext, body: z.output<typeof CreateLargeFamilyCardApplication>) {
  if (!(await householdExists(ctx.q, body.householdId)))
    throw fieldError('householdId', 'validation.familyBenefits.unknownHousehold');
  const ids = body.members.map((m) => m.personId);
  const found = new Map((await persons(ctx.q, ids, personScope(ctx.actor))).map((p) => [p.id, p]));
  ids.forEach((id, i) => {
    if (!found.get(id)?.birthDate)
      throw fieldError(`members.${i}.personId`, 'validation.familyBenefits.unknownPerson');
  });
  await knownToCentre(
    ctx,
    ids.map((id, i) => ({ id, path: `members.${i}.personId` })),
  );
  const childrenListed = body.members.filter((m) => m.role === 'child').length;
  const members: repo.StoredMember[] = body.members.map((m) => ({
    personId: m.personId,
    name: found.get(m.personId)!.name,
    birthDate: found.get(m.personId)!.birthDate,
    role: m.role,
    childrenEver: m.childrenEver ?? childrenListed,
    deprivedOfAuthority: m.deprivedOfAuthority,
    schoolUntil: m.schoolUntil,
    disability: m.disability,
    electronic: m.electronic,
  }));
  const number = await nextNumber(ctx.q, 'largeFamilyCardApplication', 'KDR', body.submittedOn, 6);
  const year = Number(body.submittedOn.slice(0, 4));
  const id = await repo.insertApplication(
    ctx.q,
    {
      number,
      householdId: body.householdId,
      applicantId: body.applicantId,
      submittedOn: body.submittedOn,
      members,
    },
    ctx.actor.id,
  );
  const granted = rights(members, body.submittedOn).members.filter((x) => x.until !== undefined);
  for (const { m, until } of granted) {
    const n = await nextInRegister(ctx.q, 'largeFamilyCard', year);
    await repo.insertCard(ctx.q, {
      applicationId: id,
      personId: m.personId,
      number: `KDR-${year}-${String(n).padStart(6, '0')}`,
      role: m.role,
      validFrom: body.submittedOn,
      validUntil: until ?? null,
      electronicRequestedOn: m.electronic ? body.submittedOn : null,
    });
  }
  if (body.onlineApplicationId) await registerOnline(ctx, body.onlineApplicationId, id);
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { number, cards: granted.length },
  });
  return get(ctx, id);
}

async function loadCard(ctx: StaffContext, id: string) {
  const c = await repo.findCard(ctx.q, id, personScope(ctx.actor), true);
  if (!c) throw notFound();
  return c;
}

/** The electronic card (mObywatel) requested for a card already issued (art. 10 ust. 1a). */
export async function requestElectronic(ctx: StaffContext, id: string, on: string) {
  const c = await loadCard(ctx, id);
  if (c.electronicRequestedOn === null) await repo.setElectronic(ctx.q, id, on);
  await ctx.audit({ action: 'update', entity: CARD_ENTITY, entityId: id, details: { electronic: on } });
  return LargeFamilyCard.parse((await repo.findCard(ctx.q, id, personScope(ctx.actor)))!);
}

/** A child's card extended on a new school certificate, to the new end of its right (art. 7 ust. 2). */
export async function extend(ctx: StaffContext, id: string, body: z.output<typeof ExtendLargeFamilyCard>) {
  const c = await loadCard(ctx, id);
  if (c.role !== 'child' || c.validUntil === null)
    throw conflict('largeFamilyCard.notExtendable', 'error.largeFamilyCard.notExtendable');
  const a = (await repo.find(ctx.q, c.applicationId, personScope(ctx.actor)))!;
  const m = a.members.find((x) => x.personId === c.personId)!;
  const until = childCardUntil({ ...asChild(m), schoolUntil: body.schoolUntil }, c.validUntil);
  if (!until || until <= c.validUntil)
    throw fieldError('schoolUntil', 'validation.largeFamilyCard.notLonger');
  await repo.extend(ctx.q, id, until, body.certificateOn);
  await ctx.audit({ action: 'update', entity: CARD_ENTITY, entityId: id, details: { validUntil: until } });
  return LargeFamilyCard.parse((await repo.findCard(ctx.q, id, personScope(ctx.actor)))!);
}

const ExpiringCursor = z.tuple([keyDate, keyId]);

/** The cards that end in `month` (default: the month after today) — the clerk's list for extensions. */
export async function expiring(
  ctx: StaffContext,
  month: string | undefined,
  after: string | undefined,
  limit: number,
) {
  const first = `${month ?? addMonthsToDate(`${todayInPoland().slice(0, 7)}-01`, 1).slice(0, 7)}-01`;
  const last = addDays(addMonthsToDate(first, 1), -1);
  const rows = await repo.endingBetween(
    ctx.q,
    personScope(ctx.actor),
    first,
    last,
    decodeCursor(ExpiringCursor, after),
    limit + 1,
  );
  const page = toPage(
    rows,
    limit,
    (c) => [c.validUntil!, c.id],
    (c) => c,
  );
  await ctx.audit({
    action: 'list',
    entity: CARD_ENTITY,
    details: { expiring: first.slice(0, 7), results: page.items.length },
    persons: rows.slice(0, limit).map((c) => c.personId),
  });
  return page;
}
