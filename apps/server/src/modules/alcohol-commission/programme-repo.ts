import type { Queryable } from '../../db/db.ts';
import { insertedId, rowOf, rowsOf } from '../../db/rows.ts';

// The SQL of the municipal programme and its yearly report (the commission's compartment).

export interface TaskRow {
  id: string;
  position: number;
  title: string;
  budget: number;
  spent: number;
}

export async function findProgramme(q: Queryable, year: number) {
  return rowOf<{ year: number; resolution: string; permitFees: number }>(
    q,
    `SELECT year, resolution, permit_fees::float8 AS "permitFees" FROM alcohol_programme WHERE year = $1`,
    [year],
  );
}

export async function insertProgramme(
  q: Queryable,
  p: { year: number; resolution: string; permitFees: number; tasks: { title: string; budget: number }[] },
  createdBy: string,
) {
  const r = await q.query(
    `INSERT INTO alcohol_programme (year, resolution, permit_fees, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (year) DO NOTHING`,
    [p.year, p.resolution, p.permitFees, createdBy],
  );
  if (r.rowCount !== 1) return false;
  await q.query(
    `INSERT INTO alcohol_programme_task (year, position, title, budget)
     SELECT $1, n, t, b FROM unnest($2::text[], $3::bigint[]) WITH ORDINALITY AS x(t, b, n)`,
    [p.year, p.tasks.map((t) => t.title), p.tasks.map((t) => t.budget)],
  );
  return true;
}

/** The year's tasks with what was spent on each (grosze). */
export async function tasks(q: Queryable, year: number) {
  return rowsOf<TaskRow>(
    q,
    `SELECT t.id, t.position, t.title, t.budget::float8 AS budget,
            coalesce((SELECT sum(s.amount) FROM alcohol_programme_spending s WHERE s.task_id = t.id), 0)::float8 AS spent
       FROM alcohol_programme_task t WHERE t.year = $1 ORDER BY t.position`,
    [year],
  );
}

export async function spending(q: Queryable, year: number) {
  const r = await q.query<{
    id: string;
    taskId: string;
    spentOn: string;
    amount: number;
    description: string;
  }>(
    `SELECT s.id, s.task_id AS "taskId", s.spent_on::text AS "spentOn", s.amount::float8 AS amount, s.description
       FROM alcohol_programme_spending s JOIN alcohol_programme_task t ON t.id = s.task_id
      WHERE t.year = $1 ORDER BY s.spent_on DESC, s.id DESC`,
    [year],
  );
  return r.rows;
}

export async function insertSpending(
  q: Queryable,
  s: { taskId: string; spentOn: string; amount: number; description: string },
  createdBy: string,
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_programme_spending (task_id, spent_on, amount, description, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [s.taskId, s.spentOn, s.amount, s.description, createdBy],
  );
}

export async function g1Answers(q: Queryable, year: number) {
  const r = await q.query<{ key: string; value: number }>(
    `SELECT row_key AS key, value::float8 AS value FROM alcohol_programme_g1 WHERE year = $1`,
    [year],
  );
  return new Map(r.rows.map((x) => [x.key, x.value]));
}

export async function saveG1Answers(q: Queryable, year: number, values: Record<string, number>, by: string) {
  await q.query(
    `INSERT INTO alcohol_programme_g1 (year, row_key, value, updated_by)
     SELECT $1, k, v, $4 FROM unnest($2::text[], $3::bigint[]) AS x(k, v)
     ON CONFLICT (year, row_key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by,
       updated_at = now()`,
    [year, Object.keys(values), Object.values(values), by],
  );
}

/** The commission's figures of the year, each counted from its own records. */
export async function commissionFigures(q: Queryable, year: number) {
  const r = await q.query<Record<string, number>>(
    `WITH y AS (SELECT make_date($1, 1, 1) AS f, make_date($1 + 1, 1, 1) AS t),
     conducted AS (SELECT a.* FROM alcohol_proceeding a, y WHERE a.reported_on < y.t AND (a.closed_on IS NULL OR a.closed_on >= y.f)),
     ev AS (SELECT e.type, e.details, a.person_id, e.proceeding_id FROM alcohol_proceeding_event e
              JOIN alcohol_proceeding a ON a.id = e.proceeding_id, y WHERE e.on_date >= y.f AND e.on_date < y.t)
     SELECT
       (SELECT count(*) FROM alcohol_permit_opinion o, y WHERE o.opinion_on >= y.f AND o.opinion_on < y.t)::int AS "permitsOpined",
       (SELECT count(*) FROM alcohol_permit_opinion o, y WHERE o.opinion_on >= y.f AND o.opinion_on < y.t AND o.opinion = 'negative')::int AS "permitsNegative",
       (SELECT count(*) FROM alcohol_inspection i, y WHERE i.on_date >= y.f AND i.on_date < y.t)::int AS inspections,
       (SELECT count(*) FROM alcohol_seller_training s, y WHERE s.on_date >= y.f AND s.on_date < y.t)::int AS "sellerTrainings",
       (SELECT count(*) FROM alcohol_commission_meeting g, y WHERE g.held_on >= y.f AND g.held_on < y.t)::int AS meetings,
       (SELECT count(*) FROM conducted)::int AS "proceedingsConducted",
       (SELECT count(*) FROM conducted c, y WHERE c.reported_on >= y.f)::int AS "newReports",
       (SELECT count(DISTINCT person_id) FROM conducted)::int AS "personsInProceedings",
       (SELECT count(DISTINCT person_id) FROM ev WHERE type = 'expertReferral')::int AS "personsReferredToExperts",
       (SELECT count(*) FROM ev WHERE type = 'courtPetition')::int AS "courtPetitions",
       (SELECT count(DISTINCT person_id) FROM ev WHERE type = 'courtOrder' AND details->>'obligated' = 'true')::int
         AS "personsObligatedToTreatment",
       (SELECT count(DISTINCT person_id) FROM ev WHERE type = 'facilityReport'
          AND details->>'attendance' IN ('attends', 'completed'))::int AS "personsInTreatment"`,
    [year],
  );
  return r.rows[0]!;
}
