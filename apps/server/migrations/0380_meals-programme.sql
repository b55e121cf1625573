-- "Posiłek w szkole i w domu" (issue 16 item 6): the programme's dated numbers, the schools and
-- canteens that serve the meals, the decisions under the programme, and the providers' monthly lists.

CREATE TABLE meals_programme_period (
  valid_from date PRIMARY KEY,
  criterion_percent integer NOT NULL CHECK (criterion_percent > 100),
  exception_cap_percent integer NOT NULL CHECK (exception_cap_percent BETWEEN 0 AND 100),
  legal_basis text NOT NULL
);
COMMENT ON TABLE meals_programme_period IS 'The numbers of the government meals programme by the date they apply from (data, not code).';
COMMENT ON COLUMN meals_programme_period.valid_from IS 'First day the row applies; it holds until the next row.';
COMMENT ON COLUMN meals_programme_period.criterion_percent IS 'Income criterion as % of the art. 8 ups criterion (200 since 2023).';
COMMENT ON COLUMN meals_programme_period.exception_cap_percent IS 'Pupils fed at the headteacher''s request without a home visit or decision: at most this % of the children fed in the gmina the previous month.';
COMMENT ON COLUMN meals_programme_period.legal_basis IS 'The Council of Ministers'' resolution that set the numbers.';
-- 150 % for 2019–2022 is from memory [M]; the raise to 200 % and the 2024–2028 programme are sourced (domain reference §5.2).
INSERT INTO meals_programme_period VALUES
('2019-01-01', 150, 20, 'uchwała nr 140 Rady Ministrów z dnia 15 października 2018 r. w sprawie ustanowienia wieloletniego rządowego programu „Posiłek w szkole i w domu” na lata 2019–2023 (M.P. 2018 poz. 1007) [M]'),
('2023-01-01', 200, 20, 'uchwała Rady Ministrów z dnia 28 grudnia 2022 r. zmieniająca uchwałę w sprawie programu „Posiłek w szkole i w domu” na lata 2019–2023'),
('2024-01-01', 200, 20, 'uchwała nr 149 Rady Ministrów z dnia 23 sierpnia 2023 r. w sprawie ustanowienia wieloletniego rządowego programu „Posiłek w szkole i w domu” na lata 2024–2028 (M.P. 2023 poz. 881)');

CREATE TABLE meal_provider (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  place text NOT NULL CONSTRAINT meal_provider_place_check CHECK (place IN ('school', 'home', 'canteen')),
  address text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meal_provider_name_key UNIQUE (name)
);
COMMENT ON TABLE meal_provider IS 'A school (or kindergarten), canteen or caterer delivering home that serves the programme''s meals and invoices them.';
COMMENT ON COLUMN meal_provider.place IS 'school: meals at school; home: delivered home; canteen: eaten in a canteen or bar.';

CREATE TABLE meal_aid (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  person_id uuid NOT NULL REFERENCES person (id),
  form text NOT NULL CONSTRAINT meal_aid_form_check CHECK (form IN ('meal', 'zasilekCelowy', 'foodInKind')),
  provider_id uuid REFERENCES meal_provider (id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  amount_grosze integer CHECK (amount_grosze > 0),
  criterion_percent integer NOT NULL,
  criterion_grosze integer NOT NULL,
  steps jsonb NOT NULL,
  decided_on date NOT NULL,
  decided_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meal_aid_period_check CHECK (period_to >= period_from),
  CONSTRAINT meal_aid_meal_check CHECK (form <> 'meal' OR provider_id IS NOT NULL),
  CONSTRAINT meal_aid_amount_check CHECK (form = 'meal' OR amount_grosze IS NOT NULL)
);
COMMENT ON TABLE meal_aid IS 'A decision under the meals programme on an application with a home visit, the income measured against the programme''s criterion.';
COMMENT ON COLUMN meal_aid.number IS 'Decision register number (register_counter ''decision'').';
COMMENT ON COLUMN meal_aid.wywiad_id IS 'The home visit whose income was measured.';
COMMENT ON COLUMN meal_aid.form IS 'meal; zasilekCelowy: a purpose allowance for a meal or food; foodInKind: food given in kind.';
COMMENT ON COLUMN meal_aid.provider_id IS 'For a meal: the school, canteen or caterer serving it.';
COMMENT ON COLUMN meal_aid.amount_grosze IS 'The zasiłek celowy, or the value of the food in kind, grosze; NULL for a meal (its cost comes from the provider''s invoice).';
COMMENT ON COLUMN meal_aid.criterion_percent IS 'The programme''s criterion in force (% of the art. 8 criterion).';
COMMENT ON COLUMN meal_aid.criterion_grosze IS 'The programme''s criterion per person (single: of the single person) in grosze.';
COMMENT ON COLUMN meal_aid.steps IS 'The income test printed in the justification: [{article,key,params}].';
CREATE INDEX meal_aid_person_idx ON meal_aid (person_id, period_from);
CREATE INDEX meal_aid_list_idx ON meal_aid (decided_on DESC, id DESC);

CREATE TABLE meal_list (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES meal_provider (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  cost_per_meal_grosze integer NOT NULL CHECK (cost_per_meal_grosze > 0),
  invoice_number text NOT NULL,
  updated_by uuid REFERENCES staff_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meal_list_month_key UNIQUE (provider_id, month)
);
COMMENT ON TABLE meal_list IS 'A provider''s monthly list of the persons it fed under the programme, with the cost per meal from its invoice.';
COMMENT ON COLUMN meal_list.month IS 'The first day of the month.';
COMMENT ON COLUMN meal_list.cost_per_meal_grosze IS 'Cost of one meal from the provider''s invoice for the month, grosze.';
COMMENT ON COLUMN meal_list.invoice_number IS 'The provider''s invoice number.';
CREATE INDEX meal_list_month_idx ON meal_list (month);

CREATE TABLE meal_list_entry (
  list_id uuid NOT NULL REFERENCES meal_list (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id),
  meals integer NOT NULL CHECK (meals BETWEEN 1 AND 31),
  meal_aid_id uuid REFERENCES meal_aid (id),
  exception boolean NOT NULL DEFAULT false,
  PRIMARY KEY (list_id, person_id),
  CONSTRAINT meal_list_entry_basis_check CHECK (exception <> (meal_aid_id IS NOT NULL))
);
COMMENT ON TABLE meal_list_entry IS 'A person on a monthly list: the meals served, on a decision or by the headteacher''s exception.';
COMMENT ON COLUMN meal_list_entry.meal_aid_id IS 'The decision granting the meal; NULL for a pupil fed by the exception.';
COMMENT ON COLUMN meal_list_entry.exception IS 'Fed at the headteacher''s request without a home visit or a decision (capped by meals_programme_period.exception_cap_percent).';
CREATE INDEX meal_list_entry_person_idx ON meal_list_entry (person_id);
