// Granted decisions with one month's payment due for `recipients` applicants of the generated
// registry: what a large city's monthly payment run holds. Set-based SQL, one statement a table.
import { makeIban } from '@ostoja/domain/payments/iban';
import type { Db } from '../apps/server/src/db/db.ts';

export async function generatePayments(db: Db, recipients: number, month: string) {
  const ibans = Array.from({ length: recipients }, (_v, i) =>
    makeIban('PL', `10901014${String(i + 1).padStart(16, '0')}`),
  );
  await db.tx(async (q) => {
    const clerk = (await q.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'swiadczenia'`))
      .rows[0]!.id;
    await q.query(
      `CREATE TEMP TABLE bench_recipient ON COMMIT DROP AS
         SELECT row_number() OVER () AS n, m.household_id, m.person_id, gen_random_uuid() AS app_id, gen_random_uuid() AS dec_id
           FROM household_membership m WHERE m.relation = 'applicant' AND m.valid_to IS NULL LIMIT $1`,
      [recipients],
    );
    await q.query(
      `INSERT INTO application (id, number, household_id, applicant_id, channel, submitted_on, benefits, help_reasons,
         status, wywiad_due, decision_due)
       SELECT app_id, 'B/' || n, household_id, person_id, 'inPerson', $1::date - 40, '{zasilekOkresowy}', '{4}',
              'decided', $1::date - 20, $1::date - 10 FROM bench_recipient`,
      [`${month}-01`],
    );
    await q.query(
      `INSERT INTO decision (id, application_id, number, outcome, benefit, amount, period_from, period_to, schedule,
         payment_method, iban, legal_basis, justification, decided_on, signed_by_id)
       SELECT r.dec_id, r.app_id, 'BENCH.' || r.n, 'grant', 'zasilekOkresowy', 30000 + (r.n % 50) * 1000, $1::date,
              ($1::date + interval '1 month - 1 day')::date,
              jsonb_build_array(jsonb_build_object('month', $2::text, 'amount', 30000 + (r.n % 50) * 1000, 'days', null)),
              CASE WHEN r.n % 10 < 7 THEN 'transfer' ELSE 'cashDesk' END,
              CASE WHEN r.n % 10 < 7 THEN ($4::text[])[r.n] END,
              'art. 38 ust. 1', 'bench', $1::date - 15, $3
         FROM bench_recipient r`,
      [`${month}-01`, month, clerk, ibans],
    );
    // Their action logs, so that each application's page opens as any other.
    await q.query(
      `INSERT INTO application_action (application_id, type, on_date, payload, actor_id)
       SELECT app_id, 'submit', $1::date - 40, '{"channel": "inPerson"}', $2::uuid FROM bench_recipient
       UNION ALL
       SELECT r.app_id, 'issueDecision', $1::date - 15,
              jsonb_build_object('decisionId', r.dec_id, 'number', 'BENCH.' || r.n, 'outcome', 'grant'), $2
         FROM bench_recipient r`,
      [`${month}-01`, clerk],
    );
  });
  await db.query('ANALYZE application; ANALYZE decision; ANALYZE payment_schedule_item');
}

/** One month's payment of every bench decision (each run pays a month of its own); how many were scheduled. */
export async function scheduleBenchMonth(db: Db, month: string): Promise<number> {
  const r = await db.query(
    `INSERT INTO payment_schedule_item (decision_id, person_id, household_id, benefit, month, amount, method, iban, due_on)
     SELECT d.id, a.applicant_id, a.household_id, d.benefit, $1::date, d.amount, d.payment_method, d.iban, $1::date + 9
       FROM decision d JOIN application a ON a.id = d.application_id
      WHERE d.number LIKE 'BENCH.%'`,
    [`${month}-01`],
  );
  await db.query('ANALYZE payment_schedule_item');
  return r.rowCount ?? 0;
}
