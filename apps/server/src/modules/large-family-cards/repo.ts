import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';
import { type ApplicationHead, applicationReads } from '../benefit-claims/repo.ts';

// SQL of the Karta Dużej Rodziny. Row scope: every member is a person of the registry, so the
// registry's scope (Niebieska Karta sealing, on `p`) is part of every read of an application or card.

export interface StoredMember {
  personId: string;
  name: string;
  birthDate: string;
  role: 'parent' | 'child';
  childrenEver: number;
  deprivedOfAuthority: boolean;
  schoolUntil: string | null;
  disability: { until: string | null } | null;
  electronic: boolean;
}

export interface ApplicationRow extends ApplicationHead {
  members: StoredMember[];
  cards: number;
}

export interface CardRow {
  id: string;
  number: string;
  personId: string;
  name: string;
  role: 'parent' | 'child';
  validFrom: string;
  validUntil: string | null;
  electronicRequestedOn: string | null;
  extendedOn: string | null;
  applicationId: string;
}

const APPLICATION = `SELECT a.id, a.number, a.household_id AS "householdId", a.applicant_id AS "applicantId",
    p.first_name || ' ' || p.surname AS "applicantName", a.submitted_on AS "submittedOn", a.members,
    (SELECT count(*)::int FROM large_family_card c WHERE c.application_id = a.id) AS cards
  FROM large_family_card_application a JOIN person p ON p.id = a.applicant_id`;

const CARD = `SELECT c.id, c.number, c.person_id AS "personId", p.first_name || ' ' || p.surname AS name, c.role,
    c.valid_from AS "validFrom", c.valid_until AS "validUntil", c.electronic_requested_on AS "electronicRequestedOn",
    c.extended_on AS "extendedOn", c.application_id AS "applicationId"
  FROM large_family_card c JOIN person p ON p.id = c.person_id`;

export const { list, find } = applicationReads<ApplicationRow>(APPLICATION, 'a');

export async function insertApplication(
  q: Queryable,
  a: Omit<ApplicationRow, 'id' | 'applicantName' | 'cards'>,
  createdBy: string,
): Promise<string> {
  return insertedId(
    q,
    `INSERT INTO large_family_card_application (number, household_id, applicant_id, submitted_on, members, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [a.number, a.householdId, a.applicantId, a.submittedOn, JSON.stringify(a.members), createdBy],
  );
}

export async function insertCard(
  q: Queryable,
  c: Omit<CardRow, 'id' | 'name' | 'extendedOn'>,
): Promise<void> {
  await q.query(
    `INSERT INTO large_family_card (application_id, person_id, number, role, valid_from, valid_until, electronic_requested_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [c.applicationId, c.personId, c.number, c.role, c.validFrom, c.validUntil, c.electronicRequestedOn],
  );
}

export async function cardsOf(q: Queryable, applicationId: string) {
  return rowsOf<CardRow>(q, `${CARD} WHERE c.application_id = $1 ORDER BY c.number`, [applicationId]);
}

export async function findCard(q: Queryable, id: string, scope: string, forUpdate = false) {
  return rowOf<CardRow>(q, `${CARD} WHERE c.id = $1 AND ${scope} ${forUpdate ? 'FOR UPDATE OF c' : ''}`, [
    id,
  ]);
}

export async function setElectronic(q: Queryable, id: string, on: string) {
  await q.query('UPDATE large_family_card SET electronic_requested_on = $2 WHERE id = $1', [id, on]);
}

export async function extend(q: Queryable, id: string, validUntil: string, on: string) {
  await q.query('UPDATE large_family_card SET valid_until = $2, extended_on = $3 WHERE id = $1', [
    id,
    validUntil,
    on,
  ]);
}

/** The cards ending in the month [first, last], in the order they end. */
export async function endingBetween(
  q: Queryable,
  scope: string,
  first: string,
  last: string,
  after: After,
  limit: number,
) {
  return rowsOf<CardRow>(
    q,
    `${CARD} WHERE ${scope} AND c.valid_until BETWEEN $1::date AND $2::date
        AND ($3::date IS NULL OR (c.valid_until, c.id) > ($3::date, $4::uuid))
      ORDER BY c.valid_until, c.id LIMIT $5`,
    [first, last, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}
