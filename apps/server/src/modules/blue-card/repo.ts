import type { ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import type { BlueCardAction, BlueCardStatus } from '@ostoja/domain/blue-card/workflow';
import type { Queryable } from '../../db/db.ts';
import { insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// Every query that returns procedure data takes the viewer's id and asks blue_card_visible()
// in its WHERE clause: the compartment is row scope in SQL, never a filter after the fetch.

export interface ProcedureRow {
  id: string;
  number: string;
  year: number;
  teamId: string;
  openedOn: string;
  openedById: string;
  openedByName: string;
  initiatorKind: string;
  initiatorName: string;
  initiatorInstitution: string;
  place: string | null;
  violenceForms: string[];
  description: string;
  interventions: string | null;
  victimPresent: boolean;
  presenceNote: string | null;
  status: BlueCardStatus;
  nextDue: string | null;
  nextDueKind: string | null;
  closureReason: string | null;
  closedOn: string | null;
  monitoringUntil: string | null;
  version: number;
}

export const PROCEDURE_COLUMNS = `b.id, b.number, b.year, b.team_id AS "teamId", b.opened_on AS "openedOn",
  b.opened_by_id AS "openedById", u.full_name AS "openedByName", b.initiator_kind AS "initiatorKind",
  b.initiator_name AS "initiatorName", b.initiator_institution AS "initiatorInstitution", b.place,
  b.violence_forms AS "violenceForms", b.description, b.interventions, b.victim_present AS "victimPresent",
  b.presence_note AS "presenceNote", b.status, b.next_due AS "nextDue", b.next_due_kind AS "nextDueKind",
  b.closure_reason AS "closureReason", b.closed_on AS "closedOn", b.monitoring_until AS "monitoringUntil", b.version`;
export const PROCEDURE_FROM = 'blue_card_procedure b JOIN staff_user u ON u.id = b.opened_by_id';

export async function insertProcedure(
  q: Queryable,
  p: Omit<ProcedureRow, 'id' | 'openedByName' | 'version' | 'closureReason' | 'closedOn' | 'monitoringUntil'>,
) {
  return insertedId(
    q,
    `INSERT INTO blue_card_procedure (number, year, team_id, opened_on, opened_by_id, initiator_kind, initiator_name,
       initiator_institution, place, violence_forms, description, interventions, victim_present, presence_note, status,
       next_due, next_due_kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [
      p.number,
      p.year,
      p.teamId,
      p.openedOn,
      p.openedById,
      p.initiatorKind,
      p.initiatorName,
      p.initiatorInstitution,
      p.place,
      p.violenceForms,
      p.description,
      p.interventions,
      p.victimPresent,
      p.presenceNote,
      p.status,
      p.nextDue,
      p.nextDueKind,
    ],
  );
}

/** A procedure the viewer may see, or null — an outsider cannot tell "hidden" from "none". */
export async function findProcedure(q: Queryable, id: string, viewerId: string, forUpdate = false) {
  return rowOf<ProcedureRow>(
    q,
    `SELECT ${PROCEDURE_COLUMNS} FROM ${PROCEDURE_FROM}
      WHERE b.id = $1 AND blue_card_visible(b.id, $2)${forUpdate ? ' FOR UPDATE OF b' : ''}`,
    [id, viewerId],
  );
}

export async function setState(
  q: Queryable,
  id: string,
  s: {
    status: string;
    nextDue: string | null;
    nextDueKind: string | null;
    closureReason?: string;
    closedOn?: string;
    monitoringUntil?: string | null;
  },
) {
  await q.query(
    `UPDATE blue_card_procedure SET status = $2, next_due = $3, next_due_kind = $4,
            closure_reason = COALESCE($5, closure_reason), closed_on = COALESCE($6, closed_on),
            monitoring_until = COALESCE($7, monitoring_until), version = version + 1
      WHERE id = $1`,
    [
      id,
      s.status,
      s.nextDue,
      s.nextDueKind,
      s.closureReason ?? null,
      s.closedOn ?? null,
      s.monitoringUntil ?? null,
    ],
  );
}

export async function actions(q: Queryable, procedureId: string) {
  return rowsOf<BlueCardAction & { id: number; actorName: string | null; at: Date }>(
    q,
    `SELECT x.id, x.type, to_char(x.on_date, 'YYYY-MM-DD') AS on, x.payload, u.full_name AS "actorName", x.at
       FROM blue_card_action x LEFT JOIN staff_user u ON u.id = x.actor_id
      WHERE x.procedure_id = $1 ORDER BY x.id`,
    [procedureId],
  );
}

export async function appendAction(q: Queryable, procedureId: string, a: BlueCardAction, actorId: string) {
  await q.query(
    'INSERT INTO blue_card_action (procedure_id, type, on_date, payload, actor_id) VALUES ($1, $2, $3, $4, $5)',
    [procedureId, a.type, a.on, a.payload ?? {}, actorId],
  );
}

export interface TeamRow {
  id: string;
  name: string;
  chairId: string | null;
  chairName: string | null;
}

/** The interdisciplinary team of the gmina (one per centre) with its current chair. */
export async function currentTeam(q: Queryable) {
  return rowOf<TeamRow>(
    q,
    `SELECT t.id, t.name, c.staff_user_id AS "chairId", c.full_name AS "chairName"
       FROM interdisciplinary_team t
       LEFT JOIN interdisciplinary_team_member c ON c.team_id = t.id AND c.is_chair AND c.valid_to IS NULL
      ORDER BY t.created_at LIMIT 1`,
  );
}

export async function isChair(q: Queryable, teamId: string, actorId: string) {
  const r = await q.query<{ yes: boolean }>('SELECT blue_card_is_chair($1, $2) AS yes', [teamId, actorId]);
  return r.rows[0]!.yes;
}

export interface ParticipantRow {
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  birthDate: string;
  sex: 'F' | 'M';
  address: string | null;
  roles: ParticipantRole[];
}

/** The persons of one procedure with their roles; the caller has already checked visibility. */
export async function participants(q: Queryable, procedureId: string) {
  return rowsOf<ParticipantRow>(
    q,
    `SELECT p.id AS "personId", p.first_name AS "firstName", p.surname, p.pesel, p.birth_date AS "birthDate", p.sex,
            NULLIF(concat_ws(' ', COALESCE(h.street, p.street), COALESCE(h.building, p.building)
              || COALESCE('/' || COALESCE(h.apartment, p.apartment), ''), COALESCE(h.city, p.city)), '') AS address,
            array_agg(bp.role ORDER BY bp.role) AS roles
       FROM blue_card_person bp JOIN person p ON p.id = bp.person_id LEFT JOIN household h ON h.id = p.household_id
      WHERE bp.procedure_id = $1
      GROUP BY p.id, h.id ORDER BY min(bp.role), p.sort_key`,
    [procedureId],
  );
}

export async function insertParticipant(
  q: Queryable,
  procedureId: string,
  personId: string,
  role: ParticipantRole,
  sealed: boolean,
  on: string,
) {
  return oneRow(
    q,
    `INSERT INTO blue_card_person (procedure_id, person_id, role, sealed, added_on) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [procedureId, personId, role, sealed, on],
  );
}

/** Every role recorded for a person in any procedure: who is a perpetrator anywhere gets no victims' data. */
export async function rolesEverywhere(q: Queryable, personId: string) {
  const r = await q.query<{ role: ParticipantRole }>(
    'SELECT DISTINCT role FROM blue_card_person WHERE person_id = $1',
    [personId],
  );
  return r.rows.map((x) => x.role);
}

export interface SuspectRow {
  id: string;
  firstName: string;
  surname: string;
  birthDate: string | null;
  sex: 'F' | 'M' | null;
  address: string | null;
  description: string | null;
  recordedOn: string;
  personId: string | null;
  completedOn: string | null;
}

/** Suspected persons recorded by name only; those without a person are what makes the record incomplete. */
export async function suspects(q: Queryable, procedureId: string) {
  return rowsOf<SuspectRow>(
    q,
    `SELECT id, first_name AS "firstName", surname, birth_date AS "birthDate", sex, address, description,
            recorded_on AS "recordedOn", person_id AS "personId", completed_on AS "completedOn"
       FROM blue_card_suspect WHERE procedure_id = $1 ORDER BY recorded_on, surname, id`,
    [procedureId],
  );
}

export async function insertSuspect(
  q: Queryable,
  procedureId: string,
  s: Omit<SuspectRow, 'id' | 'personId' | 'completedOn'>,
) {
  await q.query(
    `INSERT INTO blue_card_suspect (procedure_id, first_name, surname, birth_date, sex, address, description, recorded_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [procedureId, s.firstName, s.surname, s.birthDate, s.sex, s.address, s.description, s.recordedOn],
  );
}

/** Links an incomplete suspect to the identified person; false when already completed (or not this procedure's). */
export async function completeSuspect(
  q: Queryable,
  procedureId: string,
  suspectId: string,
  personId: string,
  on: string,
  by: string,
) {
  return oneRow(
    q,
    `UPDATE blue_card_suspect SET person_id = $3, completed_on = $4, completed_by = $5
      WHERE procedure_id = $1 AND id = $2 AND person_id IS NULL`,
    [procedureId, suspectId, personId, on, by],
  );
}
