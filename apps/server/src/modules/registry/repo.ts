import type { HouseholdMember, MembershipHistoryEntry } from '@ostoja/domain/registry/household';
import type { Person, PersonData, PersonSummary } from '@ostoja/domain/registry/person';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

export const SUMMARY_COLUMNS = `p.id, p.pesel, p.first_name AS "firstName", p.surname, p.birth_date AS "birthDate", p.sex,
  p.household_id AS "householdId", COALESCE(h.street, p.street) AS street, COALESCE(h.building, p.building) AS building,
  COALESCE(h.apartment, p.apartment) AS apartment, COALESCE(h.city, p.city) AS city`;

const PERSON_COLUMNS = `p.id, p.pesel, p.first_name AS "firstName", p.second_name AS "secondName", p.surname,
  p.birth_date AS "birthDate", p.sex, p.citizenship, p.document_type AS "documentType",
  p.document_number AS "documentNumber", p.phone, p.email, p.street, p.building, p.apartment,
  p.postal_code AS "postalCode", p.city, p.household_id AS "householdId", p.version,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.ukr_status AS "ukrStatus", p.ukr_since AS "ukrSince",
  p.ukr_lost_on AS "ukrLostOn", p.ukr_lost_reason AS "ukrLostReason"`;

export interface SearchSpec {
  /** SQL condition on alias p, with $n placeholders. */
  where: string;
  params: unknown[];
}

/** The statement of findPerson ($1: the id), for a caller that logs the read in the same statement. */
export const personById = (scope: string) =>
  `SELECT ${PERSON_COLUMNS} FROM person p WHERE p.id = $1 AND (${scope})`;

/**
 * The person page in one statement ($1: the id): the person, the households they lived in, the
 * other records with their PESEL in the reader's scope (only a Niebieska Karta compartment member
 * meets one, decision 0008), and for holders of `blueCard.existence` whether a procedure names
 * them (never which, nor the role) — so the page and its audit row cost one round trip (issue 21 item 11).
 * The scope may name the reader's id as $2 (personScope(actor, 'p', '$2')): the text is then the
 * same for every reader and the statement is prepared once per connection, not planned per request.
 */
export const personPage = (scope: string, flagged: boolean) =>
  `SELECT ${PERSON_COLUMNS},
     (SELECT coalesce(json_agg(x ORDER BY x.since DESC, x.until DESC NULLS FIRST), '[]')
        FROM (${HISTORY_SELECT} WHERE m.person_id = $1) x) AS history,
     (SELECT json_agg(s) FROM (SELECT ${SUMMARY_COLUMNS} FROM person p LEFT JOIN household h ON h.id = p.household_id
        WHERE p.pesel = (SELECT me.pesel FROM person me WHERE me.id = $1) AND p.id <> $1 AND (${scope})
        ORDER BY p.sealed, p.created_at LIMIT 20) s) AS "samePesel"${
          flagged
            ? `,
     EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = $1) AS "restrictedRecord"`
            : ''
        }
   FROM person p WHERE p.id = $1 AND (${scope})`;

export async function findPerson(q: Queryable, id: string, scope: string) {
  return rowOf<z.output<typeof Person>>(q, personById(scope), [id]);
}

/**
 * The person with this PESEL that the reader may see. A sealed person outside the reader's scope
 * is not found: a PESEL is unique in the general registry only (migration 0065).
 */
export async function findPersonByPesel(q: Queryable, pesel: string, scope: string) {
  return rowOf<{ id: string; firstName: string; surname: string }>(
    q,
    `SELECT p.id, p.first_name AS "firstName", p.surname FROM person p WHERE p.pesel = $1 AND (${scope})
      ORDER BY p.sealed, p.created_at LIMIT 1`,
    [pesel],
  );
}

/** Persons with the same names and birth date (diacritics and case ignored). */
export async function findSameSurnameAndBirth(q: Queryable, surnameFolded: string, birthDate: string) {
  return rowsOf<PersonSummary>(
    q,
    `SELECT ${SUMMARY_COLUMNS} FROM person p LEFT JOIN household h ON h.id = p.household_id
      WHERE p.surname_folded = $1 AND p.birth_date = $2
      ORDER BY p.sort_key LIMIT 20`,
    [surnameFolded, birthDate],
  );
}

export interface PersonRow extends PersonData {
  sortKey: string;
  surnameFolded: string;
  surnameKey: string;
  searchText: string;
}

const personParams = (p: PersonRow) => [
  p.pesel ?? null,
  p.firstName,
  p.secondName ?? null,
  p.surname,
  p.birthDate,
  p.sex,
  p.citizenship,
  p.documentType ?? null,
  p.documentNumber ?? null,
  p.phone ?? null,
  p.email ?? null,
  p.street ?? null,
  p.building ?? null,
  p.apartment ?? null,
  p.postalCode ?? null,
  p.city ?? null,
  p.sortKey,
  p.surnameFolded,
  p.searchText,
  p.surnameKey,
];

/** `sealed`: registered through a Niebieska Karta procedure (outside the registry's PESEL uniqueness). */
export async function insertPerson(q: Queryable, p: PersonRow, sealed = false) {
  return insertedId(
    q,
    `INSERT INTO person (pesel, first_name, second_name, surname, birth_date, sex, citizenship, document_type,
       document_number, phone, email, street, building, apartment, postal_code, city, sort_key, surname_folded, search_text,
       surname_key, sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
    [...personParams(p), sealed],
  );
}

export async function updatePerson(q: Queryable, id: string, version: number, p: PersonRow) {
  return oneRow(
    q,
    `UPDATE person SET pesel = $1, first_name = $2, second_name = $3, surname = $4, birth_date = $5, sex = $6,
            citizenship = $7, document_type = $8, document_number = $9, phone = $10, email = $11, street = $12,
            building = $13, apartment = $14, postal_code = $15, city = $16, sort_key = $17, surname_folded = $18,
            search_text = $19, surname_key = $20, version = version + 1, updated_at = now()
      WHERE id = $21 AND version = $22`,
    [...personParams(p), id, version],
  );
}

export interface HouseholdRow {
  id: string;
  street: string;
  building: string;
  apartment: string | null;
  postalCode: string | null;
  city: string;
  fieldTeamId: string | null;
  fieldTeamName: string | null;
  version: number;
}

export async function findHousehold(q: Queryable, id: string) {
  return rowOf<HouseholdRow>(
    q,
    `SELECT h.id, h.street, h.building, h.apartment, h.postal_code AS "postalCode", h.city,
            h.field_team_id AS "fieldTeamId", o.name AS "fieldTeamName", h.version
       FROM household h LEFT JOIN org_unit o ON o.id = h.field_team_id WHERE h.id = $1`,
    [id],
  );
}

export type HouseholdAddressRow = Pick<
  HouseholdRow,
  'street' | 'building' | 'apartment' | 'postalCode' | 'city' | 'fieldTeamId'
>;

/** `id`: a fixed id (the demo's, so that every start seeds the same caseload); a new one otherwise. */
export async function insertHousehold(q: Queryable, h: HouseholdAddressRow, id?: string) {
  return insertedId(
    q,
    `INSERT INTO household (id, street, building, apartment, postal_code, city, field_team_id)
     VALUES (coalesce($7::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6) RETURNING id`,
    [h.street, h.building, h.apartment, h.postalCode, h.city, h.fieldTeamId, id ?? null],
  );
}

export async function updateHousehold(q: Queryable, id: string, version: number, h: HouseholdAddressRow) {
  return oneRow(
    q,
    `UPDATE household SET street = $1, building = $2, apartment = $3, postal_code = $4, city = $5, field_team_id = $6,
            version = version + 1, updated_at = now()
      WHERE id = $7 AND version = $8`,
    [h.street, h.building, h.apartment, h.postalCode, h.city, h.fieldTeamId, id, version],
  );
}

/** Any change of a household's membership moves its version on, so stale edits are caught. */
export async function bumpHousehold(q: Queryable, id: string) {
  await q.query('UPDATE household SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
}

export async function currentMembers(q: Queryable, householdId: string, scope: string) {
  const r = await q.query<HouseholdMember & { sealed: true | null }>(
    `SELECT ${SUMMARY_COLUMNS}, m.id AS "membershipId", m.relation, m.valid_from AS since,
            CASE WHEN p.sealed THEN true END AS sealed
       FROM household_membership m JOIN person p ON p.id = m.person_id
       LEFT JOIN household h ON h.id = p.household_id
      WHERE m.household_id = $1 AND m.valid_to IS NULL AND (${scope})
      ORDER BY m.relation <> 'applicant', p.birth_date, p.sort_key`,
    [householdId],
  );
  // The key only where it is true, so a household answers alike for everyone else.
  return r.rows.map(({ sealed, ...m }): HouseholdMember => (sealed ? { ...m, sealed } : m));
}

const HISTORY_COLUMNS = `m.id AS "membershipId", m.person_id AS "personId", p.first_name AS "firstName", p.surname,
    m.household_id AS "householdId", m.relation, m.valid_from AS since, m.valid_to AS until,
    concat_ws(' ', h.street, h.building || COALESCE('/' || h.apartment, ''), h.city) AS address`;
const HISTORY_FROM = `household_membership m JOIN person p ON p.id = m.person_id JOIN household h ON h.id = m.household_id`;
const HISTORY_SELECT = `SELECT ${HISTORY_COLUMNS} FROM ${HISTORY_FROM}`;

/**
 * The household page in one statement ($1: the id): the household, its current members and its
 * history in the reader's scope, and for the audit the members' ids: "openIds" named in the
 * household's entry, "sealedIds" (a sealed role in a Niebieska Karta procedure) each logged as a
 * read of that person, which the audit view hides from everyone outside the compartment.
 */
export const householdPage = (scope: string) =>
  `SELECT hh.id, hh.street, hh.building, hh.apartment, hh.postal_code AS "postalCode", hh.city,
          hh.field_team_id AS "fieldTeamId", o.name AS "fieldTeamName", hh.version,
          mem.members, mem."openIds", mem."sealedIds", hist.history
     FROM household hh LEFT JOIN org_unit o ON o.id = hh.field_team_id
     CROSS JOIN LATERAL (
       SELECT coalesce(jsonb_agg(CASE WHEN x.sealed THEN to_jsonb(x) ELSE to_jsonb(x) - 'sealed' END - 'sortKey' - 'inProcedure'
                ORDER BY x.relation <> 'applicant', x."birthDate", x."sortKey"), '[]') AS members,
              coalesce(array_agg(x.id) FILTER (WHERE NOT x."inProcedure"), '{}') AS "openIds",
              coalesce(array_agg(x.id) FILTER (WHERE x."inProcedure"), '{}') AS "sealedIds"
         FROM (SELECT ${SUMMARY_COLUMNS}, m.id AS "membershipId", m.relation, m.valid_from AS since,
                      p.sealed, p.sort_key AS "sortKey",
                      EXISTS (SELECT 1 FROM blue_card_person b WHERE b.sealed AND b.person_id = p.id) AS "inProcedure"
                 FROM household_membership m JOIN person p ON p.id = m.person_id
                 LEFT JOIN household h ON h.id = p.household_id
                WHERE m.household_id = $1 AND m.valid_to IS NULL AND (${scope})) x) mem
     CROSS JOIN LATERAL (
       SELECT coalesce(jsonb_agg(to_jsonb(y) - 'sortKey' ORDER BY y.since DESC, y."sortKey"), '[]') AS history
         FROM (SELECT ${HISTORY_COLUMNS}, p.sort_key AS "sortKey" FROM ${HISTORY_FROM}
                WHERE m.household_id = $1 AND (${scope})) y) hist
    WHERE hh.id = $1`;

export async function personHistory(q: Queryable, personId: string) {
  return rowsOf<MembershipHistoryEntry>(
    q,
    `${HISTORY_SELECT} WHERE m.person_id = $1 ORDER BY m.valid_from DESC, m.valid_to DESC NULLS FIRST`,
    [personId],
  );
}

export async function openMembership(q: Queryable, personId: string) {
  return rowOf<{ id: string; householdId: string; relation: string; since: string }>(
    q,
    `SELECT id, household_id AS "householdId", relation, valid_from AS since
       FROM household_membership WHERE person_id = $1 AND valid_to IS NULL FOR UPDATE`,
    [personId],
  );
}

export async function closeMembership(q: Queryable, membershipId: string, until: string) {
  await q.query('UPDATE household_membership SET valid_to = GREATEST($2::date, valid_from) WHERE id = $1', [
    membershipId,
    until,
  ]);
}

export async function insertMembership(
  q: Queryable,
  householdId: string,
  personId: string,
  relation: string,
  since: string,
) {
  await q.query(
    `INSERT INTO household_membership (household_id, person_id, relation, valid_from) VALUES ($1, $2, $3, $4)`,
    [householdId, personId, relation, since],
  );
  await q.query('UPDATE person SET household_id = $1 WHERE id = $2', [householdId, personId]);
}

export async function clearCurrentHousehold(q: Queryable, personId: string) {
  await q.query('UPDATE person SET household_id = NULL WHERE id = $1', [personId]);
}

/** Whether the person takes part in any Niebieska Karta procedure (the `restrictedRecord` flag). */
/** Whether a person with this id exists (for references typed in by a user). */
export async function personExists(q: Queryable, id: string) {
  return ((await q.query('SELECT 1 FROM person WHERE id = $1', [id])).rowCount ?? 0) > 0;
}

/** Whether the person belongs to the household now. */
export async function isMember(q: Queryable, householdId: string, personId: string) {
  const r = await q.query(
    `SELECT 1 FROM household_membership WHERE household_id = $1 AND person_id = $2 AND valid_to IS NULL`,
    [householdId, personId],
  );
  return (r.rowCount ?? 0) > 0;
}

/** How many persons of the registry have one of these PESEL numbers. */
export async function countWithPesel(q: Queryable, pesels: string[]) {
  const r = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM person WHERE pesel = ANY($1)', [
    pesels,
  ]);
  return r.rows[0]!.n;
}

/** Whether the person exists within the reader's row scope (the scope is the SQL of registry/access.ts). */
export async function personInScope(q: Queryable, personId: string, scope: string) {
  return oneRow(q, `SELECT 1 FROM person p WHERE p.id = $1 AND ${scope}`, [personId]);
}
