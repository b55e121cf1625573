-- National-size data for timing the reports (scale-check.ts): 2 000 000 persons in 800 000
-- households, 10 000 000 applications with one decision each over 2016–2025, home visits for
-- 2024–2025, and the 2025 payments (schedule, items, ledger) of every cash benefit due in 2025.
-- Plain INSERT … SELECT generate_series, triggers off while loading (a throwaway database only).
SET session_replication_role = replica;

INSERT INTO household (street, building, city, field_team_id)
SELECT 'Ulica ' || (i % 500), (i % 200 + 1)::text, 'Miasto ' || (i % 2500), NULL
  FROM generate_series(1, 800000) i;
CREATE TEMP TABLE hh AS SELECT id, row_number() OVER (ORDER BY id) AS hn FROM household WHERE street LIKE 'Ulica %';
CREATE UNIQUE INDEX ON hh (hn);

-- Person n (no PESEL: a document 'scale' n) lives in household ((n - 1) % 800000) + 1; the first 800 000 are the applicants.
INSERT INTO person (document_type, document_number, first_name, surname, birth_date, sex, citizenship, household_id, sort_key,
                    surname_folded, search_text, surname_key)
SELECT 'scale', n::text, 'Imię' || (n % 300), 'Nazwisko' || (n % 20000),
       date '1940-01-01' + (n::bigint * 7919 % 30000)::int, CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN n % 40 = 0 THEN 'UA' ELSE 'PL' END, hh.id,
       'nazwisko' || (n % 20000) || ' imie' || (n % 300) || ' ' || n, 'nazwisko' || (n % 20000),
       'nazwisko' || (n % 20000) || ' imie' || (n % 300) || ' ' || lpad(n::text, 11, '0'), 'nazwisko' || (n % 20000)
  FROM generate_series(1, 2000000) n JOIN hh ON hh.hn = ((n - 1) % 800000) + 1;
CREATE TEMP TABLE pp AS SELECT id, document_number::bigint AS n, household_id FROM person WHERE document_type = 'scale';
CREATE UNIQUE INDEX ON pp (n);

INSERT INTO household_membership (household_id, person_id, relation, valid_from)
SELECT household_id, id, CASE WHEN n <= 800000 THEN 'applicant' WHEN n <= 1400000 THEN 'spouse' ELSE 'child' END,
       date '2015-01-01'
  FROM pp;

-- 10 000 000 applications, 1 000 000 a year; household i % 800 000, reasons by i.
INSERT INTO application (number, household_id, applicant_id, channel, submitted_on, benefits, help_reasons, status,
                         wywiad_due, decision_due)
SELECT 'W/' || i, p.household_id, p.id, 'inPerson', date '2016-01-01' + (i * 3652::bigint / 10000000)::int,
       ARRAY[(ARRAY['zasilekOkresowy', 'zasilekCelowy', 'zasilekStaly'])[i % 3 + 1]],
       ARRAY[(ARRAY['1', '4', '5', '6', '9', '13'])[i % 6 + 1], '1'], 'decided',
       date '2016-01-15' + (i * 3652::bigint / 10000000)::int, date '2016-02-01' + (i * 3652::bigint / 10000000)::int
  FROM generate_series(1, 10000000) i JOIN pp p ON p.n = (i % 800000) + 1;

-- One decision per application; 9 in 10 granted; periodic benefits for 1–6 months.
INSERT INTO decision (application_id, number, outcome, benefit, amount, period_from, period_to, legal_basis,
                      justification, decided_on, signed_by_id)
SELECT a.id, 'D/' || a.number, CASE WHEN hashtext(a.number) % 10 = 0 THEN 'refuse' ELSE 'grant' END, a.benefits[1],
       40000 + abs(hashtext(a.number)) % 40000,
       a.submitted_on,
       CASE WHEN a.benefits[1] = 'zasilekCelowy' THEN a.submitted_on
            ELSE (date_trunc('month', a.submitted_on) + (1 + abs(hashtext(a.number)) % 6) * interval '1 month' - interval '1 day')::date END,
       'art. 38 ups', 'Uzasadnienie.', a.submitted_on + 10, (SELECT id FROM staff_user WHERE login = 'swiadczenia')
  FROM application a;

INSERT INTO wywiad (application_id, household_id, worker_id, visited_on, conclusions, members)
SELECT a.id, a.household_id, (SELECT id FROM staff_user WHERE login = 'pracownik'), a.submitted_on + 3, 'Wnioski.',
       jsonb_build_array(jsonb_build_object('personId', a.applicant_id, 'sources',
         jsonb_build_array(jsonb_build_object('kind', CASE WHEN a.benefits[1] = 'zasilekStaly' THEN 'pension' ELSE 'employment' END))))
  FROM application a WHERE a.submitted_on >= date '2024-01-01';

INSERT INTO payment_run (number, month, status, opened_by)
SELECT 'LW/2025/' || m, make_date(2025, m, 1), 'approved', (SELECT id FROM staff_user WHERE login = 'swiadczenia')
  FROM generate_series(1, 12) m;

-- The 2025 months of every granted decision, paid on the 10th in cash.
INSERT INTO payment_schedule_item (decision_id, person_id, household_id, benefit, month, amount, method, due_on, status)
SELECT d.id, a.applicant_id, a.household_id, d.benefit, m::date, d.amount, 'cashDesk', m::date + 9, 'paid'
  FROM decision d JOIN application a ON a.id = d.application_id
  CROSS JOIN LATERAL generate_series(date_trunc('month', greatest(d.period_from, date '2025-01-01')),
                                     least(d.period_to, date '2025-12-31'), interval '1 month') m
 WHERE d.outcome = 'grant' AND d.period_to >= date '2025-01-01' AND d.period_from <= date '2025-12-31';

INSERT INTO payment_item (run_id, schedule_item_id, decision_id, decision_number, person_id, household_id, benefit, month,
                          amount, method, recipient_name, title, pay_on, status, paid_on)
SELECT r.id, s.id, s.decision_id, 'D', s.person_id, s.household_id, s.benefit, s.month, s.amount, 'cashDesk', 'Odbiorca',
       'Świadczenie', s.due_on, 'paid', s.due_on
  FROM payment_schedule_item s JOIN payment_run r ON r.month = s.month;

INSERT INTO ledger_txn (id, person_id, kind, on_date, payment_item_id)
SELECT gen_random_uuid(), person_id, 'payment', paid_on, id FROM payment_item;
INSERT INTO ledger_entry (txn_id, person_id, account, amount)
SELECT t.id, t.person_id, x.account, x.sign * i.amount
  FROM ledger_txn t JOIN payment_item i ON i.id = t.payment_item_id
  CROSS JOIN (VALUES ('expense', 1), ('cash', -1)) AS x(account, sign);

SET session_replication_role = DEFAULT;

-- The reporting projections, as migration 0050 backfills them (their triggers were off).
INSERT INTO report_decision (decision_id, application_id, benefit, period_from, period_to, person_id, household_id,
                             help_reasons, pension, family_size, children, couple)
SELECT d.id, a.id, d.benefit, d.period_from, d.period_to, a.applicant_id, a.household_id, a.help_reasons,
       EXISTS (SELECT 1 FROM wywiad w WHERE w.application_id = a.id
                  AND jsonb_path_exists(w.members, '$[*].sources[*] ? (@.kind == "pension")')),
       f.family_size, f.children, f.couple
  FROM decision d JOIN application a ON a.id = d.application_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS family_size,
           count(*) FILTER (WHERE p.birth_date > d.period_from - interval '18 years')::int AS children,
           COALESCE(bool_or(m.relation IN ('spouse', 'partner')), false) AS couple
      FROM household_membership m JOIN person p ON p.id = m.person_id
     WHERE m.household_id = a.household_id AND m.valid_from <= d.period_from AND (m.valid_to IS NULL OR m.valid_to >= d.period_from)) f
 WHERE d.outcome = 'grant' AND d.period_from IS NOT NULL AND d.period_to IS NOT NULL;
INSERT INTO report_expense (entry_id, on_date, payment_item_id, benefit, person_id, household_id, amount)
SELECT e.id, t.on_date, i.id, i.benefit, i.person_id, i.household_id, e.amount
  FROM ledger_entry e JOIN ledger_txn t ON t.id = e.txn_id JOIN payment_item i ON i.id = t.payment_item_id
 WHERE e.account = 'expense';
