import type { CoFinancingRates } from '@ostoja/domain/family-support/co-financing';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of foster care co-financing. Row scope: the child is a person of the registry, so the
// registry's scope (Niebieska Karta sealing) is part of every query.

export interface ChildRow {
  id: string;
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  placedOn: string;
  endedOn: string | null;
  placementKind: 'fosterFamily' | 'institution';
  placementName: string;
  powiat: string;
  discrepancies: number;
  sortKey: string;
}

const CHILD = `SELECT fc.id, fc.person_id AS "personId", p.first_name AS "firstName", p.surname, p.pesel,
        fc.placed_on AS "placedOn", fc.ended_on AS "endedOn", fc.placement_kind AS "placementKind",
        fc.placement_name AS "placementName", fc.powiat, p.sort_key AS "sortKey",
        (SELECT count(*)::int FROM charge_note n
          WHERE n.foster_child_id = fc.id AND n.charged_grosze <> n.expected_grosze) AS discrepancies
   FROM foster_child fc JOIN person p ON p.id = fc.person_id`;

export async function listChildren(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<ChildRow>(
    q,
    `${CHILD} WHERE ${scope} AND ($1::text IS NULL OR (p.sort_key, fc.id) > ($1::text, $2::uuid))
      ORDER BY p.sort_key, fc.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findChild(q: Queryable, id: string, scope: string) {
  return rowOf<ChildRow>(q, `${CHILD} WHERE fc.id = $1 AND ${scope}`, [id]);
}

/** The placements of the persons with these PESELs (for an import), within the scope. */
export async function childrenByPesel(q: Queryable, pesels: string[], scope: string) {
  return rowsOf<ChildRow>(q, `${CHILD} WHERE p.pesel = ANY($1::text[]) AND ${scope}`, [pesels]);
}

export async function personVisible(q: Queryable, personId: string, scope: string) {
  return oneRow(q, `SELECT 1 FROM person p WHERE p.id = $1 AND ${scope}`, [personId]);
}

export async function hasOpenPlacement(q: Queryable, personId: string) {
  return oneRow(q, 'SELECT 1 FROM foster_child WHERE person_id = $1 AND ended_on IS NULL', [personId]);
}

export async function insertChild(
  q: Queryable,
  c: { personId: string; placedOn: string; placementKind: string; placementName: string; powiat: string },
) {
  return insertedId(
    q,
    `INSERT INTO foster_child (person_id, placed_on, placement_kind, placement_name, powiat)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [c.personId, c.placedOn, c.placementKind, c.placementName, c.powiat],
  );
}

export interface NoteRow {
  id: string;
  month: string;
  number: string;
  costGrosze: number;
  chargedGrosze: number;
  expectedGrosze: number;
  daysByPct: Record<string, number>;
}

const NOTE = `SELECT id, to_char(month, 'YYYY-MM') AS month, number, cost_grosze AS "costGrosze",
        charged_grosze AS "chargedGrosze", expected_grosze AS "expectedGrosze", days_by_pct AS "daysByPct"
   FROM charge_note`;

export async function notesOf(q: Queryable, childId: string) {
  return rowsOf<NoteRow>(q, `${NOTE} WHERE foster_child_id = $1 ORDER BY month`, [childId]);
}

export async function noteExists(q: Queryable, childId: string, month: string) {
  return oneRow(q, 'SELECT 1 FROM charge_note WHERE foster_child_id = $1 AND month = $2::date', [
    childId,
    `${month}-01`,
  ]);
}

export async function insertNote(
  q: Queryable,
  childId: string,
  n: Omit<NoteRow, 'id'>,
  enteredBy: string,
): Promise<NoteRow> {
  const r = await q.query<NoteRow>(
    `INSERT INTO charge_note (foster_child_id, month, number, cost_grosze, charged_grosze, expected_grosze, days_by_pct, entered_by)
     VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8)
     RETURNING id, to_char(month, 'YYYY-MM') AS month, number, cost_grosze AS "costGrosze",
       charged_grosze AS "chargedGrosze", expected_grosze AS "expectedGrosze", days_by_pct AS "daysByPct"`,
    [
      childId,
      `${n.month}-01`,
      n.number,
      n.costGrosze,
      n.chargedGrosze,
      n.expectedGrosze,
      JSON.stringify(n.daysByPct),
      enteredBy,
    ],
  );
  return r.rows[0]!;
}

export async function rates(q: Queryable): Promise<CoFinancingRates[]> {
  return rowsOf<CoFinancingRates>(
    q,
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", first_year_pct AS "firstYearPct",
            second_year_pct AS "secondYearPct", later_years_pct AS "laterYearsPct", proration
       FROM foster_cofinancing_rate`,
  );
}

/** The year's notes by month, within the scope (a sealed child's notes are still the gmina's cost,
 * but the scope decides what this actor may count — the director and auditor see all children). */
export async function yearByMonth(q: Queryable, year: number, scope: string) {
  const r = await q.query<{
    month: string;
    notes: number;
    children: number;
    costGrosze: number;
    chargedGrosze: number;
    expectedGrosze: number;
    discrepancies: number;
  }>(
    `SELECT to_char(n.month, 'YYYY-MM') AS month, count(*)::int AS notes,
            count(DISTINCT n.foster_child_id)::int AS children,
            sum(n.cost_grosze)::bigint AS "costGrosze", sum(n.charged_grosze)::bigint AS "chargedGrosze",
            sum(n.expected_grosze)::bigint AS "expectedGrosze",
            count(*) FILTER (WHERE n.charged_grosze <> n.expected_grosze)::int AS discrepancies
       FROM charge_note n JOIN foster_child fc ON fc.id = n.foster_child_id JOIN person p ON p.id = fc.person_id
      WHERE n.month >= make_date($1, 1, 1) AND n.month < make_date($1 + 1, 1, 1) AND ${scope}
      GROUP BY n.month ORDER BY n.month`,
    [year],
  );
  return r.rows;
}

export async function childrenInYear(q: Queryable, year: number, scope: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(DISTINCT n.foster_child_id)::int AS n
       FROM charge_note n JOIN foster_child fc ON fc.id = n.foster_child_id JOIN person p ON p.id = fc.person_id
      WHERE n.month >= make_date($1, 1, 1) AND n.month < make_date($1 + 1, 1, 1) AND ${scope}`,
    [year],
  );
  return r.rows[0]!.n;
}
