import type {
  PermitKind,
  PermitOpinion,
  Premises,
  ShopSummary,
} from '@ostoja/domain/alcohol-commission/permits';
import type {
  CLOSE_REASONS,
  EVENT_TYPES,
  GROUNDS,
  REPORTER_KINDS,
} from '@ostoja/domain/alcohol-commission/proceeding';
import type { DeadlineKind, LoggedEvent, ProceedingStatus } from '@ostoja/domain/alcohol-commission/rules';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// The SQL of the alcohol commission. Every table here is the commission's compartment: the routes
// that reach it need `alcoholCommission.work`, which only the commission's role holds.

const MEMBER = `m.id, m.full_name AS "fullName", m.function, m.appointment, m.term_from::text AS "termFrom",
  m.term_to::text AS "termTo", m.pay_per_meeting AS "payPerMeeting",
  coalesce((SELECT json_agg(json_build_object('id', t.id, 'on', t.on_date::text, 'title', t.title, 'hours', t.hours)
              ORDER BY t.on_date) FROM alcohol_commission_training t WHERE t.member_id = m.id), '[]') AS trainings`;

export interface MemberRow {
  id: string;
  fullName: string;
  function: 'chair' | 'deputyChair' | 'secretary' | 'member';
  appointment: string | null;
  termFrom: string;
  termTo: string;
  payPerMeeting: number;
  trainings: { id: string; on: string; title: string; hours: number }[];
}

export async function members(q: Queryable, ids?: string[]) {
  return rowsOf<MemberRow>(
    q,
    `SELECT ${MEMBER} FROM alcohol_commission_member m WHERE ($1::uuid[] IS NULL OR m.id = ANY($1))
      ORDER BY m.term_to DESC, m.full_name, m.id`,
    [ids ?? null],
  );
}

export async function insertMember(
  q: Queryable,
  m: {
    fullName: string;
    function: string;
    appointment: string | null;
    termFrom: string;
    termTo: string;
    payPerMeeting: number;
  },
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_commission_member (full_name, function, appointment, term_from, term_to, pay_per_meeting)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [m.fullName, m.function, m.appointment, m.termFrom, m.termTo, m.payPerMeeting],
  );
}

export async function insertTraining(
  q: Queryable,
  memberId: string,
  t: { on: string; title: string; hours: number },
) {
  await q.query(
    `INSERT INTO alcohol_commission_training (member_id, on_date, title, hours) VALUES ($1, $2, $3, $4)`,
    [memberId, t.on, t.title, t.hours],
  );
}

export async function countInTerm(q: Queryable, date: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM alcohol_commission_member WHERE term_from <= $1 AND term_to >= $1`,
    [date],
  );
  return r.rows[0]!.n;
}

const MEETING = `g.id, g.held_on::text AS "heldOn", g.agenda, g.deciding, g.members_in_term AS "membersInTerm",
  (SELECT count(*) FROM alcohol_commission_attendance a WHERE a.meeting_id = g.id)::int AS present`;

export interface MeetingSummaryRow {
  id: string;
  heldOn: string;
  agenda: string;
  deciding: boolean;
  membersInTerm: number;
  present: number;
}

export async function insertMeeting(
  q: Queryable,
  g: {
    heldOn: string;
    agenda: string;
    deciding: boolean;
    minutes: string;
    resolutions: string | null;
    membersInTerm: number;
    createdBy: string;
  },
  attendance: { memberId: string; pay: number }[],
) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO alcohol_commission_meeting (held_on, agenda, deciding, minutes, resolutions, members_in_term, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [g.heldOn, g.agenda, g.deciding, g.minutes, g.resolutions, g.membersInTerm, g.createdBy],
  );
  const id = r.rows[0]!.id;
  await q.query(
    `INSERT INTO alcohol_commission_attendance (meeting_id, member_id, pay)
     SELECT $1, unnest($2::uuid[]), unnest($3::int[])`,
    [id, attendance.map((a) => a.memberId), attendance.map((a) => a.pay)],
  );
  return id;
}

export async function listMeetings(q: Queryable, after: After, limit: number) {
  return rowsOf<MeetingSummaryRow>(
    q,
    `SELECT ${MEETING} FROM alcohol_commission_meeting g
      WHERE ($1::date IS NULL OR (g.held_on, g.id) < ($1::date, $2::uuid))
      ORDER BY g.held_on DESC, g.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findMeeting(q: Queryable, id: string) {
  const r = await q.query<
    MeetingSummaryRow & {
      minutes: string;
      resolutions: string | null;
      attendance: { memberId: string; fullName: string; pay: number }[];
    }
  >(
    `SELECT ${MEETING}, g.minutes, g.resolutions,
            coalesce((SELECT json_agg(json_build_object('memberId', m.id, 'fullName', m.full_name, 'pay', a.pay)
                        ORDER BY m.full_name) FROM alcohol_commission_attendance a
                        JOIN alcohol_commission_member m ON m.id = a.member_id WHERE a.meeting_id = g.id), '[]') AS attendance
       FROM alcohol_commission_meeting g WHERE g.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

/** Every attendance of the month, for the pay list. */
export async function attendanceOfMonth(q: Queryable, month: string) {
  return rowsOf<{ memberId: string; fullName: string; heldOn: string; pay: number }>(
    q,
    `SELECT m.id AS "memberId", m.full_name AS "fullName", g.held_on::text AS "heldOn", a.pay
       FROM alcohol_commission_attendance a
       JOIN alcohol_commission_meeting g ON g.id = a.meeting_id
       JOIN alcohol_commission_member m ON m.id = a.member_id
      WHERE g.held_on >= ($1 || '-01')::date AND g.held_on < ($1 || '-01')::date + interval '1 month'
      ORDER BY m.full_name, m.id, g.held_on`,
    [month],
  );
}

// Proceedings.
const FULL_NAME = `concat_ws(' ', p.first_name, p.surname)`;
const SUMMARY = `a.id, a.number, json_build_object('id', p.id, 'fullName', ${FULL_NAME}) AS person,
  a.reported_on::text AS "reportedOn", a.reporter_kind AS "reporterKind", a.status,
  a.next_due::text AS "nextDue", a.next_due_kind AS "nextDueKind", a.closed_on::text AS "closedOn"`;
const FROM = `alcohol_proceeding a JOIN person p ON p.id = a.person_id`;

export interface ProceedingSummaryRow {
  id: string;
  number: string;
  person: { id: string; fullName: string };
  reportedOn: string;
  reporterKind: (typeof REPORTER_KINDS)[number];
  status: ProceedingStatus;
  nextDue: string | null;
  nextDueKind: DeadlineKind | null;
  closedOn: string | null;
}
export interface ProceedingRow extends ProceedingSummaryRow {
  reporterName: string;
  reporterInstitution: string | null;
  grounds: (typeof GROUNDS)[number][];
  description: string;
  closeReason: (typeof CLOSE_REASONS)[number] | null;
  personAddress: string;
  personBirthDate: string | null;
  personPesel: string | null;
  sharedOn: string | null;
  blueCardNumber: string | null;
}

export async function insertProceeding(
  q: Queryable,
  p: {
    number: string;
    personId: string;
    sealed: boolean;
    reportedOn: string;
    reporter: { kind: string; name: string; institution: string | null };
    grounds: string[];
    description: string;
    nextDue: string | null;
    nextDueKind: string | null;
    blueCardProcedureId: string | null;
    createdBy: string;
  },
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_proceeding (number, person_id, sealed, reported_on, reporter_kind, reporter_name,
       reporter_institution, grounds, description, next_due, next_due_kind, created_by, blue_card_procedure_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      p.number,
      p.personId,
      p.sealed,
      p.reportedOn,
      p.reporter.kind,
      p.reporter.name,
      p.reporter.institution,
      p.grounds,
      p.description,
      p.nextDue,
      p.nextDueKind,
      p.createdBy,
      p.blueCardProcedureId,
    ],
  );
}

export async function findProceeding(q: Queryable, id: string, forUpdate = false) {
  return rowOf<ProceedingRow>(
    q,
    `SELECT ${SUMMARY}, a.reporter_name AS "reporterName", a.reporter_institution AS "reporterInstitution",
            a.grounds, a.description, a.close_reason AS "closeReason", p.pesel AS "personPesel",
            a.shared_on::text AS "sharedOn",
            (SELECT b.number FROM blue_card_procedure b WHERE b.id = a.blue_card_procedure_id) AS "blueCardNumber",
            p.birth_date::text AS "personBirthDate",
            concat_ws(' ', p.street, p.building || coalesce('/' || p.apartment, ''))
              || coalesce(', ' || concat_ws(' ', p.postal_code, p.city), '') AS "personAddress"
       FROM ${FROM} WHERE a.id = $1 ${forUpdate ? 'FOR UPDATE OF a' : ''}`,
    [id],
  );
}

export async function listProceedings(
  q: Queryable,
  state: 'open' | 'closed' | null,
  after: After,
  limit: number,
) {
  return rowsOf<ProceedingSummaryRow>(
    q,
    `SELECT ${SUMMARY} FROM ${FROM}
      WHERE ($1::text IS NULL OR (a.closed_on IS NULL) = ($1 = 'open'))
        AND ($2::date IS NULL OR (a.reported_on, a.id) < ($2::date, $3::uuid))
      ORDER BY a.reported_on DESC, a.id DESC LIMIT $4`,
    [state, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Open proceedings by their pending deadline, nearest first (the secretary's home page). */
export async function dueList(q: Queryable, limit: number) {
  return rowsOf<ProceedingSummaryRow>(
    q,
    `SELECT ${SUMMARY} FROM ${FROM} WHERE a.next_due IS NOT NULL ORDER BY a.next_due, a.id LIMIT $1`,
    [limit],
  );
}

export interface EventRow extends LoggedEvent {
  id: string;
  hasAttachment: boolean;
}

export async function events(q: Queryable, proceedingId: string) {
  return rowsOf<EventRow>(
    q,
    `SELECT id, type, on_date::text AS on, details, attachment IS NOT NULL AS "hasAttachment"
       FROM alcohol_proceeding_event WHERE proceeding_id = $1 ORDER BY seq`,
    [proceedingId],
  );
}

export async function appendEvent(
  q: Queryable,
  proceedingId: string,
  e: { type: string; on: string; details: object; attachment: Buffer | null; attachmentName: string | null },
  actorId: string,
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_proceeding_event (proceeding_id, type, on_date, details, attachment, attachment_name, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [proceedingId, e.type, e.on, JSON.stringify(e.details), e.attachment, e.attachmentName, actorId],
  );
}

export async function attachment(q: Queryable, proceedingId: string, eventId: string) {
  return rowOf<{ data: Buffer; name: string }>(
    q,
    `SELECT attachment AS data, attachment_name AS name FROM alcohol_proceeding_event
      WHERE proceeding_id = $1 AND id = $2 AND attachment IS NOT NULL`,
    [proceedingId, eventId],
  );
}

export async function setState(
  q: Queryable,
  id: string,
  s: {
    status: string;
    nextDue: string | null;
    nextDueKind: string | null;
    closedOn?: string;
    closeReason?: string;
  },
) {
  await q.query(
    `UPDATE alcohol_proceeding SET status = $2, next_due = $3, next_due_kind = $4,
            closed_on = coalesce($5, closed_on), close_reason = coalesce($6, close_reason) WHERE id = $1`,
    [id, s.status, s.nextDue, s.nextDueKind, s.closedOn ?? null, s.closeReason ?? null],
  );
}

/** The Niebieska Karta procedure of a number (the team gives it to the commission). */
export async function blueCardProcedureByNumber(q: Queryable, number: string) {
  const r = await q.query<{ id: string }>(`SELECT id FROM blue_card_procedure WHERE number = $1`, [number]);
  return r.rows[0]?.id ?? null;
}

/** Shares the proceeding's existence from a day, or stops; a proceeding linked to a Niebieska Karta never. */
export async function setShared(q: Queryable, id: string, on: string | null, by: string) {
  return oneRow(
    q,
    `UPDATE alcohol_proceeding SET shared_on = $2, shared_by = $3
      WHERE id = $1 AND blue_card_procedure_id IS NULL`,
    [id, on, on ? by : null],
  );
}

/**
 * For a worker outside the commission: the day an open proceeding about the person was shared,
 * the earliest one; null when none is shared (the same answer as for a person without any).
 */
export async function sharedNotice(q: Queryable, personId: string) {
  const r = await q.query<{ sharedOn: string }>(
    `SELECT min(shared_on)::text AS "sharedOn" FROM alcohol_proceeding
      WHERE person_id = $1 AND shared_on IS NOT NULL AND closed_on IS NULL AND blue_card_procedure_id IS NULL`,
    [personId],
  );
  return r.rows[0]?.sharedOn ?? null;
}

// Sale permits: the council's rules, sale points, opinions, inspections, sellers' training.

export interface PermitRulesRow {
  id: string;
  validFrom: string;
  resolution: string;
  limits: Record<Premises, Record<PermitKind, number>>;
  minDistanceM: number;
}
const RULES = `id, valid_from::text AS "validFrom", resolution, limits, min_distance_m AS "minDistanceM"`;

export async function permitRules(q: Queryable) {
  return (await q.query<PermitRulesRow>(`SELECT ${RULES} FROM alcohol_permit_rules ORDER BY valid_from DESC`))
    .rows;
}

/** The council's rules in force on a day, or null. */
export async function permitRulesOn(q: Queryable, date: string) {
  return rowOf<PermitRulesRow>(
    q,
    `SELECT ${RULES} FROM alcohol_permit_rules WHERE valid_from <= $1 ORDER BY valid_from DESC LIMIT 1`,
    [date],
  );
}

export async function insertPermitRules(q: Queryable, r: Omit<PermitRulesRow, 'id'>) {
  const res = await q.query<{ id: string }>(
    `INSERT INTO alcohol_permit_rules (valid_from, resolution, limits, min_distance_m) VALUES ($1, $2, $3, $4)
     ON CONFLICT (valid_from) DO NOTHING RETURNING id`,
    [r.validFrom, r.resolution, JSON.stringify(r.limits), r.minDistanceM],
  );
  return res.rows[0]?.id ?? null;
}

/** Opinions are recorded one at a time (the limit check reads what the others wrote). */
export async function lockPermitOpinions(q: Queryable) {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('alcohol_permit_opinion'))`);
}

/** Permits of each kind in force on a day for the premises: positive opinions covering the day. */
export async function permitsInForce(q: Queryable, premises: Premises, date: string) {
  const r = await q.query<{ kind: PermitKind; n: number }>(
    `SELECT k AS kind, count(*)::int AS n FROM alcohol_permit_opinion o, unnest(o.kinds) k
      WHERE o.opinion = 'positive' AND o.premises = $1 AND o.valid_from <= $2 AND o.valid_to >= $2
      GROUP BY k`,
    [premises, date],
  );
  const out: Record<PermitKind, number> = { A: 0, B: 0, C: 0 };
  for (const row of r.rows) out[row.kind] = row.n;
  return out;
}

const SHOP = `s.id, s.name, s.operator, s.nip, s.address,
  (SELECT max(o.opinion_on)::text FROM alcohol_permit_opinion o WHERE o.shop_id = s.id) AS "lastOpinionOn",
  (SELECT max(i.on_date)::text FROM alcohol_inspection i WHERE i.shop_id = s.id) AS "lastInspectionOn"`;

export async function shops(q: Queryable, after: After, limit: number) {
  return rowsOf<ShopSummary>(
    q,
    `SELECT ${SHOP} FROM alcohol_shop s
      WHERE ($1::text IS NULL OR (s.name, s.id) > ($1, $2::uuid)) ORDER BY s.name, s.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function insertShop(
  q: Queryable,
  s: { name: string; operator: string; nip: string; address: string },
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_shop (name, operator, nip, address) VALUES ($1, $2, $3, $4) RETURNING id`,
    [s.name, s.operator, s.nip, s.address],
  );
}

const OPINION = `o.id, json_build_object('id', s.id, 'name', s.name, 'address', s.address) AS shop,
  o.applied_on::text AS "appliedOn", o.application_number AS "applicationNumber", o.kinds, o.premises,
  o.valid_from::text AS "validFrom", o.valid_to::text AS "validTo", o.distance_m AS "distanceM",
  o.min_distance_m AS "minDistanceM", o.limits, o.opinion_on::text AS "opinionOn", o.opinion, o.reason`;

export async function findShop(q: Queryable, id: string) {
  const r = await q.query<
    ShopSummary & {
      opinions: PermitOpinion[];
      inspections: InspectionRow[];
      trainings: { id: string; on: string; topic: string; participants: number }[];
    }
  >(
    `SELECT ${SHOP},
       coalesce((SELECT json_agg(x ORDER BY x."opinionOn" DESC) FROM (SELECT ${OPINION}
                  FROM alcohol_permit_opinion o WHERE o.shop_id = s.id) x), '[]') AS opinions,
       coalesce((SELECT json_agg(json_build_object('id', i.id, 'on', i.on_date::text, 'inspectors', i.inspectors,
                  'findings', i.findings, 'result', i.result, 'recommendations', i.recommendations)
                  ORDER BY i.on_date DESC) FROM alcohol_inspection i WHERE i.shop_id = s.id), '[]') AS inspections,
       coalesce((SELECT json_agg(json_build_object('id', t.id, 'on', t.on_date::text, 'topic', t.topic,
                  'participants', t.participants) ORDER BY t.on_date DESC)
                  FROM alcohol_seller_training t WHERE t.shop_id = s.id), '[]') AS trainings
       FROM alcohol_shop s WHERE s.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

export async function insertPermitOpinion(
  q: Queryable,
  shopId: string,
  o: Omit<PermitOpinion, 'id' | 'shop'>,
  createdBy: string,
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_permit_opinion (shop_id, applied_on, application_number, kinds, premises, valid_from,
       valid_to, distance_m, min_distance_m, limits, opinion_on, opinion, reason, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      shopId,
      o.appliedOn,
      o.applicationNumber,
      o.kinds,
      o.premises,
      o.validFrom,
      o.validTo,
      o.distanceM,
      o.minDistanceM,
      JSON.stringify(o.limits),
      o.opinionOn,
      o.opinion,
      o.reason,
      createdBy,
    ],
  );
}

/** Opinions given in a year, newest first; with the year's totals. */
export async function opinionsOfYear(q: Queryable, year: number, after: After, limit: number) {
  return rowsOf<PermitOpinion>(
    q,
    `SELECT ${OPINION} FROM alcohol_permit_opinion o JOIN alcohol_shop s ON s.id = o.shop_id
      WHERE o.opinion_on >= make_date($1, 1, 1) AND o.opinion_on < make_date($1 + 1, 1, 1)
        AND ($2::date IS NULL OR (o.opinion_on, o.id) < ($2::date, $3::uuid))
      ORDER BY o.opinion_on DESC, o.id DESC LIMIT $4`,
    [year, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function opinionTotals(q: Queryable, year: number) {
  const r = await q.query<{ positive: number; negative: number }>(
    `SELECT count(*) FILTER (WHERE opinion = 'positive')::int AS positive,
            count(*) FILTER (WHERE opinion = 'negative')::int AS negative
       FROM alcohol_permit_opinion WHERE opinion_on >= make_date($1, 1, 1) AND opinion_on < make_date($1 + 1, 1, 1)`,
    [year],
  );
  return r.rows[0]!;
}

export interface InspectionRow {
  id: string;
  on: string;
  inspectors: string;
  findings: string;
  result: 'compliant' | 'irregularities';
  recommendations: string | null;
}

export async function insertInspection(
  q: Queryable,
  shopId: string,
  i: Omit<InspectionRow, 'id'>,
  createdBy: string,
) {
  return insertedId(
    q,
    `INSERT INTO alcohol_inspection (shop_id, on_date, inspectors, findings, result, recommendations, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [shopId, i.on, i.inspectors, i.findings, i.result, i.recommendations, createdBy],
  );
}

export async function findInspection(q: Queryable, id: string) {
  return rowOf<InspectionRow & { shopName: string; shopAddress: string; operator: string }>(
    q,
    `SELECT i.id, i.on_date::text AS on, i.inspectors, i.findings, i.result, i.recommendations,
            s.name AS "shopName", s.address AS "shopAddress", s.operator
       FROM alcohol_inspection i JOIN alcohol_shop s ON s.id = i.shop_id WHERE i.id = $1`,
    [id],
  );
}

export async function insertSellerTraining(
  q: Queryable,
  shopId: string,
  t: { on: string; topic: string; participants: number },
) {
  await q.query(
    `INSERT INTO alcohol_seller_training (shop_id, on_date, topic, participants) VALUES ($1, $2, $3, $4)`,
    [shopId, t.on, t.topic, t.participants],
  );
}

// The consultation point's groups.
const GROUP = `g.id, g.name, g.kind, g.audience, g.leader, g.started_on::text AS "startedOn",
  g.ended_on::text AS "endedOn", g.participants`;
const SESSIONS = (
  where: string,
) => `coalesce((SELECT json_agg(json_build_object('id', s.id, 'heldOn', s.held_on::text,
    'minutes', s.minutes, 'present', s.present, 'topic', s.topic) ORDER BY s.held_on DESC)
    FROM alcohol_group_session s WHERE s.group_id = g.id ${where}), '[]') AS sessions,
  coalesce((SELECT sum(s.minutes) FROM alcohol_group_session s WHERE s.group_id = g.id ${where}), 0)::int AS minutes`;

export interface GroupRow {
  id: string;
  name: string;
  kind: 'therapy' | 'support';
  audience: 'addicted' | 'codependent' | 'adultChildren' | 'youth' | 'other';
  leader: string;
  startedOn: string;
  endedOn: string | null;
  participants: number;
  sessions: { id: string; heldOn: string; minutes: number; present: number; topic: string | null }[];
  minutes: number;
}

/** Groups that ran in the year, with that year's sessions. */
export async function groupsOfYear(q: Queryable, year: number) {
  const inYear = `AND s.held_on >= make_date($1, 1, 1) AND s.held_on < make_date($1 + 1, 1, 1)`;
  return rowsOf<GroupRow>(
    q,
    `SELECT ${GROUP}, ${SESSIONS(inYear)} FROM alcohol_support_group g
      WHERE g.started_on < make_date($1 + 1, 1, 1) AND (g.ended_on IS NULL OR g.ended_on >= make_date($1, 1, 1))
      ORDER BY g.name, g.id`,
    [year],
  );
}

export async function findGroup(q: Queryable, id: string) {
  return rowOf<GroupRow>(q, `SELECT ${GROUP}, ${SESSIONS('')} FROM alcohol_support_group g WHERE g.id = $1`, [
    id,
  ]);
}

export async function insertGroup(q: Queryable, g: Omit<GroupRow, 'id' | 'sessions' | 'minutes'>) {
  return insertedId(
    q,
    `INSERT INTO alcohol_support_group (name, kind, audience, leader, started_on, ended_on, participants)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [g.name, g.kind, g.audience, g.leader, g.startedOn, g.endedOn, g.participants],
  );
}

export async function insertGroupSession(
  q: Queryable,
  groupId: string,
  s: { heldOn: string; minutes: number; present: number; topic: string | null },
) {
  await q.query(
    `INSERT INTO alcohol_group_session (group_id, held_on, minutes, present, topic) VALUES ($1, $2, $3, $4, $5)`,
    [groupId, s.heldOn, s.minutes, s.present, s.topic],
  );
}

/**
 * The proceedings linked to a Niebieska Karta procedure, oldest first, with their steps' types and
 * dates — only for a viewer inside that procedure's compartment (the same SQL test as its reads).
 */
export async function linkedToBlueCard(q: Queryable, procedureId: string, viewerId: string) {
  const r = await q.query<
    ProceedingSummaryRow & {
      closeReason: (typeof CLOSE_REASONS)[number] | null;
      events: { type: (typeof EVENT_TYPES)[number]; on: string }[];
    }
  >(
    `SELECT ${SUMMARY}, a.close_reason AS "closeReason",
            coalesce((SELECT json_agg(json_build_object('type', e.type, 'on', e.on_date::text) ORDER BY e.seq)
                        FROM alcohol_proceeding_event e WHERE e.proceeding_id = a.id), '[]') AS events
       FROM ${FROM}
      WHERE a.blue_card_procedure_id = $1 AND blue_card_visible($1, $2)
      ORDER BY a.reported_on, a.id`,
    [procedureId, viewerId],
  );
  return r.rows;
}
