import type { BlueCardParameters } from '@ostoja/domain/blue-card/deadlines';
import type { BlueCardStatus } from '@ostoja/domain/blue-card/workflow';
import type { Queryable } from '../../db/db.ts';
import { type After, rowsOf } from '../../db/rows.ts';

// Lists, search, register, deadlines and statistics. Every list carries blue_card_visible() in
// its WHERE clause; statistics return counts only, grouped in SQL.

export interface ProcedureListItem {
  id: string;
  number: string;
  openedOn: string;
  status: BlueCardStatus;
  nextDue: string | null;
  nextDueKind: string | null;
  closureReason: string | null;
  victims: string | null;
  perpetrators: string | null;
}

const NAMES = (
  role: string,
) => `(SELECT string_agg(p.first_name || ' ' || p.surname, ', ' ORDER BY p.sort_key)
    FROM blue_card_person bp JOIN person p ON p.id = bp.person_id
   WHERE bp.procedure_id = b.id AND bp.role = '${role}')`;
const LIST_COLUMNS = `b.id, b.number, b.opened_on AS "openedOn", b.status, b.next_due AS "nextDue",
  b.next_due_kind AS "nextDueKind", b.closure_reason AS "closureReason", ${NAMES('victim')} AS victims,
  ${NAMES('perpetrator')} AS perpetrators`;

/** Newest first; keyset on (opened_on, id). */
export async function listProcedures(
  q: Queryable,
  viewerId: string,
  f: { status: string | null; year: number | null; after: After; limit: number },
) {
  return rowsOf<ProcedureListItem>(
    q,
    `SELECT ${LIST_COLUMNS} FROM blue_card_procedure b
      WHERE blue_card_visible(b.id, $1) AND ($2::text IS NULL OR b.status = $2) AND ($3::int IS NULL OR b.year = $3)
        AND ($4::date IS NULL OR (b.opened_on, b.id) < ($4::date, $5::uuid))
      ORDER BY b.opened_on DESC, b.id DESC LIMIT $6`,
    [viewerId, f.status, f.year, f.after?.[0] ?? null, f.after?.[1] ?? null, f.limit + 1],
  );
}

/**
 * By register number, or by a participant's name words or PESEL prefix (folded, as the registry
 * stores search_text). Only the viewer's procedures are searched, so a plain LIKE is cheap.
 */
export async function searchProcedures(q: Queryable, viewerId: string, words: string[], text: string) {
  const like = words.map((_w, i) => ` AND p.search_text LIKE '%' || $${i + 3} || '%'`).join('');
  return rowsOf<ProcedureListItem>(
    q,
    `SELECT ${LIST_COLUMNS} FROM blue_card_procedure b
      WHERE blue_card_visible(b.id, $1)
        AND (upper(b.number) = upper($2) OR (${words.length > 0} AND EXISTS (
          SELECT 1 FROM blue_card_person bp JOIN person p ON p.id = bp.person_id
           WHERE bp.procedure_id = b.id${like})))
      ORDER BY b.opened_on DESC, b.id DESC LIMIT 50`,
    [viewerId, text.trim(), ...words.map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`))],
  );
}

export interface RegisterRow {
  id: string;
  number: string;
  openedOn: string;
  initiatorKind: string;
  initiatorInstitution: string;
  status: BlueCardStatus;
  closureReason: string | null;
  closedOn: string | null;
  victims: string | null;
  perpetrators: string | null;
}

/** The register of one year, in number order (numbers sort as NK/<year>/<zero-padded n>). */
export async function register(q: Queryable, viewerId: string, year: number) {
  return rowsOf<RegisterRow>(
    q,
    `SELECT b.id, b.number, b.opened_on AS "openedOn", b.initiator_kind AS "initiatorKind",
            b.initiator_institution AS "initiatorInstitution", b.status, b.closure_reason AS "closureReason",
            b.closed_on AS "closedOn", ${NAMES('victim')} AS victims, ${NAMES('perpetrator')} AS perpetrators
       FROM blue_card_procedure b
      WHERE b.year = $2 AND blue_card_visible(b.id, $1) ORDER BY b.number`,
    [viewerId, year],
  );
}

export interface DueRow {
  procedureId: string;
  number: string;
  kind: string;
  due: string;
  meetingId: string | null;
}

/** Deadlines of the procedures the viewer sees (teamId: only that team's, for the chair's view). */
export async function dueItems(q: Queryable, viewerId: string, until: string, teamId: string | null = null) {
  return rowsOf<DueRow>(
    q,
    `SELECT b.id AS "procedureId", b.number, b.next_due_kind AS kind, b.next_due AS due, NULL AS "meetingId"
       FROM blue_card_procedure b
      WHERE b.next_due IS NOT NULL AND b.next_due <= $2 AND ($3::uuid IS NULL OR b.team_id = $3)
        AND blue_card_visible(b.id, $1)
     UNION ALL
     SELECT b.id, b.number, 'meetingMinutes', m.scheduled_on, m.id
       FROM blue_card_meeting m JOIN blue_card_procedure b ON b.id = m.procedure_id
      WHERE m.held_on IS NULL AND m.scheduled_on <= $2 AND b.status NOT IN ('closed')
        AND ($3::uuid IS NULL OR b.team_id = $3) AND blue_card_visible(b.id, $1)
      ORDER BY due, number LIMIT 500`,
    [viewerId, until, teamId],
  );
}

export async function countsByStatus(q: Queryable, viewerId: string, teamId: string) {
  const r = await q.query<{ status: string; count: number }>(
    `SELECT b.status, count(*)::int AS count FROM blue_card_procedure b
      WHERE b.team_id = $2 AND blue_card_visible(b.id, $1) GROUP BY b.status`,
    [viewerId, teamId],
  );
  return Object.fromEntries(r.rows.map((x) => [x.status, x.count]));
}

/** Counts for a year, grouped in SQL: no name, id or date of a person ever leaves the database. */
export async function statistics(q: Queryable, year: number) {
  const one = async <T>(sql: string) => (await q.query<T>(sql, [year])).rows;
  const opened = await one<{ kind: string; count: number }>(
    `SELECT initiator_kind AS kind, count(*)::int AS count FROM blue_card_procedure WHERE year = $1 GROUP BY 1`,
  );
  const closed = await one<{ reason: string; count: number }>(
    `SELECT closure_reason AS reason, count(*)::int AS count FROM blue_card_procedure
      WHERE closed_on >= make_date($1, 1, 1) AND closed_on < make_date($1 + 1, 1, 1) GROUP BY 1`,
  );
  const meetings = await one<{ count: number }>(
    `SELECT count(*)::int AS count FROM blue_card_meeting
      WHERE held_on >= make_date($1, 1, 1) AND held_on < make_date($1 + 1, 1, 1)`,
  );
  // One row per role, sex and age in years (age on the first opening that year), then counted.
  const persons = await one<{ role: string; sex: 'F' | 'M'; age: number; count: number }>(
    `SELECT role, sex, age, count(*)::int AS count FROM (
       SELECT bp.role, p.sex, date_part('year', age(min(b.opened_on), p.birth_date))::int AS age
         FROM blue_card_person bp JOIN blue_card_procedure b ON b.id = bp.procedure_id
         JOIN person p ON p.id = bp.person_id
        WHERE b.year = $1 GROUP BY bp.role, p.id) x
      GROUP BY role, sex, age`,
  );
  return { opened, closed, meetingsHeld: meetings[0]?.count ?? 0, persons };
}

const PARAMETER_COLUMNS = `to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
  chair_transfer_working_days AS "chairTransferWorkingDays", diagnostic_group_forming_working_days AS "diagnosticGroupFormingWorkingDays",
  first_meeting_working_days AS "firstMeetingWorkingDays", monitoring_months_no_grounds AS "monitoringMonthsNoGrounds",
  monitoring_months_violence_stopped AS "monitoringMonthsViolenceStopped", legal_basis AS "legalBasis"`;

export async function parameterPeriods(q: Queryable) {
  return rowsOf<BlueCardParameters>(
    q,
    `SELECT ${PARAMETER_COLUMNS} FROM blue_card_parameter_period ORDER BY valid_from`,
  );
}

export async function insertParameterPeriod(q: Queryable, p: BlueCardParameters, actorId: string) {
  await q.query(
    `INSERT INTO blue_card_parameter_period (valid_from, chair_transfer_working_days, diagnostic_group_forming_working_days,
       first_meeting_working_days, monitoring_months_no_grounds, monitoring_months_violence_stopped, legal_basis,
       created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      p.validFrom,
      p.chairTransferWorkingDays,
      p.diagnosticGroupFormingWorkingDays,
      p.firstMeetingWorkingDays,
      p.monitoringMonthsNoGrounds,
      p.monitoringMonthsViolenceStopped,
      p.legalBasis,
      actorId,
    ],
  );
}
