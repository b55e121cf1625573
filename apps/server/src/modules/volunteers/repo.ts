import type {
  AgreementInput,
  VOLUNTEER_SKILLS,
  VolunteerSignUp,
  VolunteerStatus,
} from '@ostoja/domain/volunteers/volunteer';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

export interface VolunteerRow {
  id: string;
  firstName: string;
  surname: string;
  phone: string | null;
  email: string | null;
  adult: boolean;
  availability: VolunteerSignUp['availability'];
  skills: (typeof VOLUNTEER_SKILLS)[number][];
  about: string | null;
  consentAt: Date;
  status: VolunteerStatus;
  reviewNote: string | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  version: number;
}
const COLUMNS = `v.id, v.first_name AS "firstName", v.surname, v.phone, v.email, v.adult, v.availability, v.skills, v.about,
  v.consent_at AS "consentAt", v.status, v.review_note AS "reviewNote", u.full_name AS "reviewedByName",
  v.reviewed_at AS "reviewedAt", v.created_at AS "createdAt", v.version`;
const FROM = 'volunteer v LEFT JOIN staff_user u ON u.id = v.reviewed_by';

export async function insertVolunteer(q: Queryable, v: VolunteerSignUp, sortKey: string) {
  return insertedId(
    q,
    `INSERT INTO volunteer (first_name, surname, sort_key, phone, email, adult, availability, skills, about, consent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING id`,
    [
      v.firstName,
      v.surname,
      sortKey,
      v.phone ?? null,
      v.email ?? null,
      v.adult,
      JSON.stringify(v.availability),
      v.skills,
      v.about ?? null,
    ],
  );
}

export async function listVolunteers(
  q: Queryable,
  o: { status?: string | undefined; after: After; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.status) where.push(`v.status = $${params.push(o.status)}`);
  if (o.after)
    where.push(
      `(v.created_at, v.id) < ($${params.push(o.after[0])}::timestamptz, $${params.push(o.after[1])}::uuid)`,
    );
  return rowsOf<VolunteerRow & { cursorAt: string }>(
    q,
    `SELECT ${COLUMNS}, v.created_at::text AS "cursorAt" FROM ${FROM}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.created_at DESC, v.id DESC LIMIT ${o.limit + 1}`,
    params,
  );
}

export async function findVolunteer(q: Queryable, id: string) {
  return rowOf<VolunteerRow>(q, `SELECT ${COLUMNS} FROM ${FROM} WHERE v.id = $1`, [id]);
}

export async function review(
  q: Queryable,
  id: string,
  version: number,
  status: VolunteerStatus,
  note: string | null,
  by: string,
) {
  return oneRow(
    q,
    `UPDATE volunteer SET status = $3, review_note = $4, reviewed_by = $5, reviewed_at = now(),
            version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
    [id, version, status, note, by],
  );
}

export async function deleteVolunteer(q: Queryable, id: string) {
  return oneRow(q, 'DELETE FROM volunteer WHERE id = $1', [id]);
}

export interface AgreementRow extends Omit<AgreementInput, 'validTo' | 'extraTerms'> {
  validTo: string | null;
  extraTerms: string | null;
  id: string;
  volunteerId: string;
  number: string;
  createdAt: Date;
}
const AGREEMENT = `id, volunteer_id AS "volunteerId", number, concluded_on AS "concludedOn", valid_from AS "validFrom",
  valid_to AS "validTo", scope, place, hours, address, travel_costs AS "travelCosts", notice_days AS "noticeDays",
  signed_for_centre AS "signedForCentre", extra_terms AS "extraTerms", created_at AS "createdAt"`;

export async function insertAgreement(
  q: Queryable,
  volunteerId: string,
  number: string,
  a: AgreementInput,
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO volunteer_agreement (volunteer_id, number, concluded_on, valid_from, valid_to, scope, place, hours, address,
                                      travel_costs, notice_days, signed_for_centre, extra_terms, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      volunteerId,
      number,
      a.concludedOn,
      a.validFrom,
      a.validTo ?? null,
      a.scope,
      a.place,
      a.hours,
      a.address,
      a.travelCosts,
      a.noticeDays,
      a.signedForCentre,
      a.extraTerms ?? null,
      by,
    ],
  );
}

export async function agreements(q: Queryable, volunteerId: string) {
  return rowsOf<AgreementRow>(
    q,
    `SELECT ${AGREEMENT} FROM volunteer_agreement WHERE volunteer_id = $1 ORDER BY created_at DESC`,
    [volunteerId],
  );
}

export async function findAgreement(q: Queryable, id: string) {
  return rowOf<AgreementRow>(q, `SELECT ${AGREEMENT} FROM volunteer_agreement WHERE id = $1`, [id]);
}
