import type { ATTACHMENT_KEYS } from '@ostoja/domain/family-benefits/application';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';
import { type ClaimMember, type ClaimRow, claimRepo } from '../benefit-claims/repo.ts';

// SQL of family benefits: the claim table's common reads (benefit-claims/repo.ts) and the call
// to complete the attachments.

export interface ApplicationRow
  extends ClaimRow<ClaimMember, 'incomplete' | 'complete' | 'forwarded' | 'decided'> {
  singleParent: boolean;
  additions: { kind: string; personId: string }[];
  attachments: { key: (typeof ATTACHMENT_KEYS)[number]; required: boolean; provided: boolean }[];
  completionDue: string | null;
  workingAbroad: boolean;
  forwardedOn: string | null;
}

export const claims = claimRepo<ApplicationRow>({
  table: 'family_benefit_application',
  decisionColumn: 'family_benefit_application_id',
  own: [
    ['single_parent', 'singleParent'],
    ['additions', 'additions'],
    ['attachments', 'attachments'],
    ['completion_due', 'completionDue'],
    ['working_abroad', 'workingAbroad'],
    ['forwarded_on', 'forwardedOn'],
  ],
});

export async function setAttachments(
  q: Queryable,
  id: string,
  attachments: ApplicationRow['attachments'],
  status: ApplicationRow['status'],
) {
  await q.query(
    `UPDATE family_benefit_application SET attachments = $2, status = $3,
       completion_due = CASE WHEN $3 = 'incomplete' THEN completion_due END, version = version + 1 WHERE id = $1`,
    [id, JSON.stringify(attachments), status],
  );
}

/** What the family's decisions paid or listed for each month from `fromMonth` on ('YYYY-MM'), whichever decision it was. */
export async function paidFrom(q: Queryable, applicationId: string, fromMonth: string) {
  return rowsOf<{ month: string; amount: number }>(
    q,
    `SELECT to_char(s.month, 'YYYY-MM') AS month, sum(s.amount)::int AS amount
       FROM payment_schedule_item s JOIN decision d ON d.id = s.decision_id
      WHERE d.family_benefit_application_id = $1 AND s.status IN ('listed', 'paid')
        AND s.month >= ($2 || '-01')::date
      GROUP BY 1 ORDER BY 1`,
    [applicationId, fromMonth],
  );
}

/** The family benefit application a decision belongs to (null: a decision of another act). */
export async function applicationOfDecision(q: Queryable, decisionId: string) {
  const r = await q.query<{ id: string | null }>(
    'SELECT family_benefit_application_id AS id FROM decision WHERE id = $1',
    [decisionId],
  );
  return r.rows[0]?.id ?? null;
}

export interface Amendment {
  /** First month, 'YYYY-MM'. */
  from: string;
  family: Pick<ApplicationRow, 'members' | 'additions' | 'singleParent' | 'familyMonthlyIncome'> | null;
}

/** The changes and revocations of family benefit decisions from month `to` back, per application, oldest first. */
export async function amendmentsUntil(q: Queryable, to: string) {
  const r = await q.query<{ applicationId: string } & Amendment>(
    `SELECT family_benefit_application_id AS "applicationId", to_char(period_from, 'YYYY-MM') AS "from",
            CASE WHEN outcome = 'grant' THEN calculation -> 'family' END AS family
       FROM decision WHERE family_benefit_application_id IS NOT NULL AND kind <> 'original'
        AND period_from <= ($1 || '-01')::date
      ORDER BY created_at`,
    [to],
  );
  const out = new Map<string, Amendment[]>();
  for (const x of r.rows) out.set(x.applicationId, [...(out.get(x.applicationId) ?? []), x]);
  return out;
}

/** Incomplete applications in the reader's scope by the day their call to complete runs out, nearest first. */
export async function completionDeadlines(q: Queryable, scope: string, limit: number) {
  const r = await q.query<{
    applicationId: string;
    applicantId: string;
    number: string;
    applicantName: string;
    dueOn: string;
  }>(
    `SELECT f.id AS "applicationId", f.applicant_id AS "applicantId", f.number,
            p.first_name || ' ' || p.surname AS "applicantName", f.completion_due::text AS "dueOn"
       FROM family_benefit_application f JOIN person p ON p.id = f.applicant_id
      WHERE f.status = 'incomplete' AND f.completion_due IS NOT NULL AND ${scope}
      ORDER BY f.completion_due, f.id LIMIT $1`,
    [limit],
  );
  return r.rows;
}

export async function setForwardedOn(q: Queryable, id: string, on: string) {
  await q.query(
    'UPDATE family_benefit_application SET forwarded_on = $2, version = version + 1 WHERE id = $1',
    [id, on],
  );
}
