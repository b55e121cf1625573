-- Reporting: the municipal strategy for solving social problems as data (goals, directions of
-- action, indicators and their yearly entries), the staffing table behind MRPiPS-03 Dział 1,
-- and the indexes the set-based report queries need at national size.

CREATE TABLE strategy (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  resolution text NOT NULL,
  adopted_on date,
  year_from integer NOT NULL,
  year_to integer NOT NULL,
  main_goal text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT strategy_years_check CHECK (year_to >= year_from)
);
COMMENT ON TABLE strategy IS 'Strategia rozwiązywania problemów społecznych (art. 17 ust. 1 pkt 1 ups), adopted by the council for a span of years.';
COMMENT ON COLUMN strategy.resolution IS 'The council resolution that adopted it, as printed on the report.';

CREATE TABLE strategy_goal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  strategy_id uuid NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  CONSTRAINT strategy_goal_position_key UNIQUE (strategy_id, position)
);
COMMENT ON TABLE strategy_goal IS 'Cel strategiczny; position is its number in the strategy (1, 2, 3…).';

CREATE TABLE strategy_operational_goal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  CONSTRAINT strategy_operational_goal_position_key UNIQUE (goal_id, position)
);
COMMENT ON TABLE strategy_operational_goal IS 'Cel operacyjny of a strategic goal.';

CREATE TABLE strategy_direction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  operational_goal_id uuid NOT NULL REFERENCES strategy_operational_goal (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  CONSTRAINT strategy_direction_position_key UNIQUE (operational_goal_id, position)
);
COMMENT ON TABLE strategy_direction IS 'Kierunek działań of an operational goal.';

CREATE TABLE strategy_indicator (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  direction_id uuid NOT NULL REFERENCES strategy_direction (id) ON DELETE CASCADE,
  position integer NOT NULL,
  label text NOT NULL,
  kind text NOT NULL CONSTRAINT strategy_indicator_kind_check CHECK (kind IN ('computed', 'manual')),
  query_key text,
  unit text NOT NULL DEFAULT 'count' CONSTRAINT strategy_indicator_unit_check CHECK (unit IN ('count', 'grosze', 'text')),
  source text,
  CONSTRAINT strategy_indicator_position_key UNIQUE (direction_id, position),
  CONSTRAINT strategy_indicator_query_check CHECK ((kind = 'computed') = (query_key IS NOT NULL)),
  CONSTRAINT strategy_indicator_source_check CHECK (kind = 'computed' OR source IS NOT NULL)
);
COMMENT ON TABLE strategy_indicator IS 'Wskaźnik ewaluacji: computed from Ostoja''s data by a named query, or entered by hand with its source.';
COMMENT ON COLUMN strategy_indicator.query_key IS 'Key of the registry of indicator queries (packages/domain/src/reporting/indicators.ts).';
COMMENT ON COLUMN strategy_indicator.unit IS 'count, grosze (money), or text (a narrative indicator without a number).';
COMMENT ON COLUMN strategy_indicator.source IS 'Who supplies a hand-entered figure (a partner, a section); NULL for computed ones.';

CREATE TABLE strategy_indicator_entry (
  indicator_id uuid NOT NULL REFERENCES strategy_indicator (id) ON DELETE CASCADE,
  year integer NOT NULL,
  value bigint CONSTRAINT strategy_indicator_entry_value_check CHECK (value >= 0),
  text text,
  source text,
  commentary text,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES staff_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_id, year)
);
COMMENT ON TABLE strategy_indicator_entry IS 'A row of the yearly report as the centre filled it in: hand-entered value or text, its source, and the commentary.';
COMMENT ON COLUMN strategy_indicator_entry.value IS 'Hand-entered number (grosze for money); computed indicators take theirs from the data, never from here.';
COMMENT ON COLUMN strategy_indicator_entry.source IS 'The source of this year''s figure when it differs from the indicator''s usual one.';

CREATE TABLE staff_position (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_user_id uuid REFERENCES staff_user (id),
  full_name text NOT NULL,
  position text NOT NULL CONSTRAINT staff_position_position_check
    CHECK (position IN ('director', 'socialWorker', 'familyAssistant', 'carer', 'specialist', 'administration', 'other')),
  fte numeric(4, 3) NOT NULL DEFAULT 1 CONSTRAINT staff_position_fte_check CHECK (fte > 0 AND fte <= 1),
  valid_from date NOT NULL,
  valid_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT staff_position_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE staff_position IS 'Employment by position (etat), for MRPiPS-03 Dział 1 (headcount on 30 VI / 31 XII) and staffing indicators; carers may have no account.';
COMMENT ON COLUMN staff_position.staff_user_id IS 'The staff account, when the employee has one.';
COMMENT ON COLUMN staff_position.valid_to IS 'Last day of employment in the position; NULL while employed.';
CREATE INDEX staff_position_idx ON staff_position (position, valid_from);

-- Indexes of the report queries (each serves one set-based aggregate; see the module's README).
-- Decisions issued in a year by benefit (strategy indicators).
CREATE INDEX decision_decided_idx ON decision (decided_on) INCLUDE (benefit, outcome);
COMMENT ON INDEX decision_decided_idx IS 'Reporting: decisions issued in a year by benefit kind.';
-- Applications received in a year; open applications by deadline (dashboard).
CREATE INDEX application_submitted_idx ON application (submitted_on);
COMMENT ON INDEX application_submitted_idx IS 'Reporting: applications received in a year.';

-- Reporting projections. At national size the reports read a million granted decisions and a
-- few million payments a year; joining each to its application, payment item and ledger
-- transaction at report time costs more than the 10 s budget. These narrow tables hold, per
-- granted decision and per expense posting, exactly what the reports group by; triggers keep
-- them in step with the source rows in the same transaction, so they are never stale.
CREATE TABLE report_decision (
  decision_id uuid PRIMARY KEY REFERENCES decision (id),
  application_id uuid NOT NULL,
  benefit text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  person_id uuid NOT NULL,
  household_id uuid NOT NULL,
  help_reasons text[] NOT NULL,
  pension boolean NOT NULL,
  family_size integer NOT NULL,
  children integer NOT NULL,
  couple boolean NOT NULL
);
COMMENT ON TABLE report_decision IS 'Projection of granted decisions for reports: beneficiary, family, art. 7 reasons, benefit period; kept by trigger on decision.';
COMMENT ON COLUMN report_decision.family_size IS 'Members of the household on the first day of the benefit (osoby w rodzinie).';
COMMENT ON COLUMN report_decision.children IS 'Members under 18 on that day.';
COMMENT ON COLUMN report_decision.couple IS 'The applicant lived with a spouse or partner on that day (else, with children: a single-parent family).';
COMMENT ON COLUMN report_decision.pension IS 'A home visit (wywiad) of the application recorded a pension: a pensioners'' family (MRPiPS-03 family types).';
CREATE INDEX report_decision_period_idx ON report_decision (period_to, period_from)
  INCLUDE (benefit, person_id, household_id, help_reasons, pension, family_size, children, couple);
COMMENT ON INDEX report_decision_period_idx IS 'Reporting: decisions covering a period, read from the index alone (HELPED).';

CREATE FUNCTION report_decision_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_decision WHERE decision_id = NEW.id;
  IF NEW.outcome = 'grant' AND NEW.period_from IS NOT NULL AND NEW.period_to IS NOT NULL THEN
    INSERT INTO report_decision (decision_id, application_id, benefit, period_from, period_to, person_id, household_id,
                                 help_reasons, pension, family_size, children, couple)
    SELECT NEW.id, a.id, NEW.benefit, NEW.period_from, NEW.period_to, a.applicant_id, a.household_id, a.help_reasons,
           EXISTS (SELECT 1 FROM wywiad w WHERE w.application_id = a.id
                      AND jsonb_path_exists(w.members, '$[*].sources[*] ? (@.kind == "pension")')),
           f.family_size, f.children, f.couple
      FROM application a
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS family_size,
               count(*) FILTER (WHERE p.birth_date > NEW.period_from - interval '18 years')::int AS children,
               COALESCE(bool_or(m.relation IN ('spouse', 'partner')), false) AS couple
          FROM household_membership m JOIN person p ON p.id = m.person_id
         WHERE m.household_id = a.household_id AND m.valid_from <= NEW.period_from AND (m.valid_to IS NULL OR m.valid_to >= NEW.period_from)) f
     WHERE a.id = NEW.application_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_decision_sync AFTER INSERT OR UPDATE OF outcome, benefit, period_from, period_to ON decision
  FOR EACH ROW EXECUTE FUNCTION report_decision_sync();
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

CREATE TABLE report_expense (
  entry_id bigint PRIMARY KEY,
  on_date date NOT NULL,
  payment_item_id uuid NOT NULL,
  benefit text NOT NULL,
  person_id uuid NOT NULL,
  household_id uuid,
  amount integer NOT NULL
);
COMMENT ON TABLE report_expense IS 'Projection of the ledger''s expense postings of payments (benefits paid, reversals), with the payment''s benefit and person; append-only like the ledger.';
CREATE INDEX report_expense_date_idx ON report_expense (on_date)
  INCLUDE (payment_item_id, benefit, person_id, household_id, amount);
COMMENT ON INDEX report_expense_date_idx IS 'Reporting: benefits paid in a period, read from the index alone (PAID, payments per month).';

CREATE FUNCTION report_expense_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_expense (entry_id, on_date, payment_item_id, benefit, person_id, household_id, amount)
  SELECT NEW.id, t.on_date, i.id, i.benefit, i.person_id, i.household_id, NEW.amount
    FROM ledger_txn t JOIN payment_item i ON i.id = t.payment_item_id WHERE t.id = NEW.txn_id;
  RETURN NULL;
END $$;
CREATE TRIGGER report_expense_sync AFTER INSERT ON ledger_entry
  FOR EACH ROW WHEN (NEW.account = 'expense') EXECUTE FUNCTION report_expense_sync();
INSERT INTO report_expense (entry_id, on_date, payment_item_id, benefit, person_id, household_id, amount)
SELECT e.id, t.on_date, i.id, i.benefit, i.person_id, i.household_id, e.amount
  FROM ledger_entry e JOIN ledger_txn t ON t.id = e.txn_id JOIN payment_item i ON i.id = t.payment_item_id
 WHERE e.account = 'expense';

-- Birth dates of the members of helped families (children under 18), without the wide person rows.
CREATE INDEX person_birth_by_id_idx ON person (id) INCLUDE (birth_date);
COMMENT ON INDEX person_birth_by_id_idx IS 'Reporting: children in the helped families (MRPiPS-03 family types), index-only.';
-- Foreign citizens among the paid (indicator "benefits paid to citizens of Ukraine"), index-only.
CREATE INDEX person_citizenship_idx ON person (citizenship, id) WHERE citizenship <> 'PL';
COMMENT ON INDEX person_citizenship_idx IS 'Reporting: persons of a foreign citizenship (payments to citizens of Ukraine).';
