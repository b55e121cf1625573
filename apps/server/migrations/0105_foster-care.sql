-- Foster care co-financing (art. 191 ust. 9 ustawy o wspieraniu rodziny i systemie pieczy
-- zastępczej): the gmina's children in foster care and the powiat's monthly charge notes.
CREATE TABLE foster_cofinancing_rate (
  valid_from date PRIMARY KEY,
  first_year_pct integer NOT NULL CHECK (first_year_pct BETWEEN 0 AND 100),
  second_year_pct integer NOT NULL CHECK (second_year_pct BETWEEN 0 AND 100),
  later_years_pct integer NOT NULL CHECK (later_years_pct BETWEEN 0 AND 100),
  proration text NOT NULL CONSTRAINT foster_cofinancing_rate_proration_check CHECK (proration IN ('daily', 'monthStart'))
);
COMMENT ON TABLE foster_cofinancing_rate IS 'The gmina''s share of foster care cost by year of care (art. 191 ust. 9 uwr: 10/30/50 %), valid from a date.';
COMMENT ON COLUMN foster_cofinancing_rate.valid_from IS 'First month (day) the percentages apply to.';
COMMENT ON COLUMN foster_cofinancing_rate.first_year_pct IS 'Share in the first year of care, percent.';
COMMENT ON COLUMN foster_cofinancing_rate.second_year_pct IS 'Share in the second year of care, percent.';
COMMENT ON COLUMN foster_cofinancing_rate.later_years_pct IS 'Share in the third and later years of care, percent.';
COMMENT ON COLUMN foster_cofinancing_rate.proration IS '[M] A month split by an anniversary: daily = each day its own year''s share; monthStart = the year of the first day in care.';
INSERT INTO foster_cofinancing_rate VALUES ('2012-01-01', 10, 30, 50, 'daily');

CREATE TABLE foster_child (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id),
  placed_on date NOT NULL,
  ended_on date,
  placement_kind text NOT NULL CONSTRAINT foster_child_kind_check CHECK (placement_kind IN ('fosterFamily', 'institution')),
  placement_name text NOT NULL,
  powiat text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT foster_child_period_check CHECK (ended_on IS NULL OR ended_on >= placed_on)
);
COMMENT ON TABLE foster_child IS 'A child of the gmina placed in foster care, for whom the powiat charges the gmina''s share.';
COMMENT ON COLUMN foster_child.placed_on IS 'First day in foster care: the years of care are counted from it.';
COMMENT ON COLUMN foster_child.ended_on IS 'Last day in care; NULL while placed.';
COMMENT ON COLUMN foster_child.placement_kind IS 'fosterFamily (rodzina zastępcza, rodzinny dom dziecka) or institution (placówka opiekuńczo-wychowawcza).';
COMMENT ON COLUMN foster_child.placement_name IS 'The foster family or the institution, as the powiat names it.';
COMMENT ON COLUMN foster_child.powiat IS 'The powiat that runs the care and sends the notes.';
CREATE UNIQUE INDEX foster_child_open_idx ON foster_child (person_id) WHERE ended_on IS NULL;

CREATE TABLE charge_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  foster_child_id uuid NOT NULL REFERENCES foster_child (id),
  month date NOT NULL CONSTRAINT charge_note_month_check CHECK (extract(day FROM month) = 1),
  number text NOT NULL,
  cost_grosze bigint NOT NULL CHECK (cost_grosze >= 0),
  charged_grosze bigint NOT NULL CHECK (charged_grosze >= 0),
  expected_grosze bigint NOT NULL,
  days_by_pct jsonb NOT NULL,
  entered_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT charge_note_month_key UNIQUE (foster_child_id, month)
);
COMMENT ON TABLE charge_note IS 'The powiat''s monthly charge note (nota obciążeniowa) for a child, checked against the rule.';
COMMENT ON COLUMN charge_note.month IS 'The month charged, as its first day.';
COMMENT ON COLUMN charge_note.cost_grosze IS 'The month''s cost of care stated on the note, grosze.';
COMMENT ON COLUMN charge_note.charged_grosze IS 'The gmina''s share the powiat charges, grosze.';
COMMENT ON COLUMN charge_note.expected_grosze IS 'The share by art. 191 ust. 9 computed when the note was entered, grosze.';
COMMENT ON COLUMN charge_note.days_by_pct IS 'Days in care that month at each percentage, e.g. {"30":14,"50":17}.';
CREATE INDEX charge_note_month_idx ON charge_note (month);
