import type { FoodAidThreshold } from '@ostoja/domain/food-aid/rules';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of FEPŻ food aid. Partners and thresholds are the centre's data; referrals are read
// through the person, so the registry's scope (the Niebieska Karta seal) is part of each such query.

export interface PartnerRow {
  id: string;
  name: string;
  address: string;
  contact: string | null;
}

export async function listPartners(q: Queryable, after: After, limit: number) {
  return rowsOf<PartnerRow>(
    q,
    `SELECT id, name, address, contact FROM food_aid_partner
      WHERE ($1::text IS NULL OR (name, id) > ($1::text, $2::uuid)) ORDER BY name, id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findPartner(q: Queryable, id: string) {
  return rowOf<PartnerRow>(q, 'SELECT id, name, address, contact FROM food_aid_partner WHERE id = $1', [id]);
}

export async function partnerNameTaken(q: Queryable, name: string) {
  return (await q.query('SELECT 1 FROM food_aid_partner WHERE name = $1', [name])).rowCount === 1;
}

export async function insertPartner(
  q: Queryable,
  p: { name: string; address: string; contact: string | null },
) {
  return insertedId(
    q,
    'INSERT INTO food_aid_partner (name, address, contact) VALUES ($1, $2, $3) RETURNING id',
    [p.name, p.address, p.contact],
  );
}

export async function thresholds(q: Queryable) {
  return rowsOf<FoodAidThreshold>(
    q,
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", percent FROM food_aid_threshold ORDER BY valid_from`,
  );
}

export interface ReferralRow {
  id: string;
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  partnerId: string;
  partnerName: string;
  issuedOn: string;
  validUntil: string;
  householdSize: number;
  incomePerPersonGrosze: number;
  reasons: string[];
  thresholdPercent: number;
  limitGrosze: number;
  issuedBy: string;
  sortKey: string;
}

const REFERRAL = `SELECT r.id, r.person_id AS "personId", p.first_name AS "firstName", p.surname, p.pesel, p.sort_key AS "sortKey",
        r.partner_id AS "partnerId", o.name AS "partnerName", to_char(r.issued_on, 'YYYY-MM-DD') AS "issuedOn",
        to_char(r.valid_until, 'YYYY-MM-DD') AS "validUntil", r.household_size AS "householdSize",
        r.income_per_person_grosze AS "incomePerPersonGrosze", r.reasons, r.threshold_percent AS "thresholdPercent",
        r.limit_grosze AS "limitGrosze", u.full_name AS "issuedBy"
   FROM food_aid_referral r JOIN person p ON p.id = r.person_id JOIN food_aid_partner o ON o.id = r.partner_id
   JOIN staff_user u ON u.id = r.issued_by`;

/** Referrals covering a month (issued by its end, valid at its start), optionally one partner's, by name. */
export async function referralsOfMonth(
  q: Queryable,
  month: string,
  partnerId: string | null,
  scope: string,
  after: After,
  limit: number,
) {
  return rowsOf<ReferralRow>(
    q,
    `${REFERRAL} WHERE r.issued_on < ($1 || '-01')::date + interval '1 month' AND r.valid_until >= ($1 || '-01')::date
        AND ($2::uuid IS NULL OR r.partner_id = $2) AND ${scope}
        AND ($3::text IS NULL OR (p.sort_key, r.id) > ($3::text, $4::uuid))
      ORDER BY p.sort_key, r.id LIMIT $5`,
    [month, partnerId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findReferral(q: Queryable, id: string, scope: string) {
  return rowOf<ReferralRow>(q, `${REFERRAL} WHERE r.id = $1 AND ${scope}`, [id]);
}

export type NewReferral = Pick<
  ReferralRow,
  | 'personId'
  | 'partnerId'
  | 'issuedOn'
  | 'validUntil'
  | 'householdSize'
  | 'incomePerPersonGrosze'
  | 'reasons'
  | 'thresholdPercent'
  | 'limitGrosze'
>;

export async function insertReferral(q: Queryable, x: NewReferral, by: string) {
  return insertedId(
    q,
    `INSERT INTO food_aid_referral (person_id, partner_id, issued_on, valid_until, household_size,
        income_per_person_grosze, reasons, threshold_percent, limit_grosze, issued_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      x.personId,
      x.partnerId,
      x.issuedOn,
      x.validUntil,
      x.householdSize,
      x.incomePerPersonGrosze,
      x.reasons,
      x.thresholdPercent,
      x.limitGrosze,
      by,
    ],
  );
}

/** Of the given ids, those on the partner's list of the month, with their person (whoever may see them). */
export async function onMonthList(q: Queryable, ids: readonly string[], partnerId: string, month: string) {
  return rowsOf<{ id: string; personId: string }>(
    q,
    `SELECT id, person_id AS "personId" FROM food_aid_referral
      WHERE id = ANY($1::uuid[]) AND partner_id = $2
        AND issued_on < ($3 || '-01')::date + interval '1 month' AND valid_until >= ($3 || '-01')::date`,
    [ids, partnerId, month],
  );
}

export async function upsertDistribution(
  q: Queryable,
  x: { referralId: string; month: string; kilograms: number; parcels: number },
  by: string,
) {
  await q.query(
    `INSERT INTO food_aid_distribution (referral_id, month, kilograms, parcels, imported_by)
     VALUES ($1, ($2 || '-01')::date, $3, $4, $5)
     ON CONFLICT (referral_id, month) DO UPDATE
       SET kilograms = EXCLUDED.kilograms, parcels = EXCLUDED.parcels, imported_by = EXCLUDED.imported_by, imported_at = now()`,
    [x.referralId, x.month, x.kilograms, x.parcels, by],
  );
}

/**
 * The programme's year: referrals issued in it, the persons referred and the persons in their
 * households (each person once, their largest household), and the food handed out in its months.
 */
export async function year(q: Queryable, from: string, to: string) {
  const totals = await q.query<{ referrals: number; persons: number; personsInHouseholds: number }>(
    `SELECT count(*)::int AS referrals, count(DISTINCT person_id)::int AS persons,
            COALESCE((SELECT sum(s)::int FROM (SELECT max(household_size) AS s FROM food_aid_referral
                        WHERE issued_on BETWEEN $1 AND $2 GROUP BY person_id) x), 0) AS "personsInHouseholds"
       FROM food_aid_referral WHERE issued_on BETWEEN $1 AND $2`,
    [from, to],
  );
  const partners = await q.query<{
    partnerId: string;
    name: string;
    persons: number;
    kilograms: number;
    parcels: number;
  }>(
    `SELECT o.id AS "partnerId", o.name,
            (SELECT count(DISTINCT r.person_id)::int FROM food_aid_referral r
              WHERE r.partner_id = o.id AND r.issued_on BETWEEN $1 AND $2) AS persons,
            COALESCE(sum(d.kilograms), 0)::float8 AS kilograms, COALESCE(sum(d.parcels), 0)::int AS parcels
       FROM food_aid_partner o
       LEFT JOIN food_aid_referral r ON r.partner_id = o.id
       LEFT JOIN food_aid_distribution d ON d.referral_id = r.id AND d.month BETWEEN $1 AND $2
      GROUP BY o.id, o.name ORDER BY o.name`,
    [from, to],
  );
  return { ...totals.rows[0]!, partners: partners.rows };
}
