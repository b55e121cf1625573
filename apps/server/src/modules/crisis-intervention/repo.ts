import type {
  AddCrisisContact,
  AddCrisisPlanItem,
  CloseCrisisCase,
  CrisisKind,
  CrisisOutcome,
  CrisisSource,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import type { Role } from '@ostoja/domain/identity/roles';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';
import { peakOccupancy as peakOf } from '../../shared/occupancy.ts';

// SQL of the crisis intervention module. A case is read through its person: the registry's scope
// (`scope`, on alias p) is part of each query, so a person sealed in a Niebieska Karta compartment
// has no case for anyone outside it. Contacts, the plan and stays are read only through their case.

export interface CaseRow {
  id: string;
  personId: string;
  firstName: string;
  surname: string;
  householdId: string | null;
  openedOn: string;
  source: CrisisSource;
  kind: CrisisKind;
  lead: { id: string; fullName: string };
  closedOn: string | null;
  outcome: CrisisOutcome | null;
  contactCount: number;
}

const SUMMARY = `c.id, c.person_id AS "personId", p.first_name AS "firstName", p.surname,
        c.household_id AS "householdId", to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn", c.source, c.kind,
        json_build_object('id', u.id, 'fullName', u.full_name) AS lead,
        to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn", c.outcome,
        (SELECT count(*)::int FROM crisis_contact k WHERE k.case_id = c.id) AS "contactCount"`;
const FROM = `crisis_case c JOIN person p ON p.id = c.person_id JOIN staff_user u ON u.id = c.lead_id`;

/** Newest opened first, optionally one person's or only open / closed ones; keyset on (opened_on, id) descending. */
export async function listCases(
  q: Queryable,
  scope: string,
  filter: { personId: string | null; state: 'open' | 'closed' | null },
  after: After,
  limit: number,
) {
  return rowsOf<CaseRow>(
    q,
    `SELECT ${SUMMARY} FROM ${FROM}
      WHERE ${scope} AND ($1::uuid IS NULL OR c.person_id = $1)
        AND ($2::text IS NULL OR ($2 = 'open') = (c.closed_on IS NULL))
        AND ($3::date IS NULL OR (c.opened_on, c.id) < ($3::date, $4::uuid))
      ORDER BY c.opened_on DESC, c.id DESC LIMIT $5`,
    [filter.personId, filter.state, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export interface CaseDetailRow extends CaseRow {
  summary: string;
  outcomeNote: string | null;
  householdSize: number;
}

export async function findCase(q: Queryable, id: string, scope: string) {
  return rowOf<CaseDetailRow>(
    q,
    `SELECT ${SUMMARY}, c.summary, c.outcome_note AS "outcomeNote",
            CASE WHEN c.household_id IS NULL THEN 1 ELSE greatest(1, (SELECT count(*)::int FROM household_membership m
              WHERE m.household_id = c.household_id AND m.valid_to IS NULL)) END AS "householdSize"
       FROM ${FROM} WHERE c.id = $1 AND ${scope}`,
    [id],
  );
}

/** The case row locked for a change, within the actor's scope; null when missing or sealed. */
export async function lockCase(q: Queryable, id: string, scope: string) {
  return rowOf<{ openedOn: string; closedOn: string | null }>(
    q,
    `SELECT to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn"
       FROM crisis_case c JOIN person p ON p.id = c.person_id WHERE c.id = $1 AND ${scope} FOR UPDATE OF c`,
    [id],
  );
}

export async function contactsOf(q: Queryable, caseId: string) {
  const r = await q.query<{
    id: string;
    contactOn: string;
    form: z.output<typeof AddCrisisContact>['form'];
    minutes: number;
    note: string;
    authorName: string;
  }>(
    `SELECT k.id, to_char(k.contact_on, 'YYYY-MM-DD') AS "contactOn", k.form, k.minutes, k.note, u.full_name AS "authorName"
       FROM crisis_contact k JOIN staff_user u ON u.id = k.author_id
      WHERE k.case_id = $1 ORDER BY k.contact_on DESC, k.created_at DESC`,
    [caseId],
  );
  return r.rows;
}

export async function planOf(q: Queryable, caseId: string) {
  return rowsOf<{ id: string; goal: string; action: string; who: string; byWhen: string }>(
    q,
    `SELECT id, goal, action, who, to_char(by_when, 'YYYY-MM-DD') AS "byWhen"
       FROM crisis_plan_item WHERE case_id = $1 ORDER BY by_when, created_at`,
    [caseId],
  );
}

export async function staysOf(q: Queryable, caseId: string) {
  const r = await q.query<{
    id: string;
    facilityId: string;
    facilityName: string;
    from: string;
    to: string;
    days: number;
  }>(
    `SELECT s.id, s.facility_id AS "facilityId", f.name AS "facilityName",
            to_char(s.stay_from, 'YYYY-MM-DD') AS "from", to_char(s.stay_to, 'YYYY-MM-DD') AS "to",
            (s.stay_to - s.stay_from + 1) AS days
       FROM crisis_stay s JOIN facility f ON f.id = s.facility_id
      WHERE s.case_id = $1 ORDER BY s.stay_from`,
    [caseId],
  );
  return r.rows;
}

/** The person's current household (its open membership); null when they live in none. */
export async function currentHousehold(q: Queryable, personId: string) {
  const r = await q.query<{ id: string }>(
    `SELECT household_id AS id FROM household_membership WHERE person_id = $1 AND valid_to IS NULL LIMIT 1`,
    [personId],
  );
  return r.rows[0]?.id ?? null;
}

/** Active staff holding one of `roles`, by name. */
export async function staffWithRoles(q: Queryable, roles: readonly Role[]) {
  return rowsOf<{ id: string; fullName: string }>(
    q,
    `SELECT u.id, u.full_name AS "fullName" FROM staff_user u
      WHERE u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = ANY($1::text[]))
      ORDER BY u.sort_key, u.id`,
    [roles],
  );
}

export async function isStaffWithRoles(q: Queryable, id: string, roles: readonly Role[]) {
  return oneRow(
    q,
    `SELECT 1 FROM staff_user u
      WHERE u.id = $1 AND u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = ANY($2::text[]))`,
    [id, roles],
  );
}

const PLACE = `SELECT f.id, f.name, f.address, f.capacity,
        (SELECT count(*)::int FROM crisis_stay s
          WHERE s.facility_id = f.id AND current_date BETWEEN s.stay_from AND s.stay_to) AS "occupiedToday"
   FROM facility f WHERE f.kind = 'crisisPoint'`;

/** The crisis points (centres of kind crisisPoint), by name. */
export async function places(q: Queryable) {
  const r = await q.query<{
    id: string;
    name: string;
    address: string;
    capacity: number;
    occupiedToday: number;
  }>(`${PLACE} ORDER BY f.name, f.id`);
  return r.rows;
}

/** The crisis point's row locked, so two stays cannot both take its last place; null if no such point. */
export async function lockPlace(q: Queryable, id: string) {
  return rowOf<{ capacity: number }>(
    q,
    `SELECT capacity FROM facility WHERE id = $1 AND kind = 'crisisPoint' FOR UPDATE`,
    [id],
  );
}

/** The most stays at the point on any one day of from–to: the places they take at the fullest. */
export const peakOccupancy = (q: Queryable, facilityId: string, from: string, to: string) =>
  peakOf(
    q,
    { table: 'crisis_stay', place: 'facility_id', from: 'stay_from', to: 'stay_to' },
    facilityId,
    from,
    to,
  );

export interface NewCase {
  personId: string;
  householdId: string | null;
  openedOn: string;
  source: CrisisSource;
  kind: CrisisKind;
  summary: string;
  leadId: string;
}

export async function insertCase(q: Queryable, c: NewCase, by: string) {
  return insertedId(
    q,
    `INSERT INTO crisis_case (person_id, household_id, opened_on, source, kind, summary, lead_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [c.personId, c.householdId, c.openedOn, c.source, c.kind, c.summary, c.leadId, by],
  );
}

export async function closeCase(q: Queryable, id: string, c: z.output<typeof CloseCrisisCase>) {
  await q.query(`UPDATE crisis_case SET closed_on = $2, outcome = $3, outcome_note = $4 WHERE id = $1`, [
    id,
    c.closedOn,
    c.outcome,
    c.outcomeNote ?? null,
  ]);
}

export async function insertContact(
  q: Queryable,
  caseId: string,
  k: z.output<typeof AddCrisisContact>,
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO crisis_contact (case_id, contact_on, form, minutes, note, author_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [caseId, k.contactOn, k.form, k.minutes, k.note, by],
  );
}

export async function insertPlanItem(
  q: Queryable,
  caseId: string,
  p: z.output<typeof AddCrisisPlanItem>,
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO crisis_plan_item (case_id, goal, action, who, by_when, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [caseId, p.goal, p.action, p.who, p.byWhen, by],
  );
}

export async function insertStay(
  q: Queryable,
  caseId: string,
  s: { facilityId: string; from: string; to: string },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO crisis_stay (case_id, facility_id, stay_from, stay_to, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [caseId, s.facilityId, s.from, s.to, by],
  );
}
