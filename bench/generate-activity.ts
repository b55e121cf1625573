// The centre's work over ten years on top of the generated registry: applications with their
// action logs, home visits (one per application), decisions, the monthly payments of every granted decision (schedule,
// items, ledger, reporting projections), Niebieska Karta procedures and counselling bookings.
// Set-based SQL in chunks, one statement per chunk (data-modifying CTEs all run to completion),
// with a progress line; deterministic apart from generated ids (values derive from row numbers). Triggers and non-unique indexes are off while loading,
// as in any bulk load of a throwaway database, and the projections are filled directly.
import type pg from 'pg';

export const ACTIVITY = {
  small: { decisions: 80_000, paymentItems: 600_000 },
  city: { decisions: 400_000, paymentItems: 3_000_000 },
  national: { decisions: 10_000_000, paymentItems: 20_000_000 },
} as const;

/** Proportions taken per person of the registry (national: 10 000 procedures, 100 000 bookings). */
const BLUE_CARD_PER_PERSON = 1 / 200;
const BOOKINGS_PER_PERSON = 1 / 20;
const CHUNK = 100_000;
const WORKERS = 2;
const FIRST_DAY = '2016-01-01';
const DAYS = 3652; // applications are spread evenly over 2016–2025
const LAST_MONTH = '2026-10-01'; // nothing is scheduled after the month before "today"

const LOADED_TABLES = [
  'application',
  'application_action',
  'decision',
  'wywiad',
  'payment_schedule_item',
  'payment_item',
  'ledger_txn',
  'ledger_entry',
  'report_decision',
  'report_expense',
  'blue_card_procedure',
  'blue_card_action',
  'blue_card_person',
  'counselling_booking',
  'counselling_consultation',
];

function progress(label: string, done: number, total: number, startedAt: number) {
  const pct = Math.floor((done / total) * 100);
  const bar = '#'.repeat(Math.floor(pct / 4)).padEnd(25, '.');
  const s = ((Date.now() - startedAt) / 1000).toFixed(0);
  process.stdout.write(
    `\r  ${label.padEnd(14)} [${bar}] ${pct}% ${done.toLocaleString('pl-PL')}/${total.toLocaleString('pl-PL')} ${s} s`,
  );
  if (done >= total) process.stdout.write('\n');
}

/** Indexes that are neither primary keys nor unique: dropped for the load, rebuilt after. */
async function dropSecondaryIndexes(c: pg.PoolClient) {
  const r = await c.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary`,
    [LOADED_TABLES],
  );
  for (const { name } of r.rows) await c.query(`DROP INDEX ${name}`);
  return r.rows.map((x) => x.def);
}

/** Months of payment per granted periodic decision, so that the items come to `paymentItems`. */
export function monthsPerPeriodic(decisions: number, paymentItems: number) {
  const granted = decisions * 0.9;
  const oneOff = granted / 3; // zasiłek celowy: one payment
  const periodic = granted - oneOff;
  return Math.max(1, (paymentItems - oneOff) / periodic);
}

export async function generateActivity(pool: pg.Pool, size: keyof typeof ACTIVITY, persons: number) {
  const { decisions, paymentItems } = ACTIVITY[size];
  const months = monthsPerPeriodic(decisions, paymentItems);
  const whole = Math.floor(months);
  const extraPerMille = Math.round((months - whole) * 1000);
  const c = await pool.connect();
  // One chunk per core: the chunks are independent (their own rows, numbers and payment months).
  const helpers = await Promise.all(Array.from({ length: WORKERS - 1 }, () => pool.connect()));
  const workers = [c, ...helpers];
  try {
    for (const w of workers) {
      await w.query("SET session_replication_role = replica; SET work_mem = '256MB'");
      await w.query("SET maintenance_work_mem = '1GB'; SET synchronous_commit = off");
    }
    const indexes = await dropSecondaryIndexes(c);
    // Whatever happens, the indexes come back: a failed load must not leave a crippled database.
    try {
      const staff = async (login: string) =>
        (await c.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login])).rows[0]!.id;
      const clerk = await staff('swiadczenia');
      const worker = await staff('pracownik');

      for (const w of workers) {
        await w.query(`CREATE TEMP TABLE gen_applicant AS
          SELECT row_number() OVER (ORDER BY m.household_id) AS hn, m.household_id, m.person_id, h.field_team_id
            FROM household_membership m JOIN household h ON h.id = m.household_id
           WHERE m.relation = 'applicant' AND m.valid_to IS NULL`);
        await w.query('CREATE UNIQUE INDEX ON gen_applicant (hn)');
      }
      const households = Number((await c.query('SELECT count(*) AS n FROM gen_applicant')).rows[0].n);
      await c.query(
        `INSERT INTO payment_run (number, month, status, opened_by)
         SELECT 'G/' || to_char(m, 'YYYY-MM'), m, 'approved', $1
           FROM generate_series(date '2016-01-01', $2::date, interval '1 month') m
         ON CONFLICT (number) DO NOTHING`,
        [clerk, LAST_MONTH],
      );

      const t0 = Date.now();
      let next = 1;
      let done = 0;
      await Promise.all(
        workers.map(async (w) => {
          while (next <= decisions) {
            const lo = next;
            const hi = Math.min(decisions, lo + CHUNK - 1);
            next = hi + 1;
            await w.query(chunkSql(lo, hi, decisions, households, whole, extraPerMille, clerk, worker));
            done += hi - lo + 1;
            progress('cases', done, decisions, t0);
          }
        }),
      );
      process.stdout.write('  payment runs: totals…');
      await c.query(`UPDATE payment_run r SET item_count = t.n, gross_amount = t.s, net_amount = t.s,
                            progress_total = t.n, progress_done = t.n
                       FROM (SELECT run_id, count(*)::int AS n, sum(amount) AS s FROM payment_item GROUP BY run_id) t
                      WHERE r.id = t.run_id AND r.number LIKE 'G/%'`);
      process.stdout.write(' done\n');

      const procedures = Math.round(persons * BLUE_CARD_PER_PERSON);
      await c.query(blueCardSql(procedures, await staff('niebieska')));
      progress('Niebieska Karta', procedures, procedures, t0);
      const bookings = Math.round(persons * BOOKINGS_PER_PERSON);
      await c.query(bookingsSql(bookings, await staff('psycholog')));
      progress('bookings', bookings, bookings, t0);
    } finally {
      // Index builds, one per core at a time.
      const t1 = Date.now();
      let built = 0;
      const queue = [...indexes];
      await Promise.all(
        workers.map(async (w) => {
          for (let def = queue.shift(); def; def = queue.shift()) {
            await w.query(def);
            progress('indexes', ++built, indexes.length, t1);
          }
        }),
      );
    }
    await c.query('SET session_replication_role = DEFAULT');
    // VACUUM too: index-only scans need the visibility map (the reports rely on them).
    for (const t of LOADED_TABLES) await c.query(`VACUUM ANALYZE ${t}`);
  } finally {
    for (const w of workers) w.release();
  }
}

/** A valid Polish IBAN (mod-97 check digits) for bank account number n, in SQL. */
const ibanSql = (n: string) =>
  `'PL' || lpad((98 - ((lpad((${n})::text, 24, '0') || '252100')::numeric % 97))::text, 2, '0') || lpad((${n})::text, 24, '0')`;

/**
 * Applications lo..hi, each with its home visit and decision; a granted decision is paid every
 * month of its period (one month for a zasiłek celowy), each payment with its ledger entries.
 */

function chunkSql(
  lo: number,
  hi: number,
  total: number,
  households: number,
  months: number,
  extraPerMille: number,
  clerk: string,
  worker: string,
) {
  return `
WITH a AS (
  INSERT INTO application (number, household_id, applicant_id, channel, submitted_on, benefits, help_reasons,
                           field_team_id, status, wywiad_due, decision_due)
  SELECT 'G/' || i, h.household_id, h.person_id, (ARRAY['inPerson', 'post', 'electronic'])[i % 3 + 1],
         date '${FIRST_DAY}' + (i * ${DAYS}::bigint / ${total})::int,
         ARRAY[(ARRAY['zasilekOkresowy', 'zasilekCelowy', 'zasilekStaly'])[i % 3 + 1]],
         ARRAY[(ARRAY['1', '4', '5', '6', '9', '13'])[i % 6 + 1], (ARRAY['2', '7', '8'])[i % 3 + 1]],
         h.field_team_id, 'decided',
         date '${FIRST_DAY}' + (i * ${DAYS}::bigint / ${total})::int + 14,
         date '${FIRST_DAY}' + (i * ${DAYS}::bigint / ${total})::int + 30
    FROM generate_series(${lo}::bigint, ${hi}::bigint) i JOIN gen_applicant h ON h.hn = i % ${households} + 1
  RETURNING id, number, household_id, applicant_id, submitted_on, benefits[1] AS benefit, help_reasons, channel
), w AS (
  INSERT INTO wywiad (application_id, household_id, worker_id, visited_on, conclusions, members)
  SELECT a.id, a.household_id, '${worker}', a.submitted_on + 5, 'Wywiad przeprowadzony; sytuacja jak we wniosku.',
         -- The shape the home-visit use case writes (and the application's answer schema checks).
         jsonb_build_array(jsonb_build_object('personId', a.applicant_id, 'alimonyPaid', 0, 'sources',
           jsonb_build_array(jsonb_build_object('kind', CASE WHEN a.benefit = 'zasilekStaly' THEN 'pension' ELSE 'employment' END,
                                                'month', to_char(a.submitted_on - interval '1 month', 'YYYY-MM'),
                                                'gross', 60000 + substr(a.number, 3)::bigint % 40000,
                                                'tax', 0, 'contributions', 0))))
    FROM a
  RETURNING id, application_id, visited_on
), d AS (
  INSERT INTO decision (application_id, number, outcome, benefit, amount, period_from, period_to, payment_method, iban,
                        legal_basis, justification, decided_on, signed_by_id)
  SELECT a.id, 'D/' || a.number, CASE WHEN x.n % 10 = 0 THEN 'refuse' ELSE 'grant' END, a.benefit,
         CASE WHEN x.n % 10 = 0 THEN 0 ELSE 30000 + x.n % 50 * 1000 END,
         CASE WHEN x.n % 10 <> 0 THEN p.first END, CASE WHEN x.n % 10 <> 0 THEN p.last END,
         CASE WHEN x.n % 10 = 0 THEN NULL WHEN x.n % 10 < 8 THEN 'transfer' ELSE 'cashDesk' END,
         CASE WHEN x.n % 10 BETWEEN 1 AND 7 THEN ${ibanSql('1090101400000000 + x.n')} END,
         CASE a.benefit WHEN 'zasilekStaly' THEN 'art. 37 ust. 1' WHEN 'zasilekOkresowy' THEN 'art. 38 ust. 1'
                        ELSE 'art. 39 ust. 1' END || ' ustawy o pomocy społecznej',
         'Uzasadnienie decyzji.', a.submitted_on + 20, '${clerk}'
    FROM a
    CROSS JOIN LATERAL (SELECT substr(a.number, 3)::bigint AS n) x
    CROSS JOIN LATERAL (
      SELECT date_trunc('month', a.submitted_on + 20)::date AS first,
             CASE WHEN a.benefit = 'zasilekCelowy' THEN a.submitted_on + 20
                  ELSE least(date '${LAST_MONTH}' + interval '1 month',
                             date_trunc('month', a.submitted_on + 20)
                               + (${months} + CASE WHEN x.n * 7919 % 1000 < ${extraPerMille} THEN 1 ELSE 0 END) * interval '1 month')::date - 1
             END AS last) p
  RETURNING id, application_id, number, outcome, benefit, amount, period_from, period_to, payment_method, iban, decided_on
), log AS (
  -- The application's action log, from which its page derives status and deadlines.
  INSERT INTO application_action (application_id, type, on_date, payload, actor_id)
  SELECT a.id, 'submit', a.submitted_on, jsonb_build_object('channel', a.channel), '${clerk}'::uuid FROM a
  UNION ALL
  SELECT w.application_id, 'recordWywiad', w.visited_on, jsonb_build_object('wywiadId', w.id), '${worker}' FROM w
  UNION ALL
  SELECT d.application_id, 'issueDecision', d.decided_on,
         jsonb_build_object('decisionId', d.id, 'number', d.number, 'outcome', d.outcome, 'amount', d.amount), '${clerk}'
    FROM d
  RETURNING id
), rd AS (
  INSERT INTO report_decision (decision_id, application_id, benefit, period_from, period_to, person_id, household_id,
                               help_reasons, pension, family_size, children, couple)
  SELECT d.id, a.id, d.benefit, d.period_from, d.period_to, a.applicant_id, a.household_id, a.help_reasons,
         a.benefit = 'zasilekStaly', f.family_size, f.children, f.couple
    FROM d JOIN a ON a.id = d.application_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS family_size,
             count(*) FILTER (WHERE p.birth_date > d.period_from - interval '18 years')::int AS children,
             COALESCE(bool_or(m.relation IN ('spouse', 'partner')), false) AS couple
        FROM household_membership m JOIN person p ON p.id = m.person_id
       WHERE m.household_id = a.household_id AND m.valid_to IS NULL) f
   WHERE d.outcome = 'grant'
  RETURNING decision_id
), s AS (
  INSERT INTO payment_schedule_item (decision_id, person_id, household_id, benefit, month, amount, method, iban, due_on, status)
  SELECT d.id, a.applicant_id, a.household_id, d.benefit, m::date, d.amount, d.payment_method, d.iban,
         CASE WHEN d.benefit = 'zasilekCelowy' THEN d.period_from ELSE m::date + 9 END, 'paid'
    FROM d JOIN a ON a.id = d.application_id
    CROSS JOIN LATERAL generate_series(date_trunc('month', d.period_from), d.period_to, interval '1 month') m
   WHERE d.outcome = 'grant'
  RETURNING id, decision_id, person_id, household_id, benefit, month, amount, method, iban, due_on
), pi AS (
  INSERT INTO payment_item (run_id, schedule_item_id, decision_id, decision_number, person_id, household_id, benefit, month,
                            amount, method, iban, recipient_name, title, pay_on, status, paid_on)
  SELECT r.id, s.id, s.decision_id, d.number, s.person_id, s.household_id, s.benefit, s.month, s.amount, s.method, s.iban,
         'Odbiorca świadczenia', 'Świadczenie z pomocy społecznej ' || to_char(s.month, 'MM/YYYY'), s.due_on, 'paid', s.due_on
    FROM s JOIN d ON d.id = s.decision_id JOIN payment_run r ON r.number = 'G/' || to_char(s.month, 'YYYY-MM')
  RETURNING id, person_id, household_id, benefit, amount, method, paid_on
), t AS (
  INSERT INTO ledger_txn (id, person_id, kind, on_date, payment_item_id)
  SELECT gen_random_uuid(), pi.person_id, 'payment', pi.paid_on, pi.id FROM pi
  RETURNING id, person_id, on_date, payment_item_id
), e AS (
  INSERT INTO ledger_entry (txn_id, person_id, account, amount)
  SELECT t.id, t.person_id, x.account, x.sign * pi.amount
    FROM t JOIN pi ON pi.id = t.payment_item_id
    CROSS JOIN LATERAL (VALUES ('expense', 1), (CASE WHEN pi.method = 'transfer' THEN 'bank' ELSE 'cash' END, -1)) x(account, sign)
  RETURNING id, txn_id, account, amount
)
INSERT INTO report_expense (entry_id, on_date, payment_item_id, benefit, person_id, household_id, amount)
SELECT e.id, t.on_date, pi.id, pi.benefit, pi.person_id, pi.household_id, e.amount
  FROM e JOIN t ON t.id = e.txn_id JOIN pi ON pi.id = t.payment_item_id
 WHERE e.account = 'expense'`;
}

/**
 * Niebieska Karta procedures opened 2020–2025: a victim and a person using violence from one
 * household (a child as well in every third), at each stage of the procedure; one in twenty
 * victims first registered through the procedure (sealed).
 */
function blueCardSql(procedures: number, opener: string) {
  return `
WITH persons AS MATERIALIZED (
  SELECT row_number() OVER (ORDER BY household_id, id) AS pn, id, household_id FROM person
), team AS (SELECT id FROM interdisciplinary_team ORDER BY created_at LIMIT 1),
p AS (
  INSERT INTO blue_card_procedure (number, year, team_id, opened_on, opened_by_id, initiator_kind, initiator_name,
                                   initiator_institution, violence_forms, description, victim_present, status,
                                   closure_reason, closed_on, monitoring_until, next_due, next_due_kind)
  SELECT 'NK/G/' || i, 2020 + i % 6, (SELECT id FROM team), make_date(2020 + i % 6, 1 + i % 12, 1 + i % 28), '${opener}',
         (ARRAY['police', 'socialWorker', 'teacher', 'medic'])[i % 4 + 1], 'Wypełniający NK-A', 'Instytucja',
         ARRAY[(ARRAY['physical', 'psychological', 'economic'])[i % 3 + 1]], 'Opis zdarzenia.', true,
         s.status,
         CASE WHEN s.status IN ('monitoring', 'closed') THEN 'violenceStopped' END,
         CASE WHEN s.status IN ('monitoring', 'closed') THEN make_date(2020 + i % 6, 1 + i % 12, 1 + i % 28) + 120 END,
         CASE WHEN s.status IN ('monitoring', 'closed') THEN make_date(2020 + i % 6, 1 + i % 12, 1 + i % 28) + 300 END,
         CASE WHEN s.status IN ('opened', 'withChair') THEN make_date(2020 + i % 6, 1 + i % 12, 1 + i % 28) + 7 END,
         CASE s.status WHEN 'opened' THEN 'chairTransfer' WHEN 'withChair' THEN 'groupForming' END
    FROM generate_series(1, ${procedures}) i
    CROSS JOIN LATERAL (SELECT (ARRAY['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'monitoring',
                                      'inProgress', 'inProgress', 'opened', 'withChair'])[i % 11 + 1] AS status) s
  RETURNING id, number, status, opened_on
), x AS (SELECT p.*, substr(p.number, 6)::bigint AS i FROM p),
act AS (
  INSERT INTO blue_card_action (procedure_id, type, on_date, actor_id)
  SELECT x.id, step.type, x.opened_on + step.day, '${opener}'
    FROM x CROSS JOIN LATERAL (VALUES ('open', 0, 0), ('transferToChair', 3, 1), ('formDiagnosticGroup', 10, 2),
                                      ('recordMeeting', 20, 3), ('close', 120, 4), ('endMonitoring', 300, 5)) step(type, day, rank)
   WHERE step.rank <= CASE x.status WHEN 'opened' THEN 0 WHEN 'withChair' THEN 1 WHEN 'inProgress' THEN 3
                                    WHEN 'monitoring' THEN 4 ELSE 5 END
  RETURNING procedure_id
)
INSERT INTO blue_card_person (procedure_id, person_id, role, sealed, added_on)
SELECT x.id, pe.id, r.role, r.role = 'victim' AND x.i % 20 = 0, x.opened_on
  FROM x
  CROSS JOIN LATERAL (VALUES ('victim', 0), ('perpetrator', 1), ('child', 2)) r(role, k)
  JOIN persons pe ON pe.pn = (x.i * 7919 + r.k) % (SELECT count(*) FROM persons) + 1
 WHERE r.role <> 'child' OR x.i % 3 = 0
ON CONFLICT DO NOTHING`;
}

/**
 * Counselling bookings, 8 a day per specialist, backwards from the end of 2026: past ones
 * attended (with their consultation), missed or cancelled; future ones booked.
 */
function bookingsSql(bookings: number, recorder: string) {
  return `
WITH sp AS MATERIALIZED (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM counselling_specialist),
b AS (
  INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, resident_name, code_hash, status,
                                   anonymised_at)
  SELECT sp.id, v.day, lpad((9 + v.slot)::text, 2, '0') || ':00', lpad((9 + v.slot)::text, 2, '0') || ':50',
         CASE WHEN i % 4 = 0 THEN 'phone' ELSE 'inPerson' END,
         CASE WHEN v.day >= date '2026-10-23' THEN 'Mieszkaniec ' || i END, md5('gen-booking-' || i),
         CASE WHEN v.day > date '2026-11-22' THEN 'booked' WHEN i % 10 = 0 THEN 'noShow' WHEN i % 10 = 1 THEN 'cancelled'
              ELSE 'attended' END,
         CASE WHEN v.day < date '2026-10-23' THEN v.day + 30 END
    FROM generate_series(0, ${bookings - 1}) i
    CROSS JOIN LATERAL (SELECT i % (SELECT count(*) FROM sp) AS k,
                               (i / (SELECT count(*) FROM sp)) % 8 AS slot,
                               date '2026-12-31' - (i / (SELECT count(*) FROM sp) / 8)::int AS day) v
    JOIN sp ON sp.k = v.k
  RETURNING id, specialist_id, slot_date, mode, status
)
INSERT INTO counselling_consultation (specialist_id, booking_id, held_on, mode, kind, duration_minutes, first_in_year, recorded_by)
SELECT b.specialist_id, b.id, b.slot_date, b.mode,
       (ARRAY['psychological', 'legal', 'violence', 'addiction', 'family'])[extract(doy FROM b.slot_date)::int % 5 + 1],
       50, true, '${recorder}'
  FROM b WHERE b.status = 'attended'`;
}
