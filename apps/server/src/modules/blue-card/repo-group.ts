import type { Queryable } from '../../db/db.ts';
import { insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// The diagnostic-help group, its meetings, the forms and referrals of one procedure. Callers
// reach these only after findProcedure() (scoped) found the procedure for the viewer.

export interface MemberRow {
  id: string;
  staffUserId: string | null;
  fullName: string;
  institution: string;
  kind: string;
  addedOn: string;
  removedOn: string | null;
}

export async function members(q: Queryable, procedureId: string) {
  return rowsOf<MemberRow>(
    q,
    `SELECT id, staff_user_id AS "staffUserId", full_name AS "fullName", institution, kind, added_on AS "addedOn",
            removed_on AS "removedOn"
       FROM diagnostic_group_member WHERE procedure_id = $1 ORDER BY removed_on NULLS FIRST, added_on, full_name`,
    [procedureId],
  );
}

export async function insertMember(
  q: Queryable,
  procedureId: string,
  m: { staffUserId: string | null; fullName: string; institution: string; kind: string },
  on: string,
) {
  return insertedId(
    q,
    `INSERT INTO diagnostic_group_member (procedure_id, staff_user_id, full_name, institution, kind, added_on)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [procedureId, m.staffUserId, m.fullName, m.institution, m.kind, on],
  );
}

export async function removeMember(q: Queryable, procedureId: string, memberId: string, on: string) {
  return oneRow(
    q,
    `UPDATE diagnostic_group_member SET removed_on = GREATEST($3::date, added_on)
      WHERE id = $2 AND procedure_id = $1 AND removed_on IS NULL`,
    [procedureId, memberId, on],
  );
}

/** Staff accounts that may sit in a group: active, holding one of the given roles. */
export async function eligibleStaff(q: Queryable, roles: readonly string[]) {
  return rowsOf<{ id: string; fullName: string; roles: string[] }>(
    q,
    `SELECT u.id, u.full_name AS "fullName", array_agg(r.role ORDER BY r.role) AS roles
       FROM staff_user u JOIN staff_role r ON r.user_id = u.id
      WHERE u.is_active AND r.role = ANY($1::text[])
      GROUP BY u.id ORDER BY u.sort_key`,
    [roles],
  );
}

export interface MeetingRow {
  id: string;
  kind: string;
  scheduledOn: string;
  scheduledTime: string;
  place: string;
  invitedMemberIds: string[];
  invitedPersonIds: string[];
  heldOn: string | null;
  presentMemberIds: string[] | null;
  presentPersonIds: string[] | null;
  minutes: string | null;
}

const MEETING_COLUMNS = `id, kind, scheduled_on AS "scheduledOn", scheduled_time AS "scheduledTime", place,
  invited_member_ids AS "invitedMemberIds", invited_person_ids AS "invitedPersonIds", held_on AS "heldOn",
  present_member_ids AS "presentMemberIds", present_person_ids AS "presentPersonIds", minutes`;

export async function meetings(q: Queryable, procedureId: string) {
  return rowsOf<MeetingRow>(
    q,
    `SELECT ${MEETING_COLUMNS} FROM blue_card_meeting WHERE procedure_id = $1 ORDER BY scheduled_on, scheduled_time`,
    [procedureId],
  );
}

export async function findMeeting(q: Queryable, procedureId: string, meetingId: string) {
  return rowOf<MeetingRow>(
    q,
    `SELECT ${MEETING_COLUMNS} FROM blue_card_meeting WHERE procedure_id = $1 AND id = $2`,
    [procedureId, meetingId],
  );
}

export async function insertMeeting(
  q: Queryable,
  procedureId: string,
  m: { kind: string; date: string; time: string; place: string; memberIds: string[]; personIds: string[] },
) {
  return insertedId(
    q,
    `INSERT INTO blue_card_meeting (procedure_id, kind, scheduled_on, scheduled_time, place, invited_member_ids,
       invited_person_ids) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [procedureId, m.kind, m.date, m.time, m.place, m.memberIds, m.personIds],
  );
}

export async function recordMeeting(
  q: Queryable,
  meetingId: string,
  m: { heldOn: string; presentMemberIds: string[]; presentPersonIds: string[]; minutes: string },
) {
  return oneRow(
    q,
    `UPDATE blue_card_meeting SET held_on = $2, present_member_ids = $3, present_person_ids = $4, minutes = $5
      WHERE id = $1 AND held_on IS NULL`,
    [meetingId, m.heldOn, m.presentMemberIds, m.presentPersonIds, m.minutes],
  );
}

export interface FormRow {
  id: string;
  kind: 'A' | 'B' | 'C' | 'D' | 'E';
  personId: string | null;
  filledOn: string;
  content: Record<string, unknown>;
  createdByName: string;
}

export async function forms(q: Queryable, procedureId: string) {
  return rowsOf<FormRow>(
    q,
    `SELECT f.id, f.kind, f.person_id AS "personId", f.filled_on AS "filledOn", f.content, u.full_name AS "createdByName"
       FROM blue_card_form f JOIN staff_user u ON u.id = f.created_by_id
      WHERE f.procedure_id = $1 ORDER BY f.kind, f.filled_on, f.created_at`,
    [procedureId],
  );
}

export async function insertForm(
  q: Queryable,
  procedureId: string,
  f: { kind: string; personId: string | null; filledOn: string; content: object },
  actorId: string,
) {
  return insertedId(
    q,
    `INSERT INTO blue_card_form (procedure_id, kind, person_id, filled_on, content, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [procedureId, f.kind, f.personId, f.filledOn, JSON.stringify(f.content), actorId],
  );
}

export async function referrals(q: Queryable, procedureId: string) {
  const r = await q.query<{
    id: string;
    personId: string;
    programme: string;
    institution: string;
    referredOn: string;
    note: string | null;
  }>(
    `SELECT id, person_id AS "personId", programme, institution, referred_on AS "referredOn", note
       FROM blue_card_referral WHERE procedure_id = $1 ORDER BY referred_on, created_at`,
    [procedureId],
  );
  return r.rows;
}

export async function insertReferral(
  q: Queryable,
  procedureId: string,
  x: { personId: string; programme: string; institution: string; referredOn: string; note: string | null },
) {
  return insertedId(
    q,
    `INSERT INTO blue_card_referral (procedure_id, person_id, programme, institution, referred_on, note)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [procedureId, x.personId, x.programme, x.institution, x.referredOn, x.note],
  );
}

// The interdisciplinary team's make-up (members end and start on a date; old rows stay as history).

export interface TeamMemberRow {
  id: string;
  staffUserId: string | null;
  fullName: string;
  institution: string;
  isChair: boolean;
  validFrom: string;
}

export async function currentMembers(q: Queryable, teamId: string) {
  return rowsOf<TeamMemberRow>(
    q,
    `SELECT id, staff_user_id AS "staffUserId", full_name AS "fullName", institution, is_chair AS "isChair",
            valid_from AS "validFrom"
       FROM interdisciplinary_team_member WHERE team_id = $1 AND valid_to IS NULL
      ORDER BY is_chair DESC, full_name`,
    [teamId],
  );
}

export async function insertTeam(q: Queryable, name: string) {
  return insertedId(q, 'INSERT INTO interdisciplinary_team (name) VALUES ($1) RETURNING id', [name]);
}

export async function renameTeam(q: Queryable, id: string, name: string) {
  await q.query('UPDATE interdisciplinary_team SET name = $2 WHERE id = $1', [id, name]);
}

export async function endMembers(q: Queryable, teamId: string, on: string) {
  await q.query(
    `UPDATE interdisciplinary_team_member SET valid_to = GREATEST($2::date, valid_from)
      WHERE team_id = $1 AND valid_to IS NULL`,
    [teamId, on],
  );
}

export async function insertTeamMember(
  q: Queryable,
  teamId: string,
  m: { staffUserId: string | null; fullName: string; institution: string; isChair: boolean },
  on: string,
) {
  await q.query(
    `INSERT INTO interdisciplinary_team_member (team_id, staff_user_id, full_name, institution, is_chair, valid_from)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [teamId, m.staffUserId, m.fullName, m.institution, m.isChair, on],
  );
}
