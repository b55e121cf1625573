import type { Queryable } from '../../db/db.ts';
import { type After, rowsOf } from '../../db/rows.ts';
import type { Actor } from '../../http/context.ts';
import { personScope } from './access.ts';
import { procedureScope } from './compartment.ts';

// A person's history across the modules, newest first: the applications of the households they
// lived in when the application was filed, the home visits and decisions of those applications,
// the benefits paid to them, and Niebieska Karta procedures — only those the reader sees in the
// compartment. One query; the registry's row scope and the compartment's are in its SQL, so a
// sealed person the reader may not see is "not found", exactly as a missing one.

export interface HistoryEvent {
  kind: 'application' | 'visit' | 'decision' | 'payment' | 'procedure';
  id: string;
  on: string;
  /** What opens the event: the application (application, visit, decision), the payment item, the procedure. */
  refId: string;
  number: string | null;
  benefit: string | null;
  status: string | null;
  amount: number | null;
  detail: string | null;
}

function historySql(actor: Actor): string {
  return `WITH who AS (SELECT p.id FROM person p WHERE p.id = $1 AND ${personScope(actor, 'p')}),
    apps AS (
      SELECT a.* FROM application a, who
       WHERE a.applicant_id = who.id
          OR EXISTS (SELECT 1 FROM household_membership m WHERE m.person_id = who.id AND m.household_id = a.household_id
                       AND m.valid_from <= a.submitted_on AND (m.valid_to IS NULL OR m.valid_to >= a.submitted_on))
    ),
    events AS (
      SELECT 'application' AS kind, a.id, a.submitted_on AS on_date, a.id AS ref_id, a.number,
             array_to_string(a.benefits, ',') AS benefit, a.status, NULL::bigint AS amount, a.channel AS detail
        FROM apps a
      UNION ALL
      SELECT 'visit', w.id, w.visited_on, a.id, a.number, NULL, NULL, NULL, NULL
        FROM wywiad w JOIN apps a ON a.id = w.application_id
      UNION ALL
      SELECT 'decision', d.id, d.decided_on, a.id, d.number, d.benefit, d.outcome, d.amount,
             CASE WHEN d.period_from IS NULL THEN NULL ELSE d.period_from::text || '/' || d.period_to::text END
        FROM decision d JOIN apps a ON a.id = d.application_id
      UNION ALL
      SELECT 'payment', i.id, i.paid_on, i.id, i.decision_number, i.benefit, i.status, i.amount,
             to_char(i.month, 'YYYY-MM')
        FROM payment_item i, who WHERE i.person_id = who.id AND i.status IN ('paid', 'returned')
      UNION ALL
      SELECT 'procedure', b.id, b.opened_on, b.id, b.number, NULL, b.status, NULL,
             (SELECT string_agg(DISTINCT bp.role, ',') FROM blue_card_person bp
               WHERE bp.procedure_id = b.id AND bp.person_id = who.id)
        FROM blue_card_procedure b, who
       WHERE EXISTS (SELECT 1 FROM blue_card_person bp WHERE bp.procedure_id = b.id AND bp.person_id = who.id)
         AND ${procedureScope(actor, 'b.id')}
    )
    SELECT (SELECT count(*) FROM who)::int AS found, e.kind, e.id, e.on_date::text AS "on", e.ref_id AS "refId",
           e.number, e.benefit, e.status, e.amount::int AS amount, e.detail
      FROM (SELECT 1) one LEFT JOIN events e ON
           ($2::date IS NULL OR (e.on_date, e.id) < ($2::date, $3::uuid))
     ORDER BY e.on_date DESC, e.id DESC LIMIT $4`;
}

/** The reader's page of a person's events after the keyset (date, id); `found` is 0 when the person is out of scope. */
export async function historyRows(q: Queryable, actor: Actor, personId: string, after: After, limit: number) {
  return rowsOf<HistoryEvent & { found: number }>(q, historySql(actor), [
    personId,
    after?.[0] ?? null,
    after?.[1] ?? null,
    limit,
  ]);
}
