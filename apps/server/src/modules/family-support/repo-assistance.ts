import type { Queryable } from '../../db/db.ts';
import { type After, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the family assistant's work. The scope (assistanceScope) is part of every read.

export interface AssistanceRow {
  id: string;
  householdId: string;
  familyName: string;
  address: string;
  status: 'referred' | 'assigned' | 'active' | 'ended';
  basis: 'head' | 'court';
  referredOn: string;
  assistantId: string | null;
  assistantName: string | null;
  monitoringUntil: string | null;
  reason: string;
  courtOrder: string | null;
  assignedOn: string | null;
  consentOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  version: number;
  sortKey: string;
}

// The family is named by its applicant (the household's current applicant, else any member).
const ROW = `SELECT fa.id, fa.household_id AS "householdId",
        COALESCE((SELECT p.surname || ' ' || p.first_name FROM household_membership m JOIN person p ON p.id = m.person_id
                   WHERE m.household_id = fa.household_id AND m.valid_to IS NULL
                   ORDER BY (m.relation = 'applicant') DESC, p.sort_key LIMIT 1), '—') AS "familyName",
        concat_ws(', ', concat_ws(' ', h.street, h.building || COALESCE('/' || h.apartment, '')), h.city) AS address,
        fa.status, fa.basis, fa.referred_on AS "referredOn", fa.assistant_id AS "assistantId",
        u.full_name AS "assistantName", fa.monitoring_until AS "monitoringUntil", fa.referral_reason AS reason,
        fa.court_order AS "courtOrder", fa.assigned_on AS "assignedOn", fa.consent_on AS "consentOn",
        fa.ended_on AS "endedOn", fa.end_reason AS "endReason", fa.version,
        to_char(fa.referred_on, 'YYYY-MM-DD') AS "sortKey"
   FROM family_assistance fa JOIN household h ON h.id = fa.household_id
   LEFT JOIN staff_user u ON u.id = fa.assistant_id`;

export async function list(
  q: Queryable,
  scope: string,
  filter: { status?: string | undefined; householdId?: string | undefined },
  after: After,
  limit: number,
) {
  return rowsOf<AssistanceRow>(
    q,
    `${ROW} WHERE ${scope} AND ($1::text IS NULL OR fa.status = $1) AND ($5::uuid IS NULL OR fa.household_id = $5)
        AND ($2::date IS NULL OR (fa.referred_on, fa.id) < ($2::date, $3::uuid))
      ORDER BY fa.referred_on DESC, fa.id DESC LIMIT $4`,
    [filter.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit, filter.householdId ?? null],
  );
}

export async function find(q: Queryable, id: string, scope: string, lock = false) {
  return rowOf<AssistanceRow>(q, `${ROW} WHERE fa.id = $1 AND ${scope}${lock ? ' FOR UPDATE OF fa' : ''}`, [
    id,
  ]);
}

export async function plan(q: Queryable, id: string) {
  const r = await q.query<{
    id: string;
    goal: string;
    action: string;
    deadline: string;
    expectedEffect: string;
  }>(
    `SELECT id, goal, action, deadline, expected_effect AS "expectedEffect"
       FROM family_work_plan_item WHERE assistance_id = $1 ORDER BY deadline, created_at`,
    [id],
  );
  return r.rows;
}

export async function visits(q: Queryable, id: string) {
  const r = await q.query<{
    id: string;
    visitedOn: string;
    kind: 'homeVisit' | 'call' | 'office' | 'institution' | 'monitoring';
    note: string;
    authorName: string | null;
  }>(
    `SELECT v.id, v.visited_on AS "visitedOn", v.kind, v.note, u.full_name AS "authorName"
       FROM family_assistance_visit v LEFT JOIN staff_user u ON u.id = v.author_id
      WHERE v.assistance_id = $1 ORDER BY v.visited_on DESC, v.created_at DESC`,
    [id],
  );
  return r.rows;
}

export async function householdVisible(q: Queryable, householdId: string, scope: string) {
  return oneRow(q, `SELECT 1 FROM household h WHERE h.id = $1 AND ${scope}`, [householdId]);
}

export async function openForHousehold(q: Queryable, householdId: string) {
  return oneRow(q, `SELECT 1 FROM family_assistance WHERE household_id = $1 AND status <> 'ended'`, [
    householdId,
  ]);
}

export async function insertReferral(
  q: Queryable,
  r: {
    householdId: string;
    referredOn: string;
    reason: string;
    basis: string;
    courtOrder?: string | null | undefined;
  },
  by: string,
) {
  const res = await q.query<{ id: string }>(
    `INSERT INTO family_assistance (household_id, status, referred_by, referred_on, referral_reason, basis, court_order)
     VALUES ($1, 'referred', $2, $3, $4, $5, $6) RETURNING id`,
    [r.householdId, by, r.referredOn, r.reason, r.basis, r.courtOrder ?? null],
  );
  return res.rows[0]!.id;
}

/**
 * Locks the assistant's account row, so that two assignments to the same assistant run one after
 * the other and the count below cannot be stale (art. 15 ust. 4 uwr limit). Null if no such
 * active assistant.
 */
export async function lockAssistant(q: Queryable, userId: string) {
  return oneRow(
    q,
    `SELECT u.id FROM staff_user u
      WHERE u.id = $1 AND u.is_active
        AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'familyAssistant')
      FOR UPDATE OF u`,
    [userId],
  );
}

/** Families the assistant works with now (assigned or active), other than `except`. */
export async function familiesOf(q: Queryable, userId: string, except: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM family_assistance
      WHERE assistant_id = $1 AND status IN ('assigned', 'active') AND id <> $2`,
    [userId, except],
  );
  return r.rows[0]!.n;
}

/** Sets columns of one row; the column names come from the service's code, never from a request. */
export async function update(q: Queryable, id: string, set: Record<string, unknown>) {
  const cols = Object.keys(set);
  const sql = cols.map((c, i) => `${c} = $${i + 2}`).join(', ');
  await q.query(`UPDATE family_assistance SET ${sql}, version = version + 1 WHERE id = $1`, [
    id,
    ...Object.values(set),
  ]);
}

export async function insertPlanItem(
  q: Queryable,
  id: string,
  p: { goal: string; action: string; deadline: string; expectedEffect: string },
) {
  await q.query(
    `INSERT INTO family_work_plan_item (assistance_id, goal, action, deadline, expected_effect) VALUES ($1, $2, $3, $4, $5)`,
    [id, p.goal, p.action, p.deadline, p.expectedEffect],
  );
}

export async function insertVisit(
  q: Queryable,
  id: string,
  v: { visitedOn: string; kind: string; note: string },
  author: string,
) {
  await q.query(
    `INSERT INTO family_assistance_visit (assistance_id, visited_on, kind, note, author_id) VALUES ($1, $2, $3, $4, $5)`,
    [id, v.visitedOn, v.kind, v.note, author],
  );
}

/** Active family assistants and the families each works with now (assigned or active). */
export async function assistantLoads(q: Queryable) {
  return rowsOf<{ id: string; fullName: string; families: number }>(
    q,
    `SELECT u.id, u.full_name AS "fullName",
            (SELECT count(*)::int FROM family_assistance fa
              WHERE fa.assistant_id = u.id AND fa.status IN ('assigned', 'active')) AS families
       FROM staff_user u
      WHERE u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'familyAssistant')
      ORDER BY u.sort_key`,
  );
}
