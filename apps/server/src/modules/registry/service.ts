import { rolesHave } from '@ostoja/domain/identity/permissions';
import type {
  AddMember,
  CreateHousehold,
  HouseholdMember,
  MemberInput,
  MembershipHistoryEntry,
  UpdateHousehold,
} from '@ostoja/domain/registry/household';
import type { Person, PersonData, PersonSummary } from '@ostoja/domain/registry/person';
import { foldDiacritics, polishSortKey } from '@ostoja/domain/shared/polish-text';
import { todayInPoland } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { findUnit } from '../org/repo.ts';
import { findFieldTeamId } from '../org/service.ts';
import { personScope, personVisible } from './access.ts';
import { actorLiteral } from './compartment.ts';
import { type HistoryEvent, historyRows } from './history-repo.ts';
import * as mergeRepo from './merge-repo.ts';
import * as repo from './repo.ts';
import { insertRevision } from './revision-repo.ts';
import { type Found, searchStatement } from './search-repo.ts';

/** Today in Poland: a move recorded at 00:30 in Warsaw happened today, not yesterday (UTC). */
const today = () => todayInPoland();

export function toRow(p: PersonData): repo.PersonRow {
  return {
    ...p,
    sortKey: polishSortKey(`${p.surname} ${p.firstName} ${p.secondName ?? ''}`.trim()),
    surnameFolded: foldDiacritics(p.surname),
    surnameKey: polishSortKey(p.surname),
    searchText: foldDiacritics(
      [p.surname, p.firstName, p.secondName, p.pesel, p.documentNumber].filter(Boolean).join(' '),
    ),
  };
}

/** The search's keyset: the last shown person's sort key and id. */
const SearchCursor = z.tuple([keyText, keyId]);

export async function searchPersons(
  ctx: StaffContext,
  text: string,
  after: string | undefined,
  limit: number,
) {
  const cursor = decodeCursor(SearchCursor, after);
  // The reader's id is the statement's first parameter, so the search is prepared, not planned per request.
  const statement = await searchStatement(
    ctx.q,
    text,
    personScope(ctx.actor, 'p', '$1'),
    cursor,
    limit + 1,
    repo.SUMMARY_COLUMNS,
    [ctx.actor.id],
  );
  // The search and its audit row (the persons shown, not the one read ahead) in one statement.
  const entry = { action: 'search', entity: 'person', details: { q: text } };
  const found = statement
    ? await ctx.readLogged<Found & PersonSummary>(statement.text, statement.params, {
        entry,
        personsColumn: 'id',
        shown: limit,
        countAs: 'results',
      })
    : [];
  if (!statement) await ctx.audit({ ...entry, details: { q: text, results: 0 } });
  return toPage(
    found,
    limit,
    (p) => [p.sortKey, p.id],
    ({ sortKey: _key, ...summary }) => summary,
  );
}

export async function getPerson(ctx: StaffContext, asked: string) {
  const flagged = rolesHave(ctx.actor.roles, 'blueCard.existence');
  // The page and its audit row in one statement; a person not found (or not seen) leaves none.
  // The reader's id is a parameter ($2), so the statement is prepared, not planned per request.
  const page = repo.personPage(personScope(ctx.actor, 'p', '$2'), flagged);
  const read = (id: string) =>
    ctx.readLogged<PersonPageRow>(page, [id, ctx.actor.id], {
      entry: { action: 'read', entity: 'person', entityId: id },
      ifFound: true,
    });
  let [row] = await read(asked);
  // An old link to a merged duplicate (its row is gone) shows the kept record (its id tells the page to move on).
  if (!row) {
    const kept = await followMerge(ctx, asked);
    if (kept) [row] = await read(kept);
  }
  if (!row) throw notFound();
  const { samePesel, restrictedRecord, ...person } = row;
  return {
    ...person,
    ...(samePesel ? { samePesel } : {}),
    ...(restrictedRecord ? { restrictedRecord: true as const } : {}),
  };
}

type PersonPageRow = z.output<typeof Person> & {
  history: MembershipHistoryEntry[];
  samePesel: PersonSummary[] | null;
  restrictedRecord?: boolean;
};

/**
 * Where an old link to a merged record leads (decision 0015): the kept record — unless the merged
 * one was sealed and the reader does not see the kept record's procedures (then it stays missing).
 */
async function followMerge(ctx: StaffContext, id: string) {
  // Most reads name a living record: one indexed look-up, nothing found.
  const m = await mergeRepo.mergedInto(ctx.q, id);
  if (!m) return null;
  if (m.wasSealed && !(await mergeRepo.seesProcedures(ctx.q, m.intoId, actorLiteral(ctx.actor)))) return null;
  return (await personVisible(ctx.q, ctx.actor, m.intoId)) ? m.intoId : null;
}

const peselTaken = (path: string) =>
  conflict('peselTaken', 'error.peselTaken', [{ path: `${path}pesel`, message: 'validation.pesel.taken' }]);

/** PESEL taken → 409 on the field; same names and birth date → 409 the user may confirm past. */
async function checkDuplicates(
  q: Queryable,
  p: PersonData,
  confirmed: boolean,
  selfId: string | null,
  path: string,
  scope: string,
) {
  // Only a person the actor sees makes the PESEL taken: a sealed one answers as a fresh PESEL
  // would, and the new record is a duplicate the compartment links later (decision 0008).
  if (p.pesel) {
    const other = await repo.findPersonByPesel(q, p.pesel, scope);
    if (other && other.id !== selfId) throw peselTaken(path);
  }
  if (confirmed) return;
  const first = foldDiacritics(p.firstName);
  const candidates = (await repo.findSameSurnameAndBirth(q, foldDiacritics(p.surname), p.birthDate)).filter(
    (c) => c.id !== selfId && foldDiacritics(c.firstName) === first,
  );
  // A candidate outside the actor's row scope (a sealed Niebieska Karta person) is never shown:
  // each one is read again through the scoped query.
  const same: typeof candidates = [];
  for (const c of candidates) if (await repo.findPerson(q, c.id, scope)) same.push(c);
  if (same.length > 0) {
    const err = conflict('possibleDuplicate', 'error.possibleDuplicate', [
      { path: `${path}surname`, message: 'validation.possibleDuplicate' },
    ]);
    err.extra = { candidates: same };
    throw err;
  }
}

async function createPersonRow(ctx: StaffContext, p: PersonData, confirmed: boolean, path = '') {
  await checkDuplicates(ctx.q, p, confirmed, null, path, personScope(ctx.actor));
  const id = await repo.insertPerson(ctx.q, toRow(p)).catch((e: unknown) => {
    // Two saves of the same PESEL at once: the second one meets the unique index.
    if ((e as { constraint?: string }).constraint === 'person_pesel_key') throw peselTaken(path);
    throw e;
  });
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
  // A stale version is said first: the duplicate warnings may not hold for the newer record.
  // (The UPDATE below checks the version again, so a concurrent save is still caught.)
  if (before.version !== version) throw versionConflict();
  await checkDuplicates(ctx.q, p, confirmed, id, 'person.', personScope(ctx.actor));
  const saved = await repo.updatePerson(ctx.q, id, version, toRow(p)).catch((e: unknown) => {
    if ((e as { constraint?: string }).constraint === 'person_pesel_key') throw peselTaken('person.');
    throw e;
  });
  if (!saved) throw versionConflict();
  const changed = Object.keys(p).filter(
    (k) => (p as Record<string, unknown>)[k] !== (before as unknown as Record<string, unknown>)[k],
  );
  await ctx.audit({ action: 'update', entity: 'person', entityId: id, details: { changed } });
  // The values before and after, for the person's rectification history (RODO art. 16).
  await recordRectification(ctx, id, version + 1, before as never, p as never, changed);
  return getPerson(ctx, id);
}

/** A date of moving in or out: not in the future, and not before the membership it ends began. */
function checkMoveDate(date: string, currentSince: string | null, path: string) {
  if (date > today()) throw fieldError(path, 'validation.date.future');
  if (currentSince !== null && date < currentSince)
    throw fieldError(path, `validation.household.dateBeforeSince?date=${currentSince}`);
}

/** Puts a person into a household from `since`, ending the membership they had elsewhere (a move). */
async function join(
  ctx: StaffContext,
  householdId: string,
  personId: string,
  relation: string,
  since: string,
  paths: { member: string; since: string },
) {
  const open = await repo.openMembership(ctx.q, personId);
  if (open?.householdId === householdId)
    throw fieldError(`${paths.member}personId`, 'validation.household.alreadyMember');
  checkMoveDate(since, open?.since ?? null, paths.since);
  if (open) {
    await repo.closeMembership(ctx.q, open.id, since);
    await repo.bumpHousehold(ctx.q, open.householdId);
  }
  if (relation === 'applicant') {
    const members = await repo.currentMembers(ctx.q, householdId, 'TRUE');
    if (members.some((m) => m.relation === 'applicant'))
      throw fieldError(`${paths.member}relation`, 'validation.household.oneApplicant');
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

/** A field team chosen by hand must be one (an unknown id is the client's mistake, not a failed foreign key). */
async function checkFieldTeam(q: Queryable, fieldTeamId: string | null | undefined) {
  if (fieldTeamId && (await findUnit(q, fieldTeamId))?.kind !== 'fieldTeam')
    throw fieldError('fieldTeamId', 'validation.invalidOption');
}

/** The stored form of a household's address: what it leaves out is null. */
const addressRow = (
  a: z.output<typeof CreateHousehold>['address'],
  fieldTeamId: string | null,
): repo.HouseholdAddressRow => ({
  street: a.street,
  building: a.building,
  apartment: a.apartment ?? null,
  postalCode: a.postalCode ?? null,
  city: a.city,
  fieldTeamId,
});

export async function createHousehold(ctx: StaffContext, input: z.output<typeof CreateHousehold>) {
  const a = input.address;
  await checkFieldTeam(ctx.q, input.fieldTeamId);
  const fieldTeamId = input.fieldTeamId ?? (await findFieldTeamId(ctx.q, a.street, a.building));
  const id = await repo.insertHousehold(ctx.q, addressRow(a, fieldTeamId));
  await ctx.audit({ action: 'create', entity: 'household', entityId: id, details: { fieldTeamId } });
  const since = input.since ?? today();
  for (const [i, m] of input.members.entries()) {
    const personId = await memberPersonId(ctx, m, input.confirmDuplicate, `members.${i}.`);
    await join(ctx, id, personId, m.relation, since, { member: `members.${i}.`, since: 'since' });
  }
  return getHousehold(ctx, id);
}

export async function getHousehold(ctx: StaffContext, id: string) {
  // The page and its audit entries in one statement. A sealed member seen by a member of the
  // compartment is logged as a read of that person, which the audit view hides from everyone
  // outside (a household entry would name them to all).
  const [row] = await ctx.readLogged<HouseholdPageRow>(repo.householdPage(personScope(ctx.actor)), [id], {
    entry: { action: 'read', entity: 'household', entityId: id },
    personsArrayColumn: 'openIds',
    each: { column: 'sealedIds', entry: { action: 'read', entity: 'person', details: { householdId: id } } },
    ifFound: true,
  });
  if (!row) throw notFound();
  const { openIds: _open, sealedIds: _sealed, ...h } = row;
  const applicant = h.members.find((m) => m.relation === 'applicant');
  return { ...h, applicantName: applicant ? `${applicant.firstName} ${applicant.surname}` : null };
}

type HouseholdPageRow = repo.HouseholdRow & {
  members: HouseholdMember[];
  history: MembershipHistoryEntry[];
  openIds: string[];
  sealedIds: string[];
};

export async function updateHousehold(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof UpdateHousehold>,
) {
  const before = await repo.findHousehold(ctx.q, id);
  if (!before) throw notFound();
  if (before.version !== input.version) throw versionConflict();
  await checkFieldTeam(ctx.q, input.fieldTeamId);
  const a = input.address;
  const addressChanged = a.street !== before.street || a.building !== before.building;
  const fieldTeamId =
    input.fieldTeamId ??
    (addressChanged ? await findFieldTeamId(ctx.q, a.street, a.building) : before.fieldTeamId);
  const ok = await repo.updateHousehold(ctx.q, id, input.version, addressRow(a, fieldTeamId));
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
  await join(ctx, householdId, personId, input.member.relation, input.since ?? today(), {
    member: 'member.',
    since: 'since',
  });
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
  if (!open || open.householdId !== householdId || !(await personVisible(ctx.q, ctx.actor, personId)))
    throw notFound();
  const day = until ?? today();
  checkMoveDate(day, open.since, 'until');
  await repo.closeMembership(ctx.q, open.id, day);
  await repo.clearCurrentHousehold(ctx.q, personId);
  await repo.bumpHousehold(ctx.q, householdId);
  await ctx.audit({
    action: 'leave',
    entity: 'person',
    entityId: personId,
    details: { householdId, until: day },
  });
  return getHousehold(ctx, householdId);
}

/** The keyset of the history: the date and id of the page's last event. */
const HistoryCursor = z.tuple([keyDate, keyId]);

/** GET /persons/:id/history — a page of events, newest first, and the cursor of the next. */
export async function personHistory(
  ctx: StaffContext,
  id: string,
  page: { after?: string | undefined; limit: number },
) {
  const after = decodeCursor(HistoryCursor, page.after);
  const rows = await historyRows(ctx.q, ctx.actor, id, after, page.limit + 1);
  if (!rows[0]?.found) throw notFound();
  const events = rows.filter((r) => r.kind !== null).map(({ found: _f, ...e }) => e as HistoryEvent);
  await ctx.audit({ action: 'read', entity: 'person', entityId: id, details: { view: 'history' } });
  return toPage(events, page.limit, (e) => [e.on, e.id]);
}

/** A rectification made through the registry, kept field by field (RODO art. 16). */
export async function recordRectification(
  ctx: StaffContext,
  personId: string,
  version: number,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: string[],
) {
  if (fields.length === 0) return;
  const changes = Object.fromEntries(
    fields.map((f) => [f, { from: before[f] ?? null, to: after[f] ?? null }]),
  );
  await insertRevision(ctx.q, personId, version, ctx.actor.id, changes);
}
