import type { DebtorStep } from '@ostoja/domain/alimony-fund/debtor-proceedings';
import type { Queryable } from '../../db/db.ts';
import { insertedId, rowsOf } from '../../db/rows.ts';

// SQL of the proceedings towards a debtor: the append-only log of steps and the open deadlines.

export interface StepRow {
  id: string;
  number: string;
  kind: DebtorStep;
  on: string;
  dueOn: string | null;
  details: Record<string, unknown>;
}

export async function steps(q: Queryable, debtorId: string) {
  return rowsOf<StepRow>(
    q,
    `SELECT id, number, kind, on_date AS "on", due_on AS "dueOn", details
       FROM alimony_debtor_step WHERE debtor_id = $1 ORDER BY on_date, created_at, id`,
    [debtorId],
  );
}

export async function insertStep(
  q: Queryable,
  debtorId: string,
  s: Omit<StepRow, 'id'>,
  by: string,
): Promise<string> {
  return insertedId(
    q,
    `INSERT INTO alimony_debtor_step (debtor_id, number, kind, on_date, due_on, details, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [debtorId, s.number, s.kind, s.on, s.dueOn, JSON.stringify(s.details), by],
  );
}

/**
 * The job-centre deadlines still open: the latest obligation of each resident debtor not followed
 * by a registration, nearest first.
 */
export async function openDeadlines(q: Queryable, limit: number) {
  return rowsOf<{ debtorId: string; number: string; name: string; dueOn: string }>(
    q,
    `SELECT d.id AS "debtorId", d.number, d.name, s.due_on AS "dueOn"
       FROM alimony_debtor d
       JOIN LATERAL (SELECT kind, due_on FROM alimony_debtor_step
                      WHERE debtor_id = d.id AND kind IN ('jobCentreObligation', 'jobCentreRegistered', 'evadingDecision')
                      ORDER BY on_date DESC, created_at DESC LIMIT 1) s ON s.kind = 'jobCentreObligation'
      WHERE d.resident
      ORDER BY s.due_on, d.id LIMIT $1`,
    [limit],
  );
}
