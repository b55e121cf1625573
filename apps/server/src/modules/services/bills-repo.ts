import type { CreateProviderInvoice, RecordBillPayment } from '@ostoja/domain/services/bills';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the monthly bills. A bill is read through its decision's person: the registry's scope (alias p).

export interface Billable {
  careServiceId: string;
  personId: string;
  hours: number;
  hourlyFeeGrosze: number;
}

/** Decisions (in scope) with hours delivered in the month and no bill for it yet. */
export async function billable(q: Queryable, month: string, scope: string) {
  return rowsOf<Billable>(
    q,
    `SELECT c.id AS "careServiceId", p.id AS "personId", sum(v.hours)::float8 AS hours,
            c.hourly_fee_grosze AS "hourlyFeeGrosze"
       FROM care_visit v JOIN care_service c ON c.id = v.care_service_id JOIN person p ON p.id = c.person_id
      WHERE ${scope} AND to_char(v.visit_on, 'YYYY-MM') = $1 AND v.missed_reason IS NULL
        AND NOT EXISTS (SELECT 1 FROM care_bill b WHERE b.care_service_id = c.id AND b.month = $1)
      GROUP BY c.id, p.id ORDER BY p.surname, p.first_name, c.id`,
    [month],
  );
}

export async function insertBill(
  q: Queryable,
  b: Billable & { number: string; month: string; amountGrosze: number; issuedOn: string; dueOn: string },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO care_bill (number, care_service_id, month, hours, hourly_fee_grosze, amount_grosze, issued_on, due_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [b.number, b.careServiceId, b.month, b.hours, b.hourlyFeeGrosze, b.amountGrosze, b.issuedOn, b.dueOn, by],
  );
}

export interface BillRow {
  id: string;
  number: string;
  careServiceId: string;
  decisionNumber: string;
  decidedOn: string;
  applicationId: string;
  personId: string;
  firstName: string;
  surname: string;
  month: string;
  hours: number;
  hourlyFeeGrosze: number;
  amountGrosze: number;
  issuedOn: string;
  dueOn: string;
  paidGrosze: number;
  payments: { paidOn: string; amountGrosze: number; method: 'cash' | 'transfer' }[];
}

const BILL = `SELECT b.id, b.number, b.care_service_id AS "careServiceId", c.number AS "decisionNumber",
        to_char(c.decided_on, 'YYYY-MM-DD') AS "decidedOn", c.application_id AS "applicationId",
        p.id AS "personId", p.first_name AS "firstName", p.surname, b.month, b.hours::float8 AS hours,
        b.hourly_fee_grosze AS "hourlyFeeGrosze", b.amount_grosze AS "amountGrosze",
        to_char(b.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(b.due_on, 'YYYY-MM-DD') AS "dueOn",
        coalesce((SELECT sum(x.amount_grosze) FROM care_bill_payment x WHERE x.bill_id = b.id), 0)::int AS "paidGrosze",
        coalesce((SELECT json_agg(json_build_object('paidOn', to_char(x.paid_on, 'YYYY-MM-DD'),
                   'amountGrosze', x.amount_grosze, 'method', x.method) ORDER BY x.paid_on, x.created_at)
                  FROM care_bill_payment x WHERE x.bill_id = b.id), '[]') AS payments
   FROM care_bill b JOIN care_service c ON c.id = b.care_service_id JOIN person p ON p.id = c.person_id`;

export async function findBill(q: Queryable, id: string, scope: string) {
  return rowOf<BillRow>(q, `${BILL} WHERE b.id = $1 AND ${scope}`, [id]);
}

/** The register of a month, by surname; keyset on (surname, id). */
export async function billsOfMonth(q: Queryable, month: string, scope: string, after: After, limit: number) {
  return rowsOf<BillRow>(
    q,
    `${BILL} WHERE b.month = $1 AND ${scope} AND ($2::text IS NULL OR (p.surname, b.id) > ($2::text, $3::uuid))
      ORDER BY p.surname, b.id LIMIT $4`,
    [month, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Every bill of these persons, for their arrears. */
export async function billsOfPersons(q: Queryable, personIds: string[]) {
  return rowsOf<{ personId: string; dueOn: string; amountGrosze: number; paidGrosze: number }>(
    q,
    `SELECT c.person_id AS "personId", to_char(b.due_on, 'YYYY-MM-DD') AS "dueOn", b.amount_grosze AS "amountGrosze",
            coalesce((SELECT sum(x.amount_grosze) FROM care_bill_payment x WHERE x.bill_id = b.id), 0)::int AS "paidGrosze"
       FROM care_bill b JOIN care_service c ON c.id = b.care_service_id WHERE c.person_id = ANY($1::uuid[])`,
    [personIds],
  );
}

export async function insertPayment(
  q: Queryable,
  billId: string,
  p: z.output<typeof RecordBillPayment>,
  by: string,
) {
  await q.query(
    `INSERT INTO care_bill_payment (bill_id, paid_on, amount_grosze, method, created_by) VALUES ($1, $2, $3, $4, $5)`,
    [billId, p.paidOn, p.amountGrosze, p.method, by],
  );
}

/** Locks a bill while a payment is recorded on it, so two payments cannot both pass the balance check. */
export async function lockBill(q: Queryable, id: string) {
  await q.query('SELECT 1 FROM care_bill WHERE id = $1 FOR UPDATE', [id]);
}

/** Hours the provider's carers delivered in the month, per decision with its hourly cost. */
export async function providerHours(q: Queryable, providerName: string, month: string) {
  return rowsOf<{ hours: number; hourlyCostGrosze: number }>(
    q,
    `SELECT sum(v.hours)::float8 AS hours, c.hourly_cost_grosze AS "hourlyCostGrosze"
       FROM care_visit v JOIN care_service c ON c.id = v.care_service_id
      WHERE c.provider = 'contracted' AND c.provider_name = $1 AND to_char(v.visit_on, 'YYYY-MM') = $2
        AND v.missed_reason IS NULL
      GROUP BY c.id`,
    [providerName, month],
  );
}

export async function invoiceExists(q: Queryable, providerName: string, number: string) {
  return oneRow(q, 'SELECT 1 FROM care_provider_invoice WHERE provider_name = $1 AND number = $2', [
    providerName,
    number,
  ]);
}

export async function insertInvoice(q: Queryable, i: z.output<typeof CreateProviderInvoice>, by: string) {
  return insertedId(
    q,
    `INSERT INTO care_provider_invoice (provider_name, month, number, issued_on, hours, amount_grosze, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [i.providerName, i.month, i.number, i.issuedOn, i.hours, i.amountGrosze, i.note, by],
  );
}
