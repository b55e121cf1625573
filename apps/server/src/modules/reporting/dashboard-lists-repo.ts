import type { Queryable } from '../../db/db.ts';
import { type After, rowsOf } from '../../db/rows.ts';
import type { Actor } from '../../http/context.ts';
import { personScope } from '../registry/access.ts';
import { CASELOAD, DEADLINE, OPEN_APPLICATION } from './dashboard-repo.ts';
import type { DrillRow } from './drilldown-repo.ts';

// The lists behind the dashboard's caseload, deadline and appointment figures: the same
// conditions as the counts (dashboard-repo.ts), so a figure is the length of its list. Persons
// in the registry's row scope; keyset on (sort key, id), as the MRPiPS-03 lists.

type Page = { after: After; limit: number };
const KEYSET = (sortKey: string, id: string) =>
  `($3::text IS NULL OR (${sortKey}, ${id}) > ($3::text COLLATE "C", $4::uuid))`;

/** The families of one social worker's caseload on the day: the applicant of their (first) application. */
export async function caseloadFamilies(
  q: Queryable,
  actor: Actor,
  today: string,
  workerId: string,
  page: Page,
) {
  return rowsOf<DrillRow>(
    q,
    `WITH ${CASELOAD}
     SELECT c.household_id AS id, p.sort_key AS "sortKey", p.surname, p.first_name AS "firstName",
            concat_ws(' ', hh.street, hh.building || COALESCE('/' || hh.apartment, ''), hh.city) AS address,
            (SELECT count(*) FROM household_membership m WHERE m.household_id = c.household_id AND m.valid_to IS NULL)::int AS members
       FROM caseload c JOIN person p ON p.id = c.person_id JOIN household hh ON hh.id = c.household_id
      WHERE c.worker_id = $2 AND ${personScope(actor, 'p')} AND ${KEYSET('p.sort_key', 'c.household_id')}
      ORDER BY p.sort_key, c.household_id LIMIT $5`,
    [today, workerId, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );
}

/** Open applications with a deadline of the kind overdue or due soon ($1 today, $2 the end of "soon"). */
export async function deadlineApplications(
  q: Queryable,
  actor: Actor,
  range: { today: string; soon: string },
  kind: keyof typeof DEADLINE,
  when: 'overdue' | 'dueSoon',
  page: Page,
) {
  const due = kind === 'wywiad' ? 'a.wywiad_due' : 'a.decision_due';
  return rowsOf<DrillRow>(
    q, // Every kind names $1 and $2 with their types, even one that reads only today.
    `WITH args AS (SELECT $1::date AS today, $2::date AS soon)
     SELECT a.id, p.sort_key AS "sortKey", a.number, p.surname, p.first_name AS "firstName", a.status,
            ${due} AS "dueOn", u.full_name AS worker
       FROM application a JOIN person p ON p.id = a.applicant_id LEFT JOIN staff_user u ON u.id = a.assigned_worker_id
      WHERE ${OPEN_APPLICATION} AND ${DEADLINE[kind][when]} AND ${personScope(actor, 'p')}
        AND ${KEYSET('p.sort_key', 'a.id')}
      ORDER BY p.sort_key, a.id LIMIT $5`,
    [range.today, range.soon, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );
}

/**
 * Counselling bookings of a month with the given outcome. Residents book without an account and
 * their names are erased after the session, so the list names the slot and the specialist only.
 */
export async function appointments(
  q: Queryable,
  range: { from: string; to: string },
  status: 'attended' | 'noShow' | 'cancelled',
  page: Page,
) {
  const sortKey = `(b.slot_date::text || ' ' || b.slot_time)`;
  return rowsOf<DrillRow>(
    q,
    `SELECT b.id, ${sortKey} AS "sortKey", b.slot_date AS "slotDate", b.slot_time AS "slotTime",
            s.public_name AS specialist, b.mode, b.status
       FROM counselling_booking b JOIN counselling_specialist s ON s.id = b.specialist_id
      WHERE b.slot_date BETWEEN $1 AND $2 AND b.status = $6 AND ${KEYSET(sortKey, 'b.id')}
      ORDER BY ${sortKey}, b.id LIMIT $5`,
    [range.from, range.to, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1, status],
  );
}
