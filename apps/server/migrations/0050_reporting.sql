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
-- Granted decisions whose benefit period overlaps the reporting period: a range on period_to,
-- the rest read from the index (index-only after VACUUM), never the wide decision rows.
CREATE INDEX decision_grant_period_idx ON decision (period_to, period_from)
  INCLUDE (id, application_id, benefit) WHERE outcome = 'grant';
COMMENT ON INDEX decision_grant_period_idx IS 'Reporting: persons and families helped in a period (MRPiPS-03, strategy, dashboard).';
-- Decisions issued in a year by benefit (strategy indicators).
CREATE INDEX decision_decided_idx ON decision (decided_on) INCLUDE (benefit, outcome);
COMMENT ON INDEX decision_decided_idx IS 'Reporting: decisions issued in a year by benefit kind.';
-- Payments in a period from the ledger: the transactions of payment items by date.
CREATE INDEX ledger_txn_payment_date_idx ON ledger_txn (on_date) INCLUDE (payment_item_id)
  WHERE payment_item_id IS NOT NULL;
COMMENT ON INDEX ledger_txn_payment_date_idx IS 'Reporting: benefits paid in a period (MRPiPS-03 amounts, payments per month).';
CREATE INDEX ledger_entry_expense_idx ON ledger_entry (txn_id) INCLUDE (amount) WHERE account = 'expense';
COMMENT ON INDEX ledger_entry_expense_idx IS 'Reporting: the expense posting of a ledger transaction, read from the index.';
-- Applications received in a year; open applications by deadline (dashboard).
CREATE INDEX application_submitted_idx ON application (submitted_on);
COMMENT ON INDEX application_submitted_idx IS 'Reporting: applications received in a year.';
