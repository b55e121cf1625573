-- The dodatek mieszkaniowy (ustawa z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych, reformed
-- from 1.07.2021) and the dodatek energetyczny attached to it (art. 5c Prawa energetycznego): the
-- application with the household's income of the three months before it, the flat's area and
-- expenses and its building manager; decisions and payments reuse the decision and
-- payment_schedule_item tables, the allowance paid to the manager, not to the household.
CREATE TABLE housing_allowance_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT housing_allowance_application_number_key UNIQUE,
  household_id uuid NOT NULL REFERENCES household (id),
  applicant_id uuid NOT NULL REFERENCES person (id),
  submitted_on date NOT NULL,
  members jsonb NOT NULL,
  incomes integer[] NOT NULL CONSTRAINT housing_allowance_application_incomes_check CHECK (cardinality(incomes) = 3),
  flat_area numeric(7, 2) NOT NULL CONSTRAINT housing_allowance_application_area_check CHECK (flat_area > 0),
  wheelchair_user boolean NOT NULL DEFAULT false,
  monthly_expenses integer NOT NULL CONSTRAINT housing_allowance_application_expenses_check CHECK (monthly_expenses > 0),
  legal_title text NOT NULL,
  electricity_contract boolean NOT NULL DEFAULT false,
  manager_name text NOT NULL,
  manager_address text NOT NULL,
  manager_iban text NOT NULL,
  status text NOT NULL CONSTRAINT housing_allowance_application_status_check CHECK (status IN ('complete', 'decided')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE housing_allowance_application IS 'Wniosek o przyznanie dodatku mieszkaniowego (udm), with the dodatek energetyczny where the household has an electricity contract.';
COMMENT ON COLUMN housing_allowance_application.number IS 'Register number DM/YYYY/NNNNNN.';
COMMENT ON COLUMN housing_allowance_application.members IS 'The gospodarstwo domowe living in the flat: [{personId, name}] as the registry named them on entry.';
COMMENT ON COLUMN housing_allowance_application.incomes IS 'Grosze: the household''s income in each of the 3 months before the application (art. 3 ust. 3 udm).';
COMMENT ON COLUMN housing_allowance_application.flat_area IS 'Powierzchnia użytkowa in m², as the manager states it (art. 5 udm).';
COMMENT ON COLUMN housing_allowance_application.wheelchair_user IS 'A wheelchair user lives in the flat: 15 m² more normative area (art. 5 ust. 3 udm).';
COMMENT ON COLUMN housing_allowance_application.monthly_expenses IS 'Grosze: the flat''s monthly expenses that count, as the manager states them (art. 6 udm).';
COMMENT ON COLUMN housing_allowance_application.legal_title IS 'The declared legal title to the flat: tenancy, cooperative, ownership or other (art. 2 udm).';
COMMENT ON COLUMN housing_allowance_application.electricity_contract IS 'A contract for electricity at the flat: the dodatek energetyczny (art. 5c Prawa energetycznego).';
COMMENT ON COLUMN housing_allowance_application.manager_name IS 'The zarządca (building manager, an organisation) the allowance is paid to.';
COMMENT ON COLUMN housing_allowance_application.manager_address IS 'The manager''s address, printed on the bank transfer.';
COMMENT ON COLUMN housing_allowance_application.manager_iban IS 'The manager''s Polish account (normalised IBAN) the allowance is paid to.';
COMMENT ON COLUMN housing_allowance_application.status IS 'complete (registered, to decide) or decided.';
CREATE INDEX housing_allowance_application_list_idx ON housing_allowance_application (submitted_on DESC, id DESC);
CREATE INDEX housing_allowance_application_household_idx ON housing_allowance_application (household_id);

-- A decision belongs to exactly one application; the housing and the energy allowance decisions both name this one.
ALTER TABLE decision ADD COLUMN housing_allowance_application_id uuid REFERENCES housing_allowance_application (id);
ALTER TABLE decision DROP CONSTRAINT decision_one_application;
ALTER TABLE decision ADD CONSTRAINT decision_one_application
  CHECK (num_nonnulls(application_id, family_benefit_application_id, alimony_fund_application_id,
    housing_allowance_application_id) = 1);
COMMENT ON COLUMN decision.housing_allowance_application_id IS 'The housing allowance application decided (dodatek mieszkaniowy or the dodatek energetyczny issued with it); null for other decisions.';
CREATE INDEX decision_housing_allowance_application_idx ON decision (housing_allowance_application_id)
  WHERE housing_allowance_application_id IS NOT NULL;

-- A payee that is an organisation (the building manager) has its own address on the transfer.
ALTER TABLE payment_schedule_item ADD COLUMN recipient_address text;
COMMENT ON COLUMN payment_schedule_item.recipient_address IS 'The address of another recipient (recipient_name), e.g. a building manager; NULL: the beneficiary''s address.';
