import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowsOf } from '../../db/rows.ts';

// SQL of the health-care decisions. A decision is read through its person, so the registry's scope
// is part of each query.

export interface DecisionRow {
  id: string;
  number: string;
  personId: string;
  firstName: string;
  surname: string;
  sex: 'F' | 'M';
  pesel: string | null;
  applicationId: string;
  outcome: 'grant' | 'refuse';
  basis: 'application' | 'emergencyCare';
  appliedOn: string;
  decidedOn: string;
  rightFrom: string | null;
  rightTo: string | null;
  endedByInsurance: boolean;
  incomeGrosze: number;
  criterionGrosze: number;
  steps: unknown[];
  decidedBy: string | null;
}

const DECISION = `SELECT d.id, d.number, d.person_id AS "personId", p.first_name AS "firstName", p.surname, p.sex, p.pesel,
        d.application_id AS "applicationId", d.outcome, d.basis, to_char(d.applied_on, 'YYYY-MM-DD') AS "appliedOn",
        to_char(d.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(d.right_from, 'YYYY-MM-DD') AS "rightFrom",
        to_char(d.right_to, 'YYYY-MM-DD') AS "rightTo", d.ended_by_insurance AS "endedByInsurance",
        d.income_grosze AS "incomeGrosze", d.criterion_grosze AS "criterionGrosze", d.steps, d.decided_by AS "decidedBy"
   FROM health_care_decision d JOIN person p ON p.id = d.person_id`;

/** Newest decided first; `current`: only granted rights that last until today or later. */
export async function listDecisions(
  q: Queryable,
  scope: string,
  filter: { personId: string | null; current: boolean },
  after: After,
  limit: number,
) {
  return rowsOf<DecisionRow>(
    q,
    `${DECISION} WHERE ${scope} AND ($1::uuid IS NULL OR d.person_id = $1)
        AND (NOT $2::boolean OR (d.outcome = 'grant' AND d.right_to >= current_date))
        AND ($3::date IS NULL OR (d.decided_on, d.id) < ($3::date, $4::uuid))
      ORDER BY d.decided_on DESC, d.id DESC LIMIT $5`,
    [filter.personId, filter.current, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findDecision(q: Queryable, id: string, scope: string) {
  return (await q.query<DecisionRow>(`${DECISION} WHERE d.id = $1 AND ${scope}`, [id])).rows[0] ?? null;
}

export type NewDecision = Pick<
  DecisionRow,
  | 'number'
  | 'personId'
  | 'applicationId'
  | 'outcome'
  | 'basis'
  | 'appliedOn'
  | 'decidedOn'
  | 'rightFrom'
  | 'rightTo'
  | 'endedByInsurance'
  | 'incomeGrosze'
  | 'criterionGrosze'
  | 'steps'
> & { wywiadId: string; careStartedOn: string | null; insuredFrom: string | null };

export async function insertDecision(q: Queryable, n: NewDecision, by: string) {
  return insertedId(
    q,
    `INSERT INTO health_care_decision (number, person_id, application_id, wywiad_id, outcome, basis, applied_on,
        care_started_on, insured_from, decided_on, right_from, right_to, ended_by_insurance, income_grosze,
        criterion_grosze, steps, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [
      n.number,
      n.personId,
      n.applicationId,
      n.wywiadId,
      n.outcome,
      n.basis,
      n.appliedOn,
      n.careStartedOn,
      n.insuredFrom,
      n.decidedOn,
      n.rightFrom,
      n.rightTo,
      n.endedByInsurance,
      n.incomeGrosze,
      n.criterionGrosze,
      JSON.stringify(n.steps),
      by,
    ],
  );
}
