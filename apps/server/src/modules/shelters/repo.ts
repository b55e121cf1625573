import type { ShelterFeeResolutionInput, ShelterInput, ShelterKind } from '@ostoja/domain/shelters/shelter';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';
import { peakOccupancy as peakOf } from '../../shared/occupancy.ts';

// SQL of the shelters module. The register of shelters and the fee resolutions are the centre's
// data, not personal; a referral is read through its person, so the registry's scope is part of
// each of its queries.

const SHELTER = `SELECT s.id, s.name, s.kind, s.address, s.places,
        (SELECT count(*)::int FROM shelter_referral r
          WHERE r.shelter_id = s.id AND current_date BETWEEN r.period_from AND r.period_to) AS "occupiedToday"
   FROM shelter s`;

export interface ShelterRow {
  id: string;
  name: string;
  kind: ShelterKind;
  address: string;
  places: number;
  occupiedToday: number;
}

/** By name; keyset on (name, id). */
export async function listShelters(q: Queryable, after: After, limit: number) {
  return rowsOf<ShelterRow>(
    q,
    `${SHELTER} WHERE ($1::text IS NULL OR (s.name, s.id) > ($1::text, $2::uuid))
      ORDER BY s.name, s.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findShelter(q: Queryable, id: string) {
  return rowOf<ShelterRow>(q, `${SHELTER} WHERE s.id = $1`, [id]);
}

/** The shelter row locked, so two referrals cannot both take its last place. */
export async function lockShelter(q: Queryable, id: string) {
  return rowOf<{ kind: ShelterKind; places: number }>(
    q,
    'SELECT kind, places FROM shelter WHERE id = $1 FOR UPDATE',
    [id],
  );
}

export async function insertShelter(q: Queryable, s: z.output<typeof ShelterInput>, by: string) {
  return insertedId(
    q,
    `INSERT INTO shelter (name, kind, address, places, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [s.name, s.kind, s.address, s.places, by],
  );
}

/** The most referrals on any one day of from–to: the places they take at the fullest. */
export const peakOccupancy = (q: Queryable, shelterId: string, from: string, to: string) =>
  peakOf(
    q,
    { table: 'shelter_referral', place: 'shelter_id', from: 'period_from', to: 'period_to' },
    shelterId,
    from,
    to,
  );

type ResolutionIn = z.output<typeof ShelterFeeResolutionInput>;
export interface ResolutionRow extends ResolutionIn {
  id: string;
}

const RESOLUTION = `SELECT f.id, f.number, to_char(f.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
        to_char(f.valid_from, 'YYYY-MM-DD') AS "validFrom", f.kind, f.daily_cost_grosze AS "dailyCostGrosze", f.bands
   FROM shelter_fee_resolution f`;

export async function listResolutions(q: Queryable, after: After, limit: number) {
  return rowsOf<ResolutionRow>(
    q,
    `${RESOLUTION} WHERE ($1::date IS NULL OR (f.valid_from, f.id) < ($1::date, $2::uuid))
      ORDER BY f.valid_from DESC, f.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findResolution(q: Queryable, id: string) {
  return rowOf<ResolutionRow>(q, `${RESOLUTION} WHERE f.id = $1`, [id]);
}

/** The resolution for a kind in force on a day: the latest valid from on or before it. */
export async function resolutionOn(q: Queryable, kind: ShelterKind, day: string) {
  return rowOf<ResolutionRow>(
    q,
    `${RESOLUTION} WHERE f.kind = $1 AND f.valid_from <= $2::date
      ORDER BY f.valid_from DESC, f.adopted_on DESC, f.created_at DESC LIMIT 1`,
    [kind, day],
  );
}

export async function resolutionExists(q: Queryable, f: ResolutionIn) {
  return oneRow(
    q,
    'SELECT 1 FROM shelter_fee_resolution WHERE kind = $1 AND valid_from = $2 AND number = $3',
    [f.kind, f.validFrom, f.number],
  );
}

export async function insertResolution(q: Queryable, f: ResolutionIn, by: string) {
  return insertedId(
    q,
    `INSERT INTO shelter_fee_resolution (number, adopted_on, valid_from, kind, daily_cost_grosze, bands, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [f.number, f.adoptedOn, f.validFrom, f.kind, f.dailyCostGrosze, JSON.stringify(f.bands), by],
  );
}

export interface ReferralRow {
  id: string;
  number: string | null;
  personId: string;
  firstName: string;
  surname: string;
  shelterId: string;
  shelterName: string;
  shelterKind: ShelterKind;
  applicationId: string | null;
  periodFrom: string;
  periodTo: string;
  days: number;
  decidedOn: string;
  resolutionNumber: string | null;
  dailyFeeGrosze: number;
  totalFeeGrosze: number;
  steps: unknown[];
}

const REFERRAL = `SELECT r.id, r.number, r.person_id AS "personId", p.first_name AS "firstName", p.surname,
        r.shelter_id AS "shelterId", s.name AS "shelterName", s.kind AS "shelterKind",
        r.application_id AS "applicationId", to_char(r.period_from, 'YYYY-MM-DD') AS "periodFrom",
        to_char(r.period_to, 'YYYY-MM-DD') AS "periodTo", (r.period_to - r.period_from + 1) AS days,
        to_char(r.decided_on, 'YYYY-MM-DD') AS "decidedOn", f.number AS "resolutionNumber",
        r.daily_fee_grosze AS "dailyFeeGrosze", r.total_fee_grosze AS "totalFeeGrosze", r.steps
   FROM shelter_referral r JOIN person p ON p.id = r.person_id JOIN shelter s ON s.id = r.shelter_id
   LEFT JOIN shelter_fee_resolution f ON f.id = r.resolution_id`;

/** Newest decided first, optionally one person's; keyset on (decided_on, id) descending. */
export async function listReferrals(
  q: Queryable,
  scope: string,
  personId: string | null,
  after: After,
  limit: number,
) {
  return rowsOf<ReferralRow>(
    q,
    `${REFERRAL} WHERE ${scope} AND ($1::uuid IS NULL OR r.person_id = $1)
        AND ($2::date IS NULL OR (r.decided_on, r.id) < ($2::date, $3::uuid))
      ORDER BY r.decided_on DESC, r.id DESC LIMIT $4`,
    [personId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findReferral(q: Queryable, id: string, scope: string) {
  return rowOf<ReferralRow>(q, `${REFERRAL} WHERE r.id = $1 AND ${scope}`, [id]);
}

export interface NewReferral {
  number: string | null;
  personId: string;
  shelterId: string;
  applicationId: string | null;
  wywiadId: string | null;
  periodFrom: string;
  periodTo: string;
  decidedOn: string;
  resolutionId: string | null;
  dailyFeeGrosze: number;
  totalFeeGrosze: number;
  steps: unknown[];
}

export async function insertReferral(q: Queryable, n: NewReferral, by: string) {
  return insertedId(
    q,
    `INSERT INTO shelter_referral (number, person_id, shelter_id, application_id, wywiad_id, period_from, period_to,
        decided_on, resolution_id, daily_fee_grosze, total_fee_grosze, steps, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      n.number,
      n.personId,
      n.shelterId,
      n.applicationId,
      n.wywiadId,
      n.periodFrom,
      n.periodTo,
      n.decidedOn,
      n.resolutionId,
      n.dailyFeeGrosze,
      n.totalFeeGrosze,
      JSON.stringify(n.steps),
      by,
    ],
  );
}
