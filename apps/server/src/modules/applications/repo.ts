import type { ApplicationBenefit, Channel } from '@ostoja/domain/applications/application';
import type { CelowyPurpose, HelpForm } from '@ostoja/domain/applications/celowy-purpose';
import type { CalculationFigures } from '@ostoja/domain/applications/responses';
import type {
  AppealOutcome,
  ApplicationAction,
  ApplicationStatus,
} from '@ostoja/domain/applications/workflow';
import type { MemberIncomeInput } from '@ostoja/domain/benefits/income';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

export interface ApplicationRow {
  id: string;
  number: string;
  householdId: string;
  applicantId: string;
  applicantName: string;
  channel: Channel;
  submittedOn: string;
  benefits: ApplicationBenefit[];
  helpReasons: string[];
  urgent: boolean;
  complicated: boolean;
  description: string | null;
  fieldTeamId: string | null;
  assignedWorkerId: string | null;
  assignedWorkerName: string | null;
  status: ApplicationStatus;
  wywiadDue: string;
  decisionDue: string;
  version: number;
}

const APP_COLUMNS = `a.id, a.number, a.household_id AS "householdId", a.applicant_id AS "applicantId",
  p.first_name || ' ' || p.surname AS "applicantName", a.channel, a.submitted_on AS "submittedOn", a.benefits,
  a.help_reasons AS "helpReasons", a.urgent, a.complicated, a.description, a.field_team_id AS "fieldTeamId",
  a.assigned_worker_id AS "assignedWorkerId", w.full_name AS "assignedWorkerName", a.status,
  a.wywiad_due AS "wywiadDue", a.decision_due AS "decisionDue", a.version`;
const APP_FROM = `application a JOIN person p ON p.id = a.applicant_id LEFT JOIN staff_user w ON w.id = a.assigned_worker_id`;

export async function insertApplication(
  q: Queryable,
  a: Omit<ApplicationRow, 'id' | 'applicantName' | 'assignedWorkerName' | 'version'>,
) {
  return insertedId(
    q,
    `INSERT INTO application (number, household_id, applicant_id, channel, submitted_on, benefits, help_reasons, urgent,
       complicated, description, field_team_id, assigned_worker_id, status, wywiad_due, decision_due)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      a.number,
      a.householdId,
      a.applicantId,
      a.channel,
      a.submittedOn,
      a.benefits,
      a.helpReasons,
      a.urgent,
      a.complicated,
      a.description,
      a.fieldTeamId,
      a.assignedWorkerId,
      a.status,
      a.wywiadDue,
      a.decisionDue,
    ],
  );
}

export async function findApplication(q: Queryable, id: string, forUpdate = false) {
  if (forUpdate) await q.query('SELECT 1 FROM application WHERE id = $1 FOR UPDATE', [id]);
  return rowOf<ApplicationRow>(q, `SELECT ${APP_COLUMNS} FROM ${APP_FROM} WHERE a.id = $1`, [id]);
}

export interface QueueFilter {
  status: string | null;
  workerId: string | null;
  householdId: string | null;
  after: After;
  limit: number;
}

/** Oldest deadline first; keyset on (decision_due, id). */
/** The queue's page as a statement (text and parameters), for a caller that logs the read in it. */
export function listApplications(f: QueueFilter): [string, unknown[]] {
  return [
    `SELECT ${APP_COLUMNS} FROM ${APP_FROM}
      WHERE ($1::text IS NULL OR a.status = $1) AND ($2::uuid IS NULL OR a.assigned_worker_id = $2)
        AND ($3::uuid IS NULL OR a.household_id = $3)
        AND ($4::date IS NULL OR (a.decision_due, a.id) > ($4::date, $5::uuid))
      ORDER BY a.decision_due, a.id LIMIT $6`,
    [f.status, f.workerId, f.householdId, f.after?.[0] ?? null, f.after?.[1] ?? null, f.limit + 1],
  ];
}

export async function setStatus(q: Queryable, id: string, status: string, workerId?: string | null) {
  await q.query(
    `UPDATE application SET status = $2, assigned_worker_id = COALESCE($3, assigned_worker_id), version = version + 1
      WHERE id = $1`,
    [id, status, workerId ?? null],
  );
}

export async function actions(q: Queryable, applicationId: string) {
  const r = await q.query<
    ApplicationAction & { id: number; actorId: string | null; actorName: string | null; at: Date }
  >(
    `SELECT x.id, x.type, to_char(x.on_date, 'YYYY-MM-DD') AS on, x.payload, x.actor_id AS "actorId",
            u.full_name AS "actorName", x.at
       FROM application_action x LEFT JOIN staff_user u ON u.id = x.actor_id
      WHERE x.application_id = $1 ORDER BY x.id`,
    [applicationId],
  );
  return r.rows;
}

export async function appendAction(
  q: Queryable,
  applicationId: string,
  a: ApplicationAction,
  actorId: string | null,
) {
  await q.query(
    'INSERT INTO application_action (application_id, type, on_date, payload, actor_id) VALUES ($1, $2, $3, $4, $5)',
    [applicationId, a.type, a.on, a.payload ?? {}, actorId],
  );
}

/** The social worker of a field team with the fewest open applications. */
export async function leastBusyWorker(q: Queryable, fieldTeamId: string | null) {
  if (!fieldTeamId) return null;
  const r = await q.query<{ id: string }>(
    `SELECT u.id FROM staff_user u JOIN staff_role r ON r.user_id = u.id AND r.role = 'socialWorker'
      WHERE u.org_unit_id = $1 AND u.is_active
      ORDER BY (SELECT count(*) FROM application a WHERE a.assigned_worker_id = u.id
                 AND a.status NOT IN ('closed', 'withdrawn', 'decided')), u.sort_key
      LIMIT 1`,
    [fieldTeamId],
  );
  return r.rows[0]?.id ?? null;
}

export async function insertWywiad(q: Queryable, w: Record<string, unknown>) {
  return insertedId(
    q,
    `INSERT INTO wywiad (application_id, household_id, worker_id, visited_on, income_lost, health, housing, needs,
       conclusions, help_plan, farm_hectares, members)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      w.applicationId,
      w.householdId,
      w.workerId,
      w.visitedOn,
      w.incomeLost,
      w.health ?? null,
      w.housing ?? null,
      w.needs ?? null,
      w.conclusions,
      w.helpPlan ?? null,
      w.farmHectares,
      JSON.stringify(w.members),
    ],
  );
}

export interface WywiadRow {
  id: string;
  workerName: string;
  visitedOn: string;
  incomeLost: boolean;
  health: string | null;
  housing: string | null;
  needs: string | null;
  conclusions: string;
  helpPlan: string | null;
  farmHectares: number;
  members: (Omit<MemberIncomeInput, 'name'> & { personId: string })[];
}

export async function wywiady(q: Queryable, applicationId: string) {
  return rowsOf<WywiadRow>(
    q,
    `SELECT w.id, u.full_name AS "workerName", w.visited_on AS "visitedOn", w.income_lost AS "incomeLost", w.health,
            w.housing, w.needs, w.conclusions, w.help_plan AS "helpPlan", w.farm_hectares AS "farmHectares", w.members
       FROM wywiad w JOIN staff_user u ON u.id = w.worker_id
      WHERE w.application_id = $1 ORDER BY w.visited_on DESC, w.created_at DESC`,
    [applicationId],
  );
}

export interface ProposalRow {
  id: string;
  wywiadId: string;
  workerName: string;
  benefit: ApplicationBenefit;
  personIds: string[];
  unableToWork: boolean;
  amount: number;
  periodFrom: string;
  periodTo: string;
  purpose: string | null;
  justification: string;
  calculation: z.output<typeof CalculationFigures> & { steps?: unknown[] };
  createdAt: Date;
}

export async function insertProposal(
  q: Queryable,
  p: Omit<ProposalRow, 'id' | 'workerName' | 'createdAt'> & { applicationId: string; workerId: string },
) {
  return insertedId(
    q,
    `INSERT INTO proposal (application_id, wywiad_id, worker_id, benefit, person_ids, unable_to_work, amount, period_from,
       period_to, purpose, justification, calculation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      p.applicationId,
      p.wywiadId,
      p.workerId,
      p.benefit,
      p.personIds,
      p.unableToWork,
      p.amount,
      p.periodFrom,
      p.periodTo,
      p.purpose,
      p.justification,
      JSON.stringify(p.calculation),
    ],
  );
}

export async function proposals(q: Queryable, applicationId: string) {
  return rowsOf<ProposalRow>(
    q,
    `SELECT x.id, x.wywiad_id AS "wywiadId", u.full_name AS "workerName", x.benefit, x.person_ids AS "personIds",
            x.unable_to_work AS "unableToWork", x.amount, x.period_from AS "periodFrom", x.period_to AS "periodTo",
            x.purpose, x.justification, x.calculation, x.created_at AS "createdAt"
       FROM proposal x JOIN staff_user u ON u.id = x.worker_id
      WHERE x.application_id = $1 ORDER BY x.created_at DESC`,
    [applicationId],
  );
}

export interface DecisionRow {
  id: string;
  applicationId: string;
  number: string;
  outcome: 'grant' | 'refuse' | 'revoke' | 'suspend';
  kind: 'original' | 'change' | 'revoke' | 'suspend';
  amendsDecisionId: string | null;
  amendsNumber: string | null;
  benefit: ApplicationBenefit;
  amount: number;
  periodFrom: string | null;
  periodTo: string | null;
  schedule: { month: string; amount: number; days: number | null }[];
  paymentMethod: 'transfer' | 'cashDesk' | null;
  iban: string | null;
  legalBasis: string;
  justification: string;
  calculation: unknown;
  decidedOn: string;
  deliveredOn: string | null;
  signedByName: string;
  signatoryJobTitle: string | null;
  signatoryAuthorisation: string | null;
  draftedByName: string | null;
  purpose: CelowyPurpose | null;
  helpForm: HelpForm;
  items: { name: string; quantity: number; unitGrosze?: number | null }[];
  handout: { handedOutOn: string; handedOutByName: string; receivedBy: string } | null;
}

const DECISION_COLUMNS = `d.id, d.application_id AS "applicationId", d.number, d.outcome, d.benefit, d.amount,
  d.period_from AS "periodFrom", d.period_to AS "periodTo", d.schedule, d.payment_method AS "paymentMethod", d.iban,
  d.legal_basis AS "legalBasis", d.justification, d.calculation, d.decided_on AS "decidedOn",
  d.delivered_on AS "deliveredOn", u.full_name AS "signedByName", d.signatory_job_title AS "signatoryJobTitle",
  d.signatory_authorisation AS "signatoryAuthorisation",
  (SELECT x.full_name FROM staff_user x WHERE x.id = d.drafted_by_id) AS "draftedByName", d.kind, d.amends_decision_id AS "amendsDecisionId",
  (SELECT a.number FROM decision a WHERE a.id = d.amends_decision_id) AS "amendsNumber",
  d.purpose, d.help_form AS "helpForm", d.items,
  (SELECT json_build_object('handedOutOn', h.handed_out_on, 'handedOutByName', x.full_name, 'receivedBy', h.received_by)
     FROM decision_handout h JOIN staff_user x ON x.id = h.handed_out_by_id WHERE h.decision_id = d.id) AS handout`;

export async function insertDecision(
  q: Queryable,
  d: Omit<
    DecisionRow,
    | 'id'
    | 'signedByName'
    | 'deliveredOn'
    | 'kind'
    | 'amendsDecisionId'
    | 'amendsNumber'
    | 'signatoryJobTitle'
    | 'signatoryAuthorisation'
    | 'draftedByName'
    | 'applicationId'
    | 'benefit'
    | 'purpose'
    | 'helpForm'
    | 'items'
    | 'handout'
  > & {
    /** A zasiłek celowy's purpose and clothing items (art. 39, art. 48 ups). */
    purpose?: CelowyPurpose | null;
    helpForm?: HelpForm;
    items?: DecisionRow['items'];
    /** Null for a family benefit decision, which names its own application instead. */
    applicationId: string | null;
    /** A social assistance benefit, the family benefit (zasiłek rodzinny with its dodatki) or the alimony fund. */
    benefit:
      | DecisionRow['benefit']
      | 'zasilekRodzinny'
      | 'funduszAlimentacyjny'
      | 'dodatekMieszkaniowy'
      | 'dodatekEnergetyczny';
    familyBenefitApplicationId?: string | null;
    alimonyFundApplicationId?: string | null;
    housingAllowanceApplicationId?: string | null;
    /** A meals programme's zasiłek celowy (its own decision row names no application). */
    mealAidId?: string | null;
    proposalId: string | null;
    signedById: string;
    /** Under four-eyes approval, the clerk who drafted it. */
    draftedById?: string | null;
    kind?: DecisionRow['kind'];
    amendsDecisionId?: string | null;
  },
) {
  return insertedId(
    q,
    `INSERT INTO decision (application_id, proposal_id, number, outcome, benefit, amount, period_from, period_to, schedule,
       payment_method, iban, legal_basis, justification, calculation, decided_on, signed_by_id, kind, amends_decision_id,
       drafted_by_id, signatory_job_title, signatory_authorisation, family_benefit_application_id, alimony_fund_application_id,
       housing_allowance_application_id, meal_aid_id, purpose, help_form, items)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
       (SELECT job_title FROM staff_user WHERE id = $16), (SELECT authorisation_number FROM staff_user WHERE id = $16), $20, $21, $22, $23,
       $24, $25, $26)
     RETURNING id`,
    [
      d.applicationId,
      d.proposalId,
      d.number,
      d.outcome,
      d.benefit,
      d.amount,
      d.periodFrom,
      d.periodTo,
      JSON.stringify(d.schedule),
      d.paymentMethod,
      d.iban,
      d.legalBasis,
      d.justification,
      d.calculation ? JSON.stringify(d.calculation) : null,
      d.decidedOn,
      d.signedById,
      d.kind ?? 'original',
      d.amendsDecisionId ?? null,
      d.draftedById ?? null,
      d.familyBenefitApplicationId ?? null,
      d.alimonyFundApplicationId ?? null,
      d.housingAllowanceApplicationId ?? null,
      d.mealAidId ?? null,
      d.purpose ?? null,
      d.helpForm ?? 'cash',
      JSON.stringify(d.items ?? []),
    ],
  );
}

/** A change or revocation ends the amended decision's period the day before (the decided end is kept). */
export async function endDecisionBefore(q: Queryable, decisionId: string, fromMonth: string) {
  await q.query(
    `UPDATE decision SET original_period_to = COALESCE(original_period_to, period_to),
            period_to = ($2 || '-01')::date - 1 WHERE id = $1`,
    [decisionId, fromMonth],
  );
}

export async function decisions(q: Queryable, applicationId: string) {
  return rowsOf<DecisionRow>(
    q,
    `SELECT ${DECISION_COLUMNS} FROM decision d JOIN staff_user u ON u.id = d.signed_by_id
      WHERE d.application_id = $1 ORDER BY d.created_at DESC`,
    [applicationId],
  );
}

/** The hand-out of an in-kind clothing decision's items: who handed them out, when, who signed for them. */
export async function insertHandout(
  q: Queryable,
  h: { decisionId: string; handedOutOn: string; handedOutById: string; receivedBy: string },
) {
  await q.query(
    `INSERT INTO decision_handout (decision_id, handed_out_on, handed_out_by_id, received_by) VALUES ($1, $2, $3, $4)`,
    [h.decisionId, h.handedOutOn, h.handedOutById, h.receivedBy],
  );
}

export async function findDecision(q: Queryable, id: string) {
  return rowOf<DecisionRow>(
    q,
    `SELECT ${DECISION_COLUMNS} FROM decision d JOIN staff_user u ON u.id = d.signed_by_id WHERE d.id = $1`,
    [id],
  );
}

export async function setDelivered(q: Queryable, decisionId: string, on: string) {
  await q.query('UPDATE decision SET delivered_on = $2 WHERE id = $1', [decisionId, on]);
}

export interface AppealRow {
  id: string;
  decisionId: string;
  receivedOn: string;
  appellant: string | null;
  summary: string | null;
  forwardDue: string;
  forwardedOn: string | null;
  outcome: AppealOutcome | null;
  outcomeOn: string | null;
  note: string | null;
}

export async function appeals(q: Queryable, applicationId: string) {
  return rowsOf<AppealRow>(
    q,
    `SELECT id, decision_id AS "decisionId", received_on AS "receivedOn", appellant, summary, forward_due AS "forwardDue",
            forwarded_on AS "forwardedOn", outcome, outcome_on AS "outcomeOn", note
       FROM appeal WHERE application_id = $1 ORDER BY received_on DESC`,
    [applicationId],
  );
}

export async function insertAppeal(
  q: Queryable,
  a: Omit<AppealRow, 'id' | 'forwardedOn' | 'outcome' | 'outcomeOn' | 'note'> & { applicationId: string },
) {
  return insertedId(
    q,
    `INSERT INTO appeal (application_id, decision_id, received_on, appellant, summary, forward_due)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [a.applicationId, a.decisionId, a.receivedOn, a.appellant, a.summary, a.forwardDue],
  );
}

export async function updateAppeal(
  q: Queryable,
  id: string,
  fields: { forwardedOn?: string; outcome?: string; outcomeOn?: string; note?: string | null },
) {
  await q.query(
    `UPDATE appeal SET forwarded_on = COALESCE($2, forwarded_on), outcome = COALESCE($3, outcome),
            outcome_on = COALESCE($4, outcome_on), note = COALESCE($5, note) WHERE id = $1`,
    [id, fields.forwardedOn ?? null, fields.outcome ?? null, fields.outcomeOn ?? null, fields.note ?? null],
  );
}

/** The household's address, so "Moja praca" shows where each home visit is. */
interface DueAddress {
  street: string;
  building: string;
  apartment: string | null;
  postalCode: string | null;
  city: string;
}
const DUE_ADDRESS = `h.street, h.building, h.apartment, h.postal_code AS "postalCode", h.city`;

/** What is due for one worker or for the benefits section, nearest deadline first. */
export async function dueForWorker(q: Queryable, workerId: string) {
  return rowsOf<ApplicationRow & DueAddress>(
    q,
    `SELECT ${APP_COLUMNS}, ${DUE_ADDRESS} FROM ${APP_FROM} JOIN household h ON h.id = a.household_id
      WHERE a.assigned_worker_id = $1 AND a.status IN ('awaitingWywiad', 'awaitingProposal')
      ORDER BY CASE WHEN a.status = 'awaitingWywiad' THEN a.wywiad_due ELSE a.decision_due END, a.id LIMIT 200`,
    [workerId],
  );
}

export async function dueForSection(q: Queryable) {
  return rowsOf<ApplicationRow & DueAddress & { forwardDue: string | null }>(
    q,
    `SELECT ${APP_COLUMNS}, ${DUE_ADDRESS}, (SELECT min(forward_due) FROM appeal x WHERE x.application_id = a.id AND x.forwarded_on IS NULL)
            AS "forwardDue"
       FROM ${APP_FROM} JOIN household h ON h.id = a.household_id
      WHERE a.status IN ('awaitingDecision', 'appealed')
      ORDER BY a.decision_due, a.id LIMIT 200`,
  );
}

/** Drafted decisions waiting for a second person's approval (four-eyes). */
export async function dueForApproval(q: Queryable) {
  return rowsOf<ApplicationRow & DueAddress>(
    q,
    `SELECT ${APP_COLUMNS}, ${DUE_ADDRESS}
       FROM ${APP_FROM} JOIN household h ON h.id = a.household_id
      WHERE a.status = 'awaitingApproval'
      ORDER BY a.decision_due, a.id LIMIT 200`,
  );
}

/**
 * Continuing benefits (zasiłek stały) of the worker's cases whose home visit is older than five
 * months: the update is due six months after the last visit (art. 107 ust. 4 ups).
 */
export async function dueUpdatesForWorker(q: Queryable, workerId: string, today: string) {
  return rowsOf<ApplicationRow & DueAddress & { updateDue: string }>(
    q,
    `SELECT ${APP_COLUMNS}, ${DUE_ADDRESS}, to_char(v.last + interval '6 months', 'YYYY-MM-DD') AS "updateDue"
       FROM ${APP_FROM} JOIN household h ON h.id = a.household_id
       JOIN LATERAL (SELECT max(visited_on) AS last FROM wywiad w WHERE w.application_id = a.id) v ON true
      WHERE a.assigned_worker_id = $1 AND a.status IN ('decided', 'closed')
        AND v.last < $2::date - interval '5 months'
        AND EXISTS (SELECT 1 FROM decision d WHERE d.application_id = a.id AND d.outcome = 'grant'
                      AND d.benefit = 'zasilekStaly' AND (d.period_to IS NULL OR d.period_to >= $2::date))
      ORDER BY v.last, a.id LIMIT 200`,
    [workerId, today],
  );
}
