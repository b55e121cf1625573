import type {
  FuneralCostLimitInput,
  FuneralHomeInput,
  FuneralRecoveryInput,
} from '@ostoja/domain/funerals/funeral';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the funerals module. Funeral homes and cost limits are the centre's data, not personal;
// a funeral is read through the deceased, so the registry's scope is part of each of its queries.

export interface HomeRow {
  id: string;
  name: string;
  address: string;
  contractNumber: string;
}
const HOME = `SELECT h.id, h.name, h.address, h.contract_number AS "contractNumber" FROM funeral_home h`;

export async function listHomes(q: Queryable, after: After, limit: number) {
  return rowsOf<HomeRow>(
    q,
    `${HOME} WHERE ($1::text IS NULL OR (h.name, h.id) > ($1::text, $2::uuid)) ORDER BY h.name, h.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findHome(q: Queryable, id: string) {
  return (await q.query<HomeRow>(`${HOME} WHERE h.id = $1`, [id])).rows[0] ?? null;
}

export async function insertHome(q: Queryable, h: z.output<typeof FuneralHomeInput>, by: string) {
  return insertedId(
    q,
    `INSERT INTO funeral_home (name, address, contract_number, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [h.name, h.address, h.contractNumber, by],
  );
}

type LimitIn = z.output<typeof FuneralCostLimitInput>;
export interface LimitRow extends LimitIn {
  id: string;
}
const LIMIT = `SELECT l.id, l.resolution_number AS "resolutionNumber", to_char(l.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
        to_char(l.valid_from, 'YYYY-MM-DD') AS "validFrom", l.limit_grosze AS "limitGrosze"
   FROM funeral_cost_limit l`;

/** Newest in force first; keyset on (valid_from, id) descending. */
export async function listLimits(q: Queryable, after: After, limit: number) {
  return rowsOf<LimitRow>(
    q,
    `${LIMIT} WHERE ($1::date IS NULL OR (l.valid_from, l.id) < ($1::date, $2::uuid))
      ORDER BY l.valid_from DESC, l.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findLimit(q: Queryable, id: string) {
  return (await q.query<LimitRow>(`${LIMIT} WHERE l.id = $1`, [id])).rows[0] ?? null;
}

/** The limits valid from on or before a day (the rule picks the one in force). */
export async function limitsUpTo(q: Queryable, day: string) {
  return (await q.query<LimitRow>(`${LIMIT} WHERE l.valid_from <= $1::date`, [day])).rows;
}

export async function limitExists(q: Queryable, l: LimitIn) {
  return oneRow(q, 'SELECT 1 FROM funeral_cost_limit WHERE valid_from = $1 AND resolution_number = $2', [
    l.validFrom,
    l.resolutionNumber,
  ]);
}

export async function insertLimit(q: Queryable, l: LimitIn, by: string) {
  return insertedId(
    q,
    `INSERT INTO funeral_cost_limit (resolution_number, adopted_on, valid_from, limit_grosze, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [l.resolutionNumber, l.adoptedOn, l.validFrom, l.limitGrosze, by],
  );
}

export interface RecoveryRow {
  id: string;
  source: 'zusAllowance' | 'estate';
  kind: 'claimed' | 'received';
  amountGrosze: number;
  on: string;
  reference: string | null;
}

export interface FuneralRow {
  id: string;
  number: string;
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  dateOfDeath: string;
  placeOfDeath: string | null;
  reportedBy: string;
  reportedOn: string;
  funeralHomeId: string;
  funeralHomeName: string;
  funeralHomeAddress: string;
  contractNumber: string;
  orderedOn: string;
  limitResolution: string;
  limitGrosze: number;
  costGrosze: number;
  overLimitReason: string | null;
  invoiceNumber: string | null;
  invoiceIssuedOn: string | null;
  recoveries: RecoveryRow[];
}

const FUNERAL = `SELECT f.id, f.number, f.person_id AS "personId", p.first_name AS "firstName", p.surname, p.pesel,
        to_char(f.date_of_death, 'YYYY-MM-DD') AS "dateOfDeath", f.place_of_death AS "placeOfDeath",
        f.reported_by AS "reportedBy", to_char(f.reported_on, 'YYYY-MM-DD') AS "reportedOn",
        f.funeral_home_id AS "funeralHomeId", h.name AS "funeralHomeName", h.address AS "funeralHomeAddress",
        h.contract_number AS "contractNumber", to_char(f.ordered_on, 'YYYY-MM-DD') AS "orderedOn",
        l.resolution_number AS "limitResolution", l.limit_grosze AS "limitGrosze", f.cost_grosze AS "costGrosze",
        f.over_limit_reason AS "overLimitReason", f.invoice_number AS "invoiceNumber",
        to_char(f.invoice_issued_on, 'YYYY-MM-DD') AS "invoiceIssuedOn",
        coalesce((SELECT json_agg(json_build_object('id', x.id, 'source', x.source, 'kind', x.kind,
                    'amountGrosze', x.amount_grosze, 'on', to_char(x.on_date, 'YYYY-MM-DD'), 'reference', x.reference)
                    ORDER BY x.on_date, x.created_at)
                    FROM funeral_recovery x WHERE x.funeral_id = f.id), '[]') AS recoveries
   FROM funeral f JOIN person p ON p.id = f.person_id JOIN funeral_home h ON h.id = f.funeral_home_id
   JOIN funeral_cost_limit l ON l.id = f.limit_id`;

const RECEIVED = `(SELECT coalesce(sum(x.amount_grosze), 0) FROM funeral_recovery x
                    WHERE x.funeral_id = f.id AND x.kind = 'received')`;

/** Newest ordered first, optionally one person's or only those not yet recovered in full. */
export async function listFunerals(
  q: Queryable,
  scope: string,
  filter: { personId: string | null; outstanding: boolean },
  after: After,
  limit: number,
) {
  return rowsOf<FuneralRow>(
    q,
    `${FUNERAL} WHERE ${scope} AND ($1::uuid IS NULL OR f.person_id = $1)
        AND (NOT $2::boolean OR ${RECEIVED} < f.cost_grosze)
        AND ($3::date IS NULL OR (f.ordered_on, f.id) < ($3::date, $4::uuid))
      ORDER BY f.ordered_on DESC, f.id DESC LIMIT $5`,
    [filter.personId, filter.outstanding, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findFuneral(q: Queryable, id: string, scope: string) {
  return (await q.query<FuneralRow>(`${FUNERAL} WHERE f.id = $1 AND ${scope}`, [id])).rows[0] ?? null;
}

/** The funeral already arranged for a person, if any (one per deceased). */
export async function funeralOf(q: Queryable, personId: string) {
  return rowOf<{ number: string }>(q, 'SELECT number FROM funeral WHERE person_id = $1', [personId]);
}

/** The funeral row locked, so two recoveries cannot together pass its cost. */
export async function lockFuneral(q: Queryable, id: string) {
  await q.query('SELECT 1 FROM funeral WHERE id = $1 FOR UPDATE', [id]);
}

export interface NewFuneral {
  number: string;
  personId: string;
  dateOfDeath: string;
  placeOfDeath: string | null;
  reportedBy: string;
  reportedOn: string;
  funeralHomeId: string;
  orderedOn: string;
  limitId: string;
  costGrosze: number;
  overLimitReason: string | null;
}

export async function insertFuneral(q: Queryable, n: NewFuneral, by: string) {
  return insertedId(
    q,
    `INSERT INTO funeral (number, person_id, date_of_death, place_of_death, reported_by, reported_on,
        funeral_home_id, ordered_on, limit_id, cost_grosze, over_limit_reason, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      n.number,
      n.personId,
      n.dateOfDeath,
      n.placeOfDeath,
      n.reportedBy,
      n.reportedOn,
      n.funeralHomeId,
      n.orderedOn,
      n.limitId,
      n.costGrosze,
      n.overLimitReason,
      by,
    ],
  );
}

export async function setInvoice(
  q: Queryable,
  id: string,
  i: { invoiceNumber: string; issuedOn: string; invoiceGrosze: number; overLimitReason: string | null },
) {
  await q.query(
    `UPDATE funeral SET invoice_number = $2, invoice_issued_on = $3, cost_grosze = $4,
        over_limit_reason = coalesce($5, over_limit_reason) WHERE id = $1`,
    [id, i.invoiceNumber, i.issuedOn, i.invoiceGrosze, i.overLimitReason],
  );
}

export async function insertRecovery(
  q: Queryable,
  funeralId: string,
  x: z.output<typeof FuneralRecoveryInput>,
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO funeral_recovery (funeral_id, source, kind, amount_grosze, on_date, reference, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [funeralId, x.source, x.kind, x.amountGrosze, x.on, x.reference ?? null, by],
  );
}
