import type { Rectification } from '@ostoja/domain/records/records';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';

// The person's rectification history (RODO art. 16): the registry writes a revision with each
// change of a person; records management reads it (and clears it when the person is anonymised).

export async function insertRevision(
  q: Queryable,
  personId: string,
  version: number,
  actorId: string,
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  await q.query(
    'INSERT INTO person_revision (person_id, version, changed_by, changes) VALUES ($1, $2, $3, $4)',
    [personId, version, actorId, JSON.stringify(changes)],
  );
}

export async function revisions(q: Queryable, personId: string) {
  return rowsOf<Omit<Rectification, 'changedAt'> & { changedAt: Date }>(
    q,
    `SELECT r.version, r.changed_at AS "changedAt", u.full_name AS "changedBy", r.changes
       FROM person_revision r LEFT JOIN staff_user u ON u.id = r.changed_by
      WHERE r.person_id = $1 ORDER BY r.id DESC`,
    [personId],
  );
}
