import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';
import type { Actor } from '../../http/context.ts';
import { personScope } from '../registry/access.ts';
import { HELPED, MEMBERS, SOCIAL_ASSISTANCE_EXPENSE } from './helped-repo.ts';

// The director's dashboard: one aggregate per chart, counts only (no names except staff). Counts
// behind a list of persons are in the reader's person scope, as their lists are.

/**
 * Persons and families helped in each month: the families of the decisions covering a day of
 * the month, and every member of those families during the month. The same CTEs and period as
 * the list behind the figure (drill-down benefits.total.personsInFamilies / .families), so the
 * figure is the length of its list. A query per month: each is an index range of the projection.
 */
export async function helpedPerMonth(q: Queryable, months: readonly string[]) {
  const out: { month: string; persons: number; families: number }[] = [];
  for (const month of months) {
    const r = await q.query<{ persons: number; families: number }>(
      `WITH ${HELPED}, ${MEMBERS}
       SELECT (SELECT count(DISTINCT person_id) FROM members)::int AS persons,
              (SELECT count(DISTINCT household_id) FROM helped)::int AS families`,
      [`${month}-01`, monthEnd(month)],
    );
    out.push({ month, ...r.rows[0]! });
  }
  return out;
}

/** The last day of "YYYY-MM". */
export const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** What the ledger booked as social assistance paid, by month of payment and benefit kind (grosze). */
export async function paymentsPerMonth(q: Queryable, from: string, to: string) {
  return rowsOf<{ month: string; benefit: string; amount: number }>(
    q,
    `SELECT to_char(on_date, 'YYYY-MM') AS month, benefit, sum(amount)::bigint AS amount
       FROM report_expense WHERE on_date BETWEEN $1::date AND $2::date AND ${SOCIAL_ASSISTANCE_EXPENSE}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [from, to],
  );
}

/**
 * Families per active social worker on the day ($1): households of the applications assigned to
 * them that are still open, or whose granted benefit covers the day (application_worker_idx).
 * The list behind each bar (dashboard-lists-repo.ts) uses the same condition.
 */
export const IN_CASELOAD = `(a.status IN ('awaitingWywiad', 'awaitingProposal', 'awaitingDecision', 'appealed', 'appealForwarded')
  OR EXISTS (SELECT 1 FROM decision d WHERE d.application_id = a.id AND d.outcome = 'grant'
               AND $1::date BETWEEN d.period_from AND d.period_to))`;

/**
 * A worker's families in the caseload, each named by the applicant of its first application: the
 * count and the list both read this CTE and keep only applicants in the reader's person scope, so
 * a family sealed in a compartment is neither counted nor listed for an outsider (decision 0008).
 */
export const CASELOAD = `caseload AS (
  SELECT a.assigned_worker_id AS worker_id, a.household_id,
         (array_agg(a.applicant_id ORDER BY a.submitted_on, a.id))[1] AS person_id
    FROM application a WHERE a.assigned_worker_id IS NOT NULL AND ${IN_CASELOAD} GROUP BY 1, 2
)`;

export async function caseload(q: Queryable, actor: Actor, today: string) {
  return rowsOf<{ id: string; name: string; families: number }>(
    q,
    `WITH ${CASELOAD}
     SELECT u.id, u.full_name AS name, count(p.id)::int AS families
       FROM staff_user u
       JOIN staff_role r ON r.user_id = u.id AND r.role = 'socialWorker'
       LEFT JOIN (caseload c JOIN person p ON p.id = c.person_id AND ${personScope(actor, 'p')})
         ON c.worker_id = u.id
      WHERE u.is_active
      GROUP BY u.id, u.full_name, u.sort_key ORDER BY u.sort_key`,
    [today],
  );
}

/** Applications whose deadlines the chart watches (application_status_idx). */
export const OPEN_APPLICATION = `a.status IN ('awaitingWywiad', 'awaitingProposal', 'awaitingDecision')`;
/** Overdue (before $1, today) and due soon (from $1 to $2) per kind of deadline, on `a`: counts and lists alike. */
export const DEADLINE = {
  wywiad: {
    overdue: `a.status = 'awaitingWywiad' AND a.wywiad_due < $1`,
    dueSoon: `a.status = 'awaitingWywiad' AND a.wywiad_due BETWEEN $1 AND $2`,
  },
  decision: { overdue: 'a.decision_due < $1', dueSoon: 'a.decision_due BETWEEN $1 AND $2' },
} as const;

/** Overdue and soon-due deadlines of open applications whose applicant the reader may see: counts. */
export async function applicationDeadlines(q: Queryable, actor: Actor, today: string, soon: string) {
  const r = await q.query<{
    wywiadOverdue: number;
    wywiadSoon: number;
    decisionOverdue: number;
    decisionSoon: number;
  }>(
    `SELECT count(*) FILTER (WHERE ${DEADLINE.wywiad.overdue})::int AS "wywiadOverdue",
            count(*) FILTER (WHERE ${DEADLINE.wywiad.dueSoon})::int AS "wywiadSoon",
            count(*) FILTER (WHERE ${DEADLINE.decision.overdue})::int AS "decisionOverdue",
            count(*) FILTER (WHERE ${DEADLINE.decision.dueSoon})::int AS "decisionSoon"
       FROM application a JOIN person p ON p.id = a.applicant_id
      WHERE ${OPEN_APPLICATION} AND ${personScope(actor, 'p')}`,
    [today, soon],
  );
  return r.rows[0]!;
}

/**
 * Niebieska Karta steps overdue or due soon, across all procedures: two numbers, never which
 * procedure (blue_card_procedure_team_due_idx). Asked only for holders of `blueCard.statistics`.
 */
export async function blueCardDeadlines(q: Queryable, today: string, soon: string) {
  const r = await q.query<{ overdue: number; soon: number }>(
    `SELECT count(*) FILTER (WHERE next_due < $1)::int AS overdue,
            count(*) FILTER (WHERE next_due BETWEEN $1 AND $2)::int AS soon
       FROM blue_card_procedure WHERE next_due IS NOT NULL AND next_due <= $2 AND next_due_kind <> 'monitoringEnd'`,
    [today, soon],
  );
  return r.rows[0]!;
}

/** Counselling bookings per month by what became of them (counselling_booking_date_idx). */
export async function appointmentsPerMonth(q: Queryable, from: string, to: string) {
  return rowsOf<{ month: string; attended: number; noShow: number; cancelled: number }>(
    q,
    `SELECT to_char(slot_date, 'YYYY-MM') AS month,
            count(*) FILTER (WHERE status = 'attended')::int AS attended,
            count(*) FILTER (WHERE status = 'noShow')::int AS "noShow",
            count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
       FROM counselling_booking WHERE slot_date BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
    [from, to],
  );
}
