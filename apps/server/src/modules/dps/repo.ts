import type { DpsHomeCostInput, DpsHomeInput } from '@ostoja/domain/services/dps';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';
import type { CandidateRow } from '../services/repo.ts';

// SQL of the DPS module. The homes and their published costs are public data; a referral is read
// through its person, so the registry's scope is part of each of its queries.

const HOME = `SELECT h.id, h.name, h.powiat, h.kind, h.address, h.places,
        COALESCE((SELECT json_agg(json_build_object('validFrom', to_char(c.valid_from, 'YYYY-MM-DD'),
                   'monthlyCostGrosze', c.monthly_cost_grosze, 'publishedOn', to_char(c.published_on, 'YYYY-MM-DD'),
                   'source', c.source) ORDER BY c.valid_from DESC)
                    FROM dps_home_cost c WHERE c.home_id = h.id), '[]') AS costs
   FROM dps_home h`;

export interface HomeRow {
  id: string;
  name: string;
  powiat: string;
  kind: z.output<typeof DpsHomeInput>['kind'];
  address: string | null;
  places: number | null;
  costs: z.output<typeof DpsHomeCostInput>[];
}

export async function listHomes(q: Queryable, after: After, limit: number) {
  return rowsOf<HomeRow>(
    q,
    `${HOME} WHERE ($1::text IS NULL OR (h.name, h.id) > ($1::text, $2::uuid)) ORDER BY h.name, h.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findHome(q: Queryable, id: string) {
  return rowOf<HomeRow>(q, `${HOME} WHERE h.id = $1`, [id]);
}

export async function homeNamed(q: Queryable, name: string) {
  return oneRow(q, 'SELECT 1 FROM dps_home WHERE lower(name) = lower($1)', [name]);
}

export async function insertHome(q: Queryable, h: z.output<typeof DpsHomeInput>, by: string) {
  return insertedId(
    q,
    `INSERT INTO dps_home (name, powiat, kind, address, places, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [h.name, h.powiat, h.kind, h.address ?? null, h.places, by],
  );
}

/** Adds a published cost; false when one from that day is already there (never overwritten). */
export async function insertCost(
  q: Queryable,
  homeId: string,
  c: z.output<typeof DpsHomeCostInput>,
  by: string,
) {
  return oneRow(
    q,
    `INSERT INTO dps_home_cost (home_id, valid_from, monthly_cost_grosze, published_on, source, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (home_id, valid_from) DO NOTHING`,
    [homeId, c.validFrom, c.monthlyCostGrosze, c.publishedOn, c.source, by],
  );
}

/** The cost in force on a day: the latest published from on or before it. */
export async function costOn(q: Queryable, homeId: string, day: string) {
  return rowOf<{ id: string; monthlyCostGrosze: number; validFrom: string }>(
    q,
    `SELECT id, monthly_cost_grosze AS "monthlyCostGrosze", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom"
       FROM dps_home_cost WHERE home_id = $1 AND valid_from <= $2::date ORDER BY valid_from DESC LIMIT 1`,
    [homeId, day],
  );
}

const STATUS = `CASE WHEN d.admitted_on IS NOT NULL THEN 'resident' WHEN d.referred_on IS NOT NULL THEN 'waiting' ELSE 'file' END`;
const DATE = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;

const SUMMARY = `d.id, d.person_id AS "personId", p.first_name AS "firstName", p.surname, h.name AS "homeName",
        ${STATUS} AS status, ${DATE('d.consent_on')} AS "consentOn", d.referral_number AS "referralNumber",
        ${DATE('d.referred_on')} AS "referredOn", ${DATE('d.admitted_on')} AS "admittedOn", d.gmina_grosze AS "gminaGrosze"`;
const FROM = `FROM dps_referral d JOIN person p ON p.id = d.person_id JOIN dps_home h ON h.id = d.home_id`;

export interface SummaryRow {
  id: string;
  personId: string;
  firstName: string;
  surname: string;
  homeName: string;
  status: 'file' | 'waiting' | 'resident';
  consentOn: string;
  referralNumber: string | null;
  referredOn: string | null;
  admittedOn: string | null;
  gminaGrosze: number | null;
}

/** Newest file first; keyset on (created_at, id) descending. */
export async function listReferrals(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<SummaryRow & { createdAt: string }>(
    q,
    `SELECT ${SUMMARY}, d.created_at::text AS "createdAt" ${FROM}
      WHERE ${scope} AND ($1::timestamptz IS NULL OR (d.created_at, d.id) < ($1::timestamptz, $2::uuid))
      ORDER BY d.created_at DESC, d.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

// The waiting list is the centre's: a place counts every referral waiting, whoever may see it.
const WAITING = `SELECT d.id, row_number() OVER (ORDER BY d.referred_on, d.referral_number, d.id)::int AS place
   FROM dps_referral d WHERE d.referred_on IS NOT NULL AND d.admitted_on IS NULL`;

/** Referred and not yet admitted, by the date of the decision referring; keyset on the place. */
export async function waitingList(q: Queryable, scope: string, after: number | null, limit: number) {
  return rowsOf<SummaryRow & { place: number }>(
    q,
    `SELECT ${SUMMARY}, w.place ${FROM} JOIN (${WAITING}) w ON w.id = d.id
      WHERE ${scope} AND ($1::int IS NULL OR w.place > $1) ORDER BY w.place LIMIT $2`,
    [after, limit],
  );
}

export interface ReferralRow extends SummaryRow {
  applicationId: string;
  applicationNumber: string;
  wywiadVisitedOn: string;
  homeId: string;
  home: Omit<HomeRow, 'costs'>;
  feeNumber: string | null;
  feeDecidedOn: string | null;
  monthlyCostGrosze: number | null;
  costValidFrom: string | null;
  residentIncomeGrosze: number | null;
  residentGrosze: number | null;
  relativesGrosze: number | null;
  fee: { residentPct: number; relatives: unknown[]; payments: unknown[]; steps: unknown[] } | null;
  waitingPlace: number | null;
  /** The signers of the two decisions (never sent). */
  referredBy: string | null;
  feeDecidedBy: string | null;
}

export async function findReferral(q: Queryable, id: string, scope: string) {
  return rowOf<ReferralRow>(
    q,
    `SELECT ${SUMMARY}, d.application_id AS "applicationId", a.number AS "applicationNumber",
            ${DATE('w.visited_on')} AS "wywiadVisitedOn", d.home_id AS "homeId",
            json_build_object('id', h.id, 'name', h.name, 'powiat', h.powiat, 'kind', h.kind, 'address', h.address,
              'places', h.places) AS home,
            d.fee_number AS "feeNumber", ${DATE('d.fee_decided_on')} AS "feeDecidedOn",
            d.monthly_cost_grosze AS "monthlyCostGrosze", ${DATE('c.valid_from')} AS "costValidFrom",
            d.resident_income_grosze AS "residentIncomeGrosze", d.resident_grosze AS "residentGrosze",
            d.relatives_grosze AS "relativesGrosze", d.fee, d.referred_by AS "referredBy", d.fee_decided_by AS "feeDecidedBy",
            (SELECT wl.place FROM (${WAITING}) wl WHERE wl.id = d.id) AS "waitingPlace"
       ${FROM} JOIN application a ON a.id = d.application_id JOIN wywiad w ON w.id = d.wywiad_id
       LEFT JOIN dps_home_cost c ON c.id = d.home_cost_id
      WHERE d.id = $1 AND ${scope}`,
    [id],
  );
}

export async function insertReferral(
  q: Queryable,
  d: { personId: string; applicationId: string; wywiadId: string; homeId: string; consentOn: string },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO dps_referral (person_id, application_id, wywiad_id, home_id, consent_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [d.personId, d.applicationId, d.wywiadId, d.homeId, d.consentOn, by],
  );
}

/** A person with an open file (not yet in a home) is not given a second one. */
export async function openReferralOf(q: Queryable, personId: string) {
  const r = await q.query('SELECT 1 FROM dps_referral WHERE person_id = $1 AND admitted_on IS NULL', [
    personId,
  ]);
  return r.rowCount! > 0;
}

export async function setReferred(q: Queryable, id: string, number: string, on: string, by: string) {
  await q.query(
    'UPDATE dps_referral SET referral_number = $2, referred_on = $3, referred_by = $4 WHERE id = $1',
    [id, number, on, by],
  );
}

export interface FeeWrite {
  number: string;
  decidedOn: string;
  homeCostId: string;
  monthlyCostGrosze: number;
  residentIncomeGrosze: number;
  residentGrosze: number;
  relativesGrosze: number;
  gminaGrosze: number;
  fee: object;
}

export async function setFee(q: Queryable, id: string, f: FeeWrite, by: string) {
  await q.query(
    `UPDATE dps_referral SET fee_number = $2, fee_decided_on = $3, fee_decided_by = $4, home_cost_id = $5,
            monthly_cost_grosze = $6, resident_income_grosze = $7, resident_grosze = $8, relatives_grosze = $9,
            gmina_grosze = $10, fee = $11 WHERE id = $1`,
    [
      id,
      f.number,
      f.decidedOn,
      by,
      f.homeCostId,
      f.monthlyCostGrosze,
      f.residentIncomeGrosze,
      f.residentGrosze,
      f.relativesGrosze,
      f.gminaGrosze,
      JSON.stringify(f.fee),
    ],
  );
}

export async function setAdmitted(q: Queryable, id: string, on: string) {
  await q.query('UPDATE dps_referral SET admitted_on = $2 WHERE id = $1', [id, on]);
}

export async function documents(q: Queryable, referralId: string) {
  const r = await q.query<{
    id: string;
    kind: 'consent' | 'medical' | 'psychological' | 'other';
    fileName: string;
    mediaType: string;
    size: number;
    uploadedOn: string;
  }>(
    `SELECT id, kind, file_name AS "fileName", media_type AS "mediaType", size,
            to_char(created_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM-DD') AS "uploadedOn"
       FROM dps_document WHERE referral_id = $1 ORDER BY created_at, id`,
    [referralId],
  );
  return r.rows;
}

export async function insertDocument(
  q: Queryable,
  d: { referralId: string; kind: string; fileName: string; mediaType: string; data: Buffer },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO dps_document (referral_id, kind, file_name, media_type, size, data, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [d.referralId, d.kind, d.fileName, d.mediaType, d.data.length, d.data, by],
  );
}

export async function documentData(q: Queryable, referralId: string, id: string) {
  return rowOf<{ data: Buffer; fileName: string; mediaType: string }>(
    q,
    `SELECT data, file_name AS "fileName", media_type AS "mediaType" FROM dps_document WHERE referral_id = $1 AND id = $2`,
    [referralId, id],
  );
}

/** Residents in a home on the month's last day with a fee decision: what the gmina pays for each. */
export async function residentsInMonth(q: Queryable, scope: string, lastDay: string) {
  const r = await q.query<{
    referralId: string;
    personId: string;
    firstName: string;
    surname: string;
    homeName: string;
    admittedOn: string;
    monthlyGminaGrosze: number;
  }>(
    `SELECT d.id AS "referralId", d.person_id AS "personId", p.first_name AS "firstName", p.surname,
            h.name AS "homeName", ${DATE('d.admitted_on')} AS "admittedOn", d.gmina_grosze AS "monthlyGminaGrosze"
       ${FROM} WHERE ${scope} AND d.admitted_on <= $1::date AND d.gmina_grosze IS NOT NULL
      ORDER BY p.surname, p.first_name, d.id`,
    [lastDay],
  );
  return r.rows;
}

/** Applications with a home visit whose applicant has no open DPS file; newest visit first. */
export async function candidates(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<CandidateRow>(
    q,
    `SELECT a.id AS "applicationId", a.number AS "applicationNumber", p.id AS "personId", p.first_name AS "firstName",
            p.surname, to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn"
       FROM application a JOIN person p ON p.id = a.applicant_id
       JOIN LATERAL (SELECT max(w.visited_on) AS visited_on FROM wywiad w WHERE w.application_id = a.id) v ON v.visited_on IS NOT NULL
      WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM dps_referral d WHERE d.person_id = p.id AND d.admitted_on IS NULL)
        AND ($1::date IS NULL OR (v.visited_on, a.id) < ($1::date, $2::uuid))
      ORDER BY v.visited_on DESC, a.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}
