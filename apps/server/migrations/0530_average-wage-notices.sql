-- The przeciętne miesięczne wynagrodzenie of the dodatek mieszkaniowy (art. 3 ust. 3 udm) as data the
-- administrator enters: the notices (komunikaty) of the Prezes GUS published in Monitor Polski, one row
-- a quarter. Insert-only: a correction is a new row naming the one it supersedes, so the history stays
-- and a decided application keeps the notice it was computed with.
CREATE TABLE average_wage_notice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CONSTRAINT average_wage_notice_year_check CHECK (year BETWEEN 2000 AND 2100),
  quarter smallint NOT NULL CONSTRAINT average_wage_notice_quarter_check CHECK (quarter BETWEEN 1 AND 4),
  amount_grosze integer NOT NULL CONSTRAINT average_wage_notice_amount_check CHECK (amount_grosze > 0),
  monitor_polski text,
  applies_from date NOT NULL,
  supersedes_id uuid,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Published only after the quarter is over: from the first day after its last day.
  CONSTRAINT average_wage_notice_after_quarter_check
    CHECK (applies_from >= make_date(year + (quarter / 4), (quarter * 3) % 12 + 1, 1)),
  CONSTRAINT average_wage_notice_quarter_key UNIQUE (id, year, quarter),
  -- A correction is of the same quarter, and a notice is corrected at most once (the chain has one live end).
  CONSTRAINT average_wage_notice_supersedes_fkey FOREIGN KEY (supersedes_id, year, quarter)
    REFERENCES average_wage_notice (id, year, quarter),
  CONSTRAINT average_wage_notice_supersedes_key UNIQUE (supersedes_id)
);
-- One first notice a quarter; any other row of it is a correction.
CREATE UNIQUE INDEX average_wage_notice_first_key ON average_wage_notice (year, quarter) WHERE supersedes_id IS NULL;
CREATE INDEX average_wage_notice_applies_idx ON average_wage_notice (applies_from DESC, year DESC, quarter DESC);
CREATE TRIGGER average_wage_notice_no_update BEFORE UPDATE OR DELETE ON average_wage_notice
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

COMMENT ON TABLE average_wage_notice IS 'Komunikat Prezesa GUS w sprawie przeciętnego miesięcznego wynagrodzenia w gospodarce narodowej for a quarter (art. 3 ust. 3 udm: the income limit and the 0,5 % floor of the dodatek mieszkaniowy). Insert-only; a correction supersedes. An application takes the latest live notice whose applies_from is on or before its submitted_on.';
COMMENT ON COLUMN average_wage_notice.year IS 'The year of the quarter the notice is about.';
COMMENT ON COLUMN average_wage_notice.quarter IS 'The quarter (1–4) the notice is about. [M] Whether the act reads every quarter''s notice or only the fourth quarter''s is not settled in our reference: the table takes any quarter.';
COMMENT ON COLUMN average_wage_notice.amount_grosze IS 'The average monthly wage the notice gives, grosze.';
COMMENT ON COLUMN average_wage_notice.monitor_polski IS 'The Monitor Polski reference (e.g. M.P. 2025 poz. 141); NULL when not yet known.';
COMMENT ON COLUMN average_wage_notice.applies_from IS 'The day the notice applies from: its publication day (the day of the Monitor Polski, or of the GUS communiqué).';
COMMENT ON COLUMN average_wage_notice.supersedes_id IS 'The notice of the same quarter this row corrects; NULL for the first entry. The superseded row stays for the history and for decisions made with it.';
COMMENT ON COLUMN average_wage_notice.created_by IS 'Who entered it; NULL for the rows seeded by this migration.';

-- The notices Ostoja held in code until now, and the one published since.
INSERT INTO average_wage_notice (year, quarter, amount_grosze, monitor_polski, applies_from) VALUES
  -- IV kw. 2023: 7 767,85 zł, komunikat Prezesa GUS of 9.02.2024 (formerly AVERAGE_WAGE in
  -- packages/domain/src/housing-allowances/parameters.ts); [M] the M.P. reference and day to confirm.
  (2023, 4, 776785, NULL, '2024-02-09'),
  -- IV kw. 2024: 8 477,21 zł, komunikat Prezesa GUS of 11.02.2025 (formerly AVERAGE_WAGE in code);
  -- [M] the M.P. reference and day to confirm.
  (2024, 4, 847721, NULL, '2025-02-11'),
  -- IV kw. 2025: 9 197,79 zł, GUS communiqué of 9.02.2026 as reported in the press; [M] the
  -- publication day in Monitor Polski (taken here as the communiqué's day) and its reference.
  (2025, 4, 919779, NULL, '2026-02-09');
-- Not seeded: I–III kw. 2025 (about 8 962 zł, 8 749 zł and 8 771,70 zł) are known to us only rounded,
-- and no 2026 quarter is held. The administrator enters them from the notices themselves.

-- A decided application keeps the notice it was computed with, even after a correction.
ALTER TABLE housing_allowance_application
  ADD COLUMN average_wage_notice_id uuid REFERENCES average_wage_notice (id);
COMMENT ON COLUMN housing_allowance_application.average_wage_notice_id IS 'The notice of the Prezes GUS the decision used (set with the decision); NULL while undecided: the notice in force on submitted_on applies.';
