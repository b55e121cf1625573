import type { Criterion, ProgrammeInput } from '@ostoja/domain/programs/programme';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of projects and programmes. The projects are the centre's own data; participants are read
// through the person, so the registry's scope (the Niebieska Karta seal) is part of each such query.

type ProgrammeIn = z.output<typeof ProgrammeInput>;

export interface ProgrammeRow {
  id: string;
  name: string;
  kind: ProgrammeIn['kind'];
  funder: string;
  startsOn: string;
  endsOn: string;
  budgetGrosze: number;
  targetParticipants: number;
  targetCompletions: number;
  participants: number;
  completions: number;
  indicators: { id: string; name: string; target: number; achieved: number }[];
  criteria: Criterion[];
}

const day = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') AS "${as}"`;

/** Counts are of everyone (figures, not names), as the funder's report needs them whole. */
const PROGRAMME = `SELECT g.id, g.name, g.kind, g.funder, ${day('g.starts_on', 'startsOn')}, ${day('g.ends_on', 'endsOn')},
        g.budget_grosze::float8 AS "budgetGrosze", g.target_participants AS "targetParticipants",
        g.target_completions AS "targetCompletions", g.criteria,
        (SELECT count(*)::int FROM programme_participant x WHERE x.programme_id = g.id) AS participants,
        (SELECT count(*)::int FROM programme_participant x WHERE x.programme_id = g.id AND x.completed) AS completions,
        COALESCE((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'target', i.target,
                    'achieved', (SELECT count(*)::int FROM programme_result r WHERE r.indicator_id = i.id)) ORDER BY i.position)
                    FROM programme_indicator i WHERE i.programme_id = g.id), '[]') AS indicators
   FROM programme g`;

export async function listProgrammes(q: Queryable, after: After, limit: number) {
  return rowsOf<ProgrammeRow>(
    q,
    `${PROGRAMME} WHERE ($1::text IS NULL OR (g.name, g.id) > ($1::text, $2::uuid))
      ORDER BY g.name, g.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findProgramme(q: Queryable, id: string) {
  return rowOf<ProgrammeRow>(q, `${PROGRAMME} WHERE g.id = $1`, [id]);
}

export async function programmeNameTaken(q: Queryable, name: string) {
  return (await q.query('SELECT 1 FROM programme WHERE name = $1', [name])).rowCount === 1;
}

export async function insertProgramme(q: Queryable, p: ProgrammeIn, by: string) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO programme (name, kind, funder, starts_on, ends_on, budget_grosze, target_participants,
        target_completions, criteria, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      p.name,
      p.kind,
      p.funder,
      p.startsOn,
      p.endsOn,
      p.budgetGrosze,
      p.targetParticipants,
      p.targetCompletions,
      JSON.stringify(p.criteria),
      by,
    ],
  );
  const id = r.rows[0]!.id;
  if (p.indicators.length)
    await q.query(
      `INSERT INTO programme_indicator (programme_id, position, name, target)
       SELECT $1, n, x.name, x.target FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS x(name, target, n)`,
      [id, p.indicators.map((i) => i.name), p.indicators.map((i) => i.target)],
    );
  return id;
}

export interface ParticipantRow {
  id: string;
  programmeId: string;
  programmeName: string;
  kind: ProgrammeIn['kind'];
  personId: string;
  firstName: string;
  surname: string;
  joinedOn: string;
  consentSignedOn: string;
  endedOn: string | null;
  completed: boolean | null;
  supports: { id: string; on: string; form: string }[];
  results: string[];
}

const PARTICIPANT = `SELECT x.id, x.programme_id AS "programmeId", g.name AS "programmeName", g.kind, x.person_id AS "personId",
        p.first_name AS "firstName", p.surname, ${day('x.joined_on', 'joinedOn')},
        ${day('x.consent_signed_on', 'consentSignedOn')}, ${day('x.ended_on', 'endedOn')}, x.completed,
        COALESCE((SELECT json_agg(json_build_object('id', s.id, 'on', to_char(s.on_date, 'YYYY-MM-DD'), 'form', s.form)
                    ORDER BY s.on_date, s.created_at) FROM programme_support s WHERE s.participant_id = x.id), '[]') AS supports,
        ARRAY(SELECT r.indicator_id FROM programme_result r WHERE r.participant_id = x.id ORDER BY r.achieved_on) AS results
   FROM programme_participant x JOIN programme g ON g.id = x.programme_id JOIN person p ON p.id = x.person_id`;

/** A project's participants in Polish name order; keyset on (sort_key, id). */
export async function listParticipants(
  q: Queryable,
  programmeId: string,
  scope: string,
  after: After,
  limit: number,
) {
  return rowsOf<ParticipantRow & { sortKey: string }>(
    q,
    `SELECT * FROM (${PARTICIPANT.replace('SELECT x.id,', 'SELECT p.sort_key AS "sortKey", x.id,')}
       WHERE x.programme_id = $1 AND ${scope}) t
      WHERE ($2::text IS NULL OR ("sortKey", id) > ($2::text, $3::uuid))
      ORDER BY "sortKey", id LIMIT $4`,
    [programmeId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findParticipant(q: Queryable, id: string, scope: string) {
  return rowOf<ParticipantRow>(q, `${PARTICIPANT} WHERE x.id = $1 AND ${scope}`, [id]);
}

/** A person's participations, newest first (the person page). */
export async function participationsOf(q: Queryable, personId: string, scope: string) {
  return rowsOf<ParticipantRow>(
    q,
    `${PARTICIPANT} WHERE x.person_id = $1 AND ${scope} ORDER BY x.joined_on DESC, x.id LIMIT 100`,
    [personId],
  );
}

export async function isParticipant(q: Queryable, programmeId: string, personId: string) {
  return oneRow(q, 'SELECT 1 FROM programme_participant WHERE programme_id = $1 AND person_id = $2', [
    programmeId,
    personId,
  ]);
}

export async function insertParticipant(
  q: Queryable,
  x: {
    programmeId: string;
    personId: string;
    joinedOn: string;
    consentSignedOn: string;
    eligibility: object;
  },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO programme_participant (programme_id, person_id, joined_on, consent_signed_on, eligibility, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [x.programmeId, x.personId, x.joinedOn, x.consentSignedOn, JSON.stringify(x.eligibility), by],
  );
}

export async function insertSupport(
  q: Queryable,
  participantId: string,
  on: string,
  form: string,
  by: string,
) {
  await q.query(
    'INSERT INTO programme_support (participant_id, on_date, form, created_by) VALUES ($1, $2, $3, $4)',
    [participantId, on, form, by],
  );
}

export async function indicatorOf(q: Queryable, programmeId: string, indicatorId: string) {
  return oneRow(q, 'SELECT 1 FROM programme_indicator WHERE id = $1 AND programme_id = $2', [
    indicatorId,
    programmeId,
  ]);
}

export async function upsertResult(
  q: Queryable,
  participantId: string,
  indicatorId: string,
  on: string,
  by: string,
) {
  await q.query(
    `INSERT INTO programme_result (participant_id, indicator_id, achieved_on, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (participant_id, indicator_id) DO UPDATE SET achieved_on = EXCLUDED.achieved_on`,
    [participantId, indicatorId, on, by],
  );
}

export async function endParticipation(q: Queryable, id: string, on: string, completed: boolean) {
  await q.query('UPDATE programme_participant SET ended_on = $2, completed = $3 WHERE id = $1', [
    id,
    on,
    completed,
  ]);
}

/** Participants of each kind of programme taking part at any time of the period, and those who completed in it. */
export async function programmesYear(q: Queryable, from: string, to: string) {
  return rowsOf<{ kind: string | null; participants: number; completions: number }>(
    q,
    `SELECT g.kind, count(DISTINCT x.person_id)::int AS participants,
            count(DISTINCT x.person_id) FILTER (WHERE x.completed AND x.ended_on BETWEEN $1 AND $2)::int AS completions
       FROM programme_participant x JOIN programme g ON g.id = x.programme_id
      WHERE x.joined_on <= $2 AND (x.ended_on IS NULL OR x.ended_on >= $1)
      GROUP BY ROLLUP (g.kind)`,
    [from, to],
  );
}
