import type {
  AddMember,
  CreateHousehold,
  MemberInput,
  UpdateHousehold,
} from '@ostoja/domain/registry/household';
import type { PersonData } from '@ostoja/domain/registry/person';
import { foldDiacritics, polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { findFieldTeamId } from '../org/service.ts';
import { personScope } from './access.ts';
import * as repo from './repo.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function toRow(p: PersonData): repo.PersonRow {
  return {
    ...p,
    sortKey: polishSortKey(`${p.surname} ${p.firstName} ${p.secondName ?? ''}`.trim()),
    surnameFolded: foldDiacritics(p.surname),
    searchText: foldDiacritics(
      [p.surname, p.firstName, p.secondName, p.pesel, p.documentNumber].filter(Boolean).join(' '),
    ),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One search box: digits search the PESEL (prefix); words search names ignoring case and
 * diacritics, each word a surname prefix (2 letters) or any fragment (3 letters or more).
 */
export function searchSpec(text: string): repo.SearchSpec {
  const digits = text.replace(/\s/g, '');
  if (/^\d+$/.test(digits))
    return digits.length === 11
      ? { where: 'p.pesel = $1', params: [digits] }
      : { where: `p.pesel LIKE $1 || '%'`, params: [digits] };
  const words = foldDiacritics(text)
    .split(/[\s,]+/)
    .filter(Boolean);
  const params = words.map(escapeLike);
  const where = words
    .map((w, i) =>
      w.length < 3 ? `p.surname_folded LIKE $${i + 1} || '%'` : `p.search_text LIKE '%' || $${i + 1} || '%'`,
    )
    .join(' AND ');
  return { where: where || 'FALSE', params };
}

export async function searchPersons(
  ctx: StaffContext,
  text: string,
  after: string | undefined,
  limit: number,
) {
  const cursor = after ? (after.split('|') as [string, string]) : null;
  const rows = await repo.searchPersons(ctx.q, searchSpec(text), personScope(ctx.actor), cursor, limit);
  const page = rows.slice(0, limit);
  await ctx.audit({ action: 'search', entity: 'person', details: { q: text, results: page.length } });
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _s, ...p }) => p),
    nextCursor: rows.length > limit && last ? `${last.sortKey}|${last.id}` : null,
  };
}

export async function getPerson(ctx: StaffContext, id: string) {
  const person = await repo.findPerson(ctx.q, id, personScope(ctx.actor));
  if (!person) throw notFound();
  const history = await repo.personHistory(ctx.q, id);
  await ctx.audit({ action: 'read', entity: 'person', entityId: id });
  return { ...person, history };
}

/** PESEL taken → 409 on the field; same names and birth date → 409 the user may confirm past. */
async function checkDuplicates(
  q: Queryable,
  p: PersonData,
  confirmed: boolean,
  selfId: string | null,
  path: string,
) {
  if (p.pesel) {
    const other = await repo.findPersonByPesel(q, p.pesel);
    if (other && other.id !== selfId)
      throw conflict('peselTaken', 'error.peselTaken', [
        { path: `${path}pesel`, message: 'validation.pesel.taken' },
      ]);
  }
  if (confirmed) return;
  const first = foldDiacritics(p.firstName);
  const same = (await repo.findSameSurnameAndBirth(q, foldDiacritics(p.surname), p.birthDate)).filter(
    (c) => c.id !== selfId && foldDiacritics(c.firstName) === first,
  );
  if (same.length > 0) {
    const err = conflict('possibleDuplicate', 'error.possibleDuplicate', [
      { path: `${path}surname`, message: 'validation.possibleDuplicate' },
    ]);
    err.extra = { candidates: same };
    throw err;
  }
}

async function createPersonRow(ctx: StaffContext, p: PersonData, confirmed: boolean, path = '') {
  await checkDuplicates(ctx.q, p, confirmed, null, path);
  const id = await repo.insertPerson(ctx.q, toRow(p));
  await ctx.audit({ action: 'create', entity: 'person', entityId: id, details: { pesel: p.pesel ?? null } });
  return id;
}

export async function createPerson(ctx: StaffContext, p: PersonData, confirmed: boolean) {
  const id = await createPersonRow(ctx, p, confirmed, 'person.');
  return getPerson(ctx, id);
}

export async function updatePerson(
  ctx: StaffContext,
  id: string,
  p: PersonData,
  version: number,
  confirmed: boolean,
) {
  const before = await repo.findPerson(ctx.q, id, personScope(ctx.actor));
  if (!before) throw notFound();
  await checkDuplicates(ctx.q, p, confirmed, id, 'person.');
  if (!(await repo.updatePerson(ctx.q, id, version, toRow(p)))) throw versionConflict();
  const changed = Object.keys(p).filter(
    (k) => (p as Record<string, unknown>)[k] !== (before as unknown as Record<string, unknown>)[k],
  );
  await ctx.audit({ action: 'update', entity: 'person', entityId: id, details: { changed } });
  return getPerson(ctx, id);
}

/** Puts a person into a household from `since`, ending the membership they had elsewhere (a move). */
async function join(
  ctx: StaffContext,
  householdId: string,
  personId: string,
  relation: string,
  since: string,
) {
  const open = await repo.openMembership(ctx.q, personId);
  if (open?.householdId === householdId) throw fieldError('member', 'validation.household.alreadyMember');
  if (open) {
    await repo.closeMembership(ctx.q, open.id, since);
    await repo.bumpHousehold(ctx.q, open.householdId);
  }
  if (relation === 'applicant') {
    const members = await repo.currentMembers(ctx.q, householdId, 'TRUE');
    if (members.some((m) => m.relation === 'applicant'))
      throw fieldError('member.relation', 'validation.household.oneApplicant');
  }
  await repo.insertMembership(ctx.q, householdId, personId, relation, since);
  await ctx.audit({
    action: open ? 'move' : 'join',
    entity: 'person',
    entityId: personId,
    details: { householdId, relation, since, fromHouseholdId: open?.householdId ?? null },
  });
}

async function memberPersonId(
  ctx: StaffContext,
  m: z.output<typeof MemberInput>,
  confirmed: boolean,
  path: string,
) {
  if ('personId' in m) {
    if (!(await repo.findPerson(ctx.q, m.personId, personScope(ctx.actor))))
      throw fieldError(`${path}personId`, 'validation.invalidOption');
    return m.personId;
  }
  return createPersonRow(ctx, m.person, confirmed, `${path}person.`);
}

export async function createHousehold(ctx: StaffContext, input: z.output<typeof CreateHousehold>) {
  const a = input.address;
  const fieldTeamId = input.fieldTeamId ?? (await findFieldTeamId(ctx.q, a.street, a.building));
  const id = await repo.insertHousehold(ctx.q, {
    street: a.street,
    building: a.building,
    apartment: a.apartment ?? null,
    postalCode: a.postalCode ?? null,
    city: a.city,
    fieldTeamId,
  });
  await ctx.audit({ action: 'create', entity: 'household', entityId: id, details: { fieldTeamId } });
  const since = input.since ?? today();
  for (const [i, m] of input.members.entries()) {
    const personId = await memberPersonId(ctx, m, input.confirmDuplicate, `members.${i}.`);
    await join(ctx, id, personId, m.relation, since);
  }
  return getHousehold(ctx, id);
}

export async function getHousehold(ctx: StaffContext, id: string) {
  const h = await repo.findHousehold(ctx.q, id);
  if (!h) throw notFound();
  const scope = personScope(ctx.actor);
  const members = await repo.currentMembers(ctx.q, id, scope);
  const history = await repo.householdHistory(ctx.q, id, scope);
  await ctx.audit({
    action: 'read',
    entity: 'household',
    entityId: id,
    details: { persons: members.map((m) => m.id) },
  });
  const applicant = members.find((m) => m.relation === 'applicant');
  return {
    ...h,
    applicantName: applicant ? `${applicant.firstName} ${applicant.surname}` : null,
    members,
    history,
  };
}

export async function updateHousehold(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof UpdateHousehold>,
) {
  const before = await repo.findHousehold(ctx.q, id);
  if (!before) throw notFound();
  const a = input.address;
  const addressChanged = a.street !== before.street || a.building !== before.building;
  const fieldTeamId =
    input.fieldTeamId ??
    (addressChanged ? await findFieldTeamId(ctx.q, a.street, a.building) : before.fieldTeamId);
  const ok = await repo.updateHousehold(ctx.q, id, input.version, {
    street: a.street,
    building: a.building,
    apartment: a.apartment ?? null,
    postalCode: a.postalCode ?? null,
    city: a.city,
    fieldTeamId,
  });
  if (!ok) throw versionConflict();
  await ctx.audit({
    action: 'update',
    entity: 'household',
    entityId: id,
    details: { fieldTeamId, addressChanged },
  });
  return getHousehold(ctx, id);
}

export async function addMember(ctx: StaffContext, householdId: string, input: z.output<typeof AddMember>) {
  if (!(await repo.findHousehold(ctx.q, householdId))) throw notFound();
  const personId = await memberPersonId(ctx, input.member, input.confirmDuplicate, 'member.');
  await join(ctx, householdId, personId, input.member.relation, input.since ?? today());
  await repo.bumpHousehold(ctx.q, householdId);
  return getHousehold(ctx, householdId);
}

export async function endMembership(
  ctx: StaffContext,
  householdId: string,
  personId: string,
  until: string | undefined,
) {
  const open = await repo.openMembership(ctx.q, personId);
  if (!open || open.householdId !== householdId) throw notFound();
  await repo.closeMembership(ctx.q, open.id, until ?? today());
  await repo.clearCurrentHousehold(ctx.q, personId);
  await repo.bumpHousehold(ctx.q, householdId);
  await ctx.audit({
    action: 'leave',
    entity: 'person',
    entityId: personId,
    details: { householdId, until: until ?? today() },
  });
  return getHousehold(ctx, householdId);
}
