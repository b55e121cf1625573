import type { UkrStatusChange, UkrStatusData, UkrStatusValue } from '@ostoja/domain/registry/ukr-status';
import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the UKR status (act of 12.03.2022): the person's columns and the history of changes.

export interface UkrStatusRow {
  personId: string;
  status: UkrStatusValue;
  since: string | null;
  lostOn: string | null;
  lostReason: UkrStatusData['lostReason'];
  citizenship: string;
  documentType: string | null;
}

/** The status now, with what the residence check needs, of a person in the reader's scope (locked to change it). */
export async function findStatus(q: Queryable, personId: string, scope: string, forUpdate = false) {
  return rowOf<UkrStatusRow>(
    q,
    `SELECT p.id AS "personId", p.ukr_status AS status, p.ukr_since AS since, p.ukr_lost_on AS "lostOn",
            p.ukr_lost_reason AS "lostReason", p.citizenship, p.document_type AS "documentType"
       FROM person p WHERE p.id = $1 AND (${scope})${forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [personId],
  );
}

/** Sets the status and writes the change into its history (who, when). */
export async function setStatus(q: Queryable, personId: string, s: UkrStatusData, actorId: string | null) {
  await q.query(
    `UPDATE person SET ukr_status = $2, ukr_since = $3, ukr_lost_on = $4, ukr_lost_reason = $5,
            updated_at = now()
      WHERE id = $1`,
    [personId, s.status, s.since, s.lostOn, s.lostReason],
  );
  await q.query(
    `INSERT INTO person_ukr_status_change (person_id, status, since, lost_on, lost_reason, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [personId, s.status, s.since, s.lostOn, s.lostReason, actorId],
  );
}

/** The history of the person's status, newest first. */
export async function history(q: Queryable, personId: string) {
  return rowsOf<Omit<UkrStatusChange, 'changedAt'> & { changedAt: Date }>(
    q,
    `SELECT c.status, c.since, c.lost_on AS "lostOn", c.lost_reason AS "lostReason",
            u.full_name AS "changedBy", c.changed_at AS "changedAt"
       FROM person_ukr_status_change c LEFT JOIN staff_user u ON u.id = c.changed_by
      WHERE c.person_id = $1 ORDER BY c.id DESC`,
    [personId],
  );
}
