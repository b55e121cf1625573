import type { IntakeInput, IntakeStatus } from '@ostoja/domain/portal/intake';
import type { IntakeDetail } from '@ostoja/domain/portal/intake-response';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

/** An intake as the back office reads it (without its attachments, history and actions). */
export type IntakeRow = Omit<z.output<typeof IntakeDetail>, 'attachments' | 'history' | 'allowedActions'>;

const COLUMNS = `i.id, i.reference, i.status, i.field_team_id AS "fieldTeamId", t.name AS "fieldTeamName",
  i.applicant, i.address, i.phone, i.email, i.preferred_contact AS "preferredContact", i.household, i.help,
  i.help_other AS "helpOther", i.reasons, i.description, i.submitted_at AS "submittedAt",
  i.assigned_worker_id AS "assignedWorkerId", w.full_name AS "assignedWorkerName", i.household_id AS "householdId",
  i.person_id AS "personId", i.application_id AS "applicationId", i.decline_reason AS "declineReason", i.version`;
const FROM = `intake i LEFT JOIN org_unit t ON t.id = i.field_team_id LEFT JOIN staff_user w ON w.id = i.assigned_worker_id`;

export async function insertIntake(
  q: Queryable,
  i: IntakeInput & { reference: string; codeHash: string; fieldTeamId: string | null },
) {
  const r = await q.query<{ id: string; submittedAt: Date }>(
    `INSERT INTO intake (reference, code_hash, field_team_id, applicant, address, phone, email, preferred_contact,
                         household, help, help_other, reasons, description)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, submitted_at AS "submittedAt"`,
    [
      i.reference,
      i.codeHash,
      i.fieldTeamId,
      JSON.stringify(i.applicant),
      JSON.stringify(i.address),
      i.phone ?? null,
      i.email ?? null,
      i.preferredContact,
      JSON.stringify(i.household),
      i.help,
      i.helpOther ?? null,
      i.reasons,
      i.description,
    ],
  );
  return r.rows[0]!;
}

export async function findIntake(q: Queryable, id: string, forUpdate = false) {
  return rowOf<IntakeRow>(
    q,
    `SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = $1 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
    [id],
  );
}

/** The intake a resident proves with reference and code; one query, so both mistakes look alike. */
export async function findByCode(q: Queryable, reference: string, codeHash: string) {
  return rowOf<IntakeRow>(q, `SELECT ${COLUMNS} FROM ${FROM} WHERE i.reference = $1 AND i.code_hash = $2`, [
    reference,
    codeHash,
  ]);
}

export async function listIntakes(
  q: Queryable,
  o: {
    team: string | null | 'all';
    status?: string | undefined;
    after: After;
    limit: number;
  },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.team === null) where.push('i.field_team_id IS NULL');
  else if (o.team !== 'all') where.push(`i.field_team_id = $${params.push(o.team)}`);
  if (o.status) where.push(`i.status = $${params.push(o.status)}`);
  if (o.after)
    where.push(
      `(i.submitted_at, i.id) > ($${params.push(o.after[0])}::timestamptz, $${params.push(o.after[1])}::uuid)`,
    );
  return rowsOf<IntakeRow & { cursorAt: string; attachmentCount: number }>(
    q,
    `SELECT ${COLUMNS}, i.submitted_at::text AS "cursorAt",
            (SELECT count(*)::int FROM intake_attachment a WHERE a.intake_id = i.id AND a.sha256 IS NOT NULL) AS "attachmentCount"
       FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY i.submitted_at, i.id LIMIT ${o.limit + 1}`,
    params,
  );
}

export async function updateIntake(
  q: Queryable,
  id: string,
  version: number,
  set: Partial<{
    status: IntakeStatus;
    fieldTeamId: string;
    assignedWorkerId: string;
    householdId: string;
    personId: string;
    applicationId: string | null;
    declineReason: string;
  }>,
) {
  const cols: Record<string, string> = {
    status: 'status',
    fieldTeamId: 'field_team_id',
    assignedWorkerId: 'assigned_worker_id',
    householdId: 'household_id',
    personId: 'person_id',
    applicationId: 'application_id',
    declineReason: 'decline_reason',
  };
  const params: unknown[] = [id, version];
  const assignments = Object.entries(set).map(([k, v]) => `${cols[k]} = $${params.push(v)}`);
  return oneRow(
    q,
    `UPDATE intake SET ${assignments.join(', ')}, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2`,
    params,
  );
}

export async function addEvent(
  q: Queryable,
  intakeId: string,
  status: string,
  actorId: string | null,
  note?: string,
) {
  await q.query('INSERT INTO intake_event (intake_id, status, actor_id, note) VALUES ($1, $2, $3, $4)', [
    intakeId,
    status,
    actorId,
    note ?? null,
  ]);
}

export async function events(q: Queryable, intakeId: string) {
  return rowsOf<{ status: IntakeStatus; at: Date; actorName: string | null; note: string | null }>(
    q,
    `SELECT e.status, e.at, s.full_name AS "actorName", e.note FROM intake_event e
       LEFT JOIN staff_user s ON s.id = e.actor_id WHERE e.intake_id = $1 ORDER BY e.id`,
    [intakeId],
  );
}

export interface AttachmentRow {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  received: number;
  complete: boolean;
  createdAt: Date;
}

export async function attachments(q: Queryable, intakeId: string) {
  return rowsOf<AttachmentRow>(
    q,
    `SELECT id, file_name AS "fileName", media_type AS "mediaType", size, octet_length(data) AS received,
            sha256 IS NOT NULL AS complete, created_at AS "createdAt"
       FROM intake_attachment WHERE intake_id = $1 ORDER BY created_at, id`,
    [intakeId],
  );
}

export async function insertAttachment(
  q: Queryable,
  a: { intakeId: string; fileName: string; mediaType: string; size: number },
) {
  return insertedId(
    q,
    `INSERT INTO intake_attachment (intake_id, file_name, media_type, size, data) VALUES ($1, $2, $3, $4, '') RETURNING id`,
    [a.intakeId, a.fileName, a.mediaType, a.size],
  );
}

/** Uploads abandoned for a day are dropped: they were never complete, so nobody relies on them. */
export async function dropStaleUploads(q: Queryable, intakeId: string) {
  await q.query(
    `DELETE FROM intake_attachment WHERE intake_id = $1 AND sha256 IS NULL AND created_at < now() - interval '1 day'`,
    [intakeId],
  );
}

export async function attachmentFile(q: Queryable, intakeId: string, id: string) {
  return rowOf<{ data: Uint8Array; fileName: string; mediaType: string }>(
    q,
    `SELECT data, file_name AS "fileName", media_type AS "mediaType" FROM intake_attachment
      WHERE id = $1 AND intake_id = $2 AND sha256 IS NOT NULL`,
    [id, intakeId],
  );
}

/**
 * Online applications still to be handled by a field team (intake_queue_idx): received, or in
 * review by this worker. For "Moja praca" of the team's social workers.
 */
export async function openIntakesOfTeam(q: Queryable, teamId: string, workerId: string) {
  const r = await q.query<{
    id: string;
    reference: string;
    applicant: IntakeInput['applicant'];
    address: IntakeInput['address'];
    submittedOn: string;
  }>(
    `SELECT i.id, i.reference, i.applicant, i.address,
            to_char(i.submitted_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM-DD') AS "submittedOn"
       FROM intake i
      WHERE i.field_team_id = $1
        AND (i.status = 'received' OR (i.status = 'inReview' AND i.assigned_worker_id = $2))
      ORDER BY i.submitted_at, i.id LIMIT 200`,
    [teamId, workerId],
  );
  return r.rows;
}

/** Locks the intake's row: attachments are counted and added one request at a time. */
export async function lockIntake(q: Queryable, id: string) {
  await q.query('SELECT 1 FROM intake WHERE id = $1 FOR UPDATE', [id]);
}

export async function hasAttachment(q: Queryable, intakeId: string, id: string) {
  const r = await q.query('SELECT 1 FROM intake_attachment WHERE id = $1 AND intake_id = $2', [id, intakeId]);
  return (r.rowCount ?? 0) > 0;
}

/** Whether the application is the household's (an intake is linked only to its own household's case). */
export async function applicationOfHousehold(q: Queryable, applicationId: string, householdId: string) {
  const r = await q.query('SELECT 1 FROM application WHERE id = $1 AND household_id = $2', [
    applicationId,
    householdId,
  ]);
  return (r.rowCount ?? 0) > 0;
}
