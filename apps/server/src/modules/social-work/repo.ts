import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// The SQL of the social-work module; every read of a case file carries its row scope (access.ts).

const ADDRESS = `concat_ws(' ', h.street, h.building || coalesce('/' || h.apartment, '')) || ', ' || h.city`;
const SUMMARY = `c.id, c.household_id AS "householdId", ${ADDRESS} AS address, c.opened_on::text AS "openedOn",
  c.closed_on::text AS "closedOn", c.review_due::text AS "reviewDue",
  json_build_object('id', lw.id, 'fullName', lw.full_name) AS lead,
  (SELECT count(*) FROM case_task t WHERE t.case_file_id = c.id AND t.done_on IS NULL)::int AS "openTasks",
  (SELECT count(*) FROM case_task t WHERE t.case_file_id = c.id AND t.done_on IS NULL
      AND t.due < (now() AT TIME ZONE 'Europe/Warsaw')::date)::int AS "overdueTasks"`;
const FROM = `case_file c JOIN household h ON h.id = c.household_id JOIN staff_user lw ON lw.id = c.lead_worker_id`;

export interface CaseFileSummaryRow {
  id: string;
  householdId: string;
  address: string;
  openedOn: string;
  closedOn: string | null;
  reviewDue: string;
  lead: { id: string; fullName: string };
  openTasks: number;
  overdueTasks: number;
}
export interface CaseFileRow extends CaseFileSummaryRow {
  openReason: string;
  closeReason: string | null;
  problems: string[];
  version: number;
}

export async function insertCaseFile(
  q: Queryable,
  c: {
    householdId: string;
    openedOn: string;
    openReason: string;
    leadWorkerId: string;
    problems: string[];
    reviewDue: string;
  },
) {
  return insertedId(
    q,
    `INSERT INTO case_file (household_id, opened_on, open_reason, lead_worker_id, problems, review_due)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.householdId, c.openedOn, c.openReason, c.leadWorkerId, c.problems, c.reviewDue],
  );
}

export async function addCoWorkers(q: Queryable, caseFileId: string, ids: string[]) {
  if (ids.length === 0) return;
  await q.query(
    `INSERT INTO case_file_worker (case_file_id, worker_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [caseFileId, ids],
  );
}

export async function findCaseFile(q: Queryable, id: string, scope: string) {
  return rowOf<CaseFileRow>(
    q,
    `SELECT ${SUMMARY}, c.open_reason AS "openReason", c.close_reason AS "closeReason", c.problems, c.version
     FROM ${FROM} WHERE c.id = $1 AND ${scope}`,
    [id],
  );
}

export async function listCaseFiles(
  q: Queryable,
  scope: string,
  filter: { householdId?: string | undefined; state?: 'open' | 'closed' | undefined },
  after: After,
  limit: number,
) {
  return rowsOf<CaseFileSummaryRow>(
    q,
    `SELECT ${SUMMARY} FROM ${FROM}
     WHERE ${scope} AND ($1::uuid IS NULL OR c.household_id = $1)
       AND ($5::text IS NULL OR (c.closed_on IS NULL) = ($5 = 'open'))
       AND ($2::date IS NULL OR (c.opened_on, c.id) < ($2::date, $3::uuid))
     ORDER BY c.opened_on DESC, c.id DESC LIMIT $4`,
    [filter.householdId ?? null, after?.[0] ?? null, after?.[1] ?? null, limit, filter.state ?? null],
  );
}

export async function closeCaseFile(q: Queryable, id: string, closedOn: string, reason: string) {
  await q.query(
    `UPDATE case_file SET closed_on = $2, close_reason = $3, version = version + 1 WHERE id = $1`,
    [id, closedOn, reason],
  );
}

export async function coWorkers(q: Queryable, caseFileId: string) {
  return rowsOf<{ id: string; fullName: string }>(
    q,
    `SELECT u.id, u.full_name AS "fullName" FROM case_file_worker w JOIN staff_user u ON u.id = w.worker_id
     WHERE w.case_file_id = $1 ORDER BY u.sort_key`,
    [caseFileId],
  );
}

export async function members(q: Queryable, householdId: string) {
  return rowsOf<{ id: string; fullName: string }>(
    q,
    `SELECT p.id, p.first_name || ' ' || p.surname AS "fullName" FROM household_membership m
     JOIN person p ON p.id = m.person_id WHERE m.household_id = $1 AND m.valid_to IS NULL ORDER BY p.sort_key`,
    [householdId],
  );
}

/** A step of a case file's plan of help: the goal, the action, who takes it, by when, to what effect. */
export interface PlanItem {
  goal: string;
  action: string;
  who: string;
  byWhen: string;
  expectedEffect: string;
}

export async function insertPlanItem(q: Queryable, caseFileId: string, p: PlanItem) {
  await q.query(
    `INSERT INTO case_plan_item (case_file_id, goal, action, who, by_when, expected_effect) VALUES ($1, $2, $3, $4, $5, $6)`,
    [caseFileId, p.goal, p.action, p.who, p.byWhen, p.expectedEffect],
  );
}

export async function planItems(q: Queryable, caseFileId: string) {
  return rowsOf<PlanItem & { id: string }>(
    q,
    `SELECT id, goal, action, who, by_when::text AS "byWhen", expected_effect AS "expectedEffect"
     FROM case_plan_item WHERE case_file_id = $1 ORDER BY by_when, created_at`,
    [caseFileId],
  );
}

export async function insertNote(
  q: Queryable,
  caseFileId: string,
  n: { contactOn: string; kind: string; body: string; searchText: string; authorId: string },
) {
  return insertedId(
    q,
    `INSERT INTO case_note (case_file_id, contact_on, kind, body, search_text, author_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [caseFileId, n.contactOn, n.kind, n.body, n.searchText, n.authorId],
  );
}

interface NoteRow {
  id: string;
  contactOn: string;
  kind: 'visit' | 'call' | 'office' | 'institution';
  body: string;
  author: { id: string; fullName: string };
  createdAt: Date;
}
const NOTE_SELECT = `SELECT n.id, n.contact_on::text AS "contactOn", n.kind, n.body, n.created_at AS "createdAt",
       json_build_object('id', u.id, 'fullName', u.full_name) AS author
     FROM case_note n JOIN staff_user u ON u.id = n.author_id`;

/** Notes, newest contact first; `folded` (already folded) filters by a fragment of the text. */
export async function listNotes(
  q: Queryable,
  caseFileId: string,
  folded: string | null,
  after: After,
  limit: number,
) {
  const pattern = folded ? `%${folded.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return rowsOf<NoteRow>(
    q,
    `${NOTE_SELECT}
     WHERE n.case_file_id = $1 AND ($2::text IS NULL OR n.search_text LIKE $2)
       AND ($3::date IS NULL OR (n.contact_on, n.id) < ($3::date, $4::uuid))
     ORDER BY n.contact_on DESC, n.id DESC LIMIT $5`,
    [caseFileId, pattern, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findNote(q: Queryable, id: string) {
  return rowOf<NoteRow>(q, `${NOTE_SELECT} WHERE n.id = $1`, [id]);
}

const TASK = `t.id, t.case_file_id AS "caseFileId", t.title, t.due::text AS due, t.done_on::text AS "doneOn",
  json_build_object('id', a.id, 'fullName', a.full_name) AS assignee`;
const TASK_SELECT = `SELECT ${TASK} FROM case_task t JOIN staff_user a ON a.id = t.assignee_id`;

export async function insertTask(
  q: Queryable,
  caseFileId: string,
  t: { title: string; due: string; assigneeId: string },
) {
  return insertedId(
    q,
    `INSERT INTO case_task (case_file_id, title, due, assignee_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [caseFileId, t.title, t.due, t.assigneeId],
  );
}

export async function tasks(q: Queryable, caseFileId: string) {
  return rowsOf<TaskRow>(
    q,
    `${TASK_SELECT}
     WHERE t.case_file_id = $1 ORDER BY t.done_on IS NOT NULL, t.due, t.created_at`,
    [caseFileId],
  );
}

export interface TaskRow {
  id: string;
  caseFileId: string;
  title: string;
  due: string;
  doneOn: string | null;
  assignee: { id: string; fullName: string };
}

/** One row of a case file's part (`select` over `alias`), if its case file is in scope. */
async function inScopeCaseFile<T>(q: Queryable, select: string, alias: 't' | 'k', id: string, scope: string) {
  return rowOf<T>(
    q,
    `${select} JOIN case_file c ON c.id = ${alias}.case_file_id WHERE ${alias}.id = $1 AND ${scope}`,
    [id],
  );
}

/** The task with its case file, if the case file is in scope. */
export const findTask = (q: Queryable, id: string, scope: string) =>
  inScopeCaseFile<TaskRow>(q, TASK_SELECT, 't', id, scope);

export async function completeTask(q: Queryable, id: string, on: string) {
  await q.query('UPDATE case_task SET done_on = $2 WHERE id = $1', [id, on]);
}

/** Open tasks of a worker in open case files they still see, nearest due first. */
export async function openTasksOf(q: Queryable, workerId: string, scope: string) {
  return rowsOf<TaskRow & { address: string }>(
    q,
    `SELECT ${TASK}, ${ADDRESS} AS address FROM case_task t JOIN staff_user a ON a.id = t.assignee_id
     JOIN case_file c ON c.id = t.case_file_id JOIN household h ON h.id = c.household_id
     WHERE t.assignee_id = $1 AND t.done_on IS NULL AND c.closed_on IS NULL AND ${scope}
     ORDER BY t.due, t.id LIMIT 200`,
    [workerId],
  );
}

export interface ContractRow {
  id: string;
  caseFileId: string;
  number: string;
  part: 'A' | 'B';
  person: { id: string; fullName: string };
  concludedOn: string;
  validTo: string;
  reviewDue: string | null;
  goals: string;
  personObligations: string;
  centreObligations: string;
  actions: { type: 'sign' | 'review' | 'complete' | 'break' | 'endEarly'; on: string; note: string | null }[];
}

const CONTRACT = `k.id, k.case_file_id AS "caseFileId", k.number, k.part,
  json_build_object('id', p.id, 'fullName', p.first_name || ' ' || p.surname) AS person,
  k.concluded_on::text AS "concludedOn", k.valid_to::text AS "validTo", k.review_due::text AS "reviewDue",
  k.goals, k.person_obligations AS "personObligations", k.centre_obligations AS "centreObligations",
  coalesce((SELECT json_agg(json_build_object('type', x.type, 'on', x.on_date::text, 'note', x.note) ORDER BY x.id)
    FROM social_contract_action x WHERE x.contract_id = k.id), '[]') AS actions`;
const CONTRACT_SELECT = `SELECT ${CONTRACT} FROM social_contract k JOIN person p ON p.id = k.person_id`;

export async function contracts(q: Queryable, caseFileId: string) {
  return rowsOf<ContractRow>(
    q,
    `${CONTRACT_SELECT}
     WHERE k.case_file_id = $1 ORDER BY k.concluded_on DESC, k.number DESC`,
    [caseFileId],
  );
}

export const findContract = (q: Queryable, id: string, scope: string) =>
  inScopeCaseFile<ContractRow>(q, CONTRACT_SELECT, 'k', id, scope);

/**
 * Contracts of the case files of the households the person lives in now, newest first
 * (`scope`: SQL over c, the case file); the caller keeps the broken ones.
 */
export async function contractsOfPersonHousehold(q: Queryable, personId: string, scope: string) {
  return rowsOf<ContractRow>(
    q,
    `${CONTRACT_SELECT}
     JOIN case_file c ON c.id = k.case_file_id
     WHERE c.household_id IN (SELECT m.household_id FROM household_membership m
                               WHERE m.person_id = $1 AND m.valid_to IS NULL)
       AND ${scope}
     ORDER BY k.concluded_on DESC, k.number DESC`,
    [personId],
  );
}

export async function insertContract(
  q: Queryable,
  caseFileId: string,
  k: Omit<ContractRow, 'id' | 'caseFileId' | 'number' | 'person' | 'actions'> & { personId: string },
) {
  // KS/<year>/<n>: the lock keeps two contracts of one year from taking the same number.
  const year = k.concludedOn.slice(0, 4);
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('social_contract_number'), $1::int)`, [Number(year)]);
  const n = await q.query<{ n: number }>(
    `SELECT count(*)::int + 1 AS n FROM social_contract WHERE number LIKE $1`,
    [`KS/${year}/%`],
  );
  return insertedId(
    q,
    `INSERT INTO social_contract (case_file_id, number, part, person_id, concluded_on, valid_to, review_due, goals,
       person_obligations, centre_obligations) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      caseFileId,
      `KS/${year}/${n.rows[0]!.n}`,
      k.part,
      k.personId,
      k.concludedOn,
      k.validTo,
      k.reviewDue,
      k.goals,
      k.personObligations,
      k.centreObligations,
    ],
  );
}

export async function insertContractAction(
  q: Queryable,
  contractId: string,
  a: { type: string; on: string; note: string | null; actorId: string },
) {
  await q.query(
    `INSERT INTO social_contract_action (contract_id, type, on_date, note, actor_id) VALUES ($1, $2, $3, $4, $5)`,
    [contractId, a.type, a.on, a.note, a.actorId],
  );
}

export async function centre(q: Queryable) {
  const r = await q.query<{ name: string; city: string | null }>(
    `SELECT name, city FROM org_unit WHERE kind = 'centre' LIMIT 1`,
  );
  return r.rows[0] ?? { name: '', city: null };
}

/** The household's granted benefits still running on `today`: what art. 11 ust. 2 could touch. */
export async function runningDecisions(q: Queryable, householdId: string, today: string) {
  const r = await q.query<{
    applicationId: string;
    decisionId: string;
    number: string;
    benefit: string;
    amount: number;
    periodFrom: string | null;
    periodTo: string | null;
  }>(
    `SELECT a.id AS "applicationId", d.id AS "decisionId", d.number, d.benefit, d.amount,
       d.period_from::text AS "periodFrom", d.period_to::text AS "periodTo"
     FROM decision d JOIN application a ON a.id = d.application_id
     WHERE a.household_id = $1 AND d.outcome = 'grant' AND d.amends_decision_id IS NULL
       AND (d.period_to IS NULL OR d.period_to >= $2)
     ORDER BY d.decided_on DESC, d.number`,
    [householdId, today],
  );
  return r.rows;
}

/** Whether the household exists for the reader (`scope`: SQL over h.id from access.ts). */
export async function householdVisible(q: Queryable, householdId: string, scope: string) {
  return oneRow(q, `SELECT 1 FROM household h WHERE h.id = $1 AND ${scope}`, [householdId]);
}
