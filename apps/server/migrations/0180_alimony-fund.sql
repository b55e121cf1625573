-- The alimony fund (ustawa o pomocy osobom uprawnionym do alimentów): the application with its
-- family, base-year income (computed as for family benefits), the debtor and the bailiff's
-- certificate; decisions and payments reuse the decision and payment_schedule_item tables.
CREATE TABLE alimony_fund_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT alimony_fund_application_number_key UNIQUE,
  household_id uuid NOT NULL REFERENCES household (id),
  applicant_id uuid NOT NULL REFERENCES person (id),
  submitted_on date NOT NULL,
  period_start date NOT NULL,
  base_year integer NOT NULL,
  members jsonb NOT NULL,
  farm_hectares numeric(10, 4) NOT NULL DEFAULT 0,
  family_monthly_income integer NOT NULL,
  income_per_person integer NOT NULL,
  debtor_name text NOT NULL,
  debtor_address text NOT NULL,
  bailiff_certificate jsonb NOT NULL,
  status text NOT NULL CONSTRAINT alimony_fund_application_status_check CHECK (status IN ('complete', 'decided')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_fund_application IS 'Wniosek o ustalenie prawa do świadczeń z funduszu alimentacyjnego (uFA) for one okres świadczeniowy.';
COMMENT ON COLUMN alimony_fund_application.number IS 'Register number FA/YYYY/NNNNNN.';
COMMENT ON COLUMN alimony_fund_application.period_start IS '1 October that starts the okres świadczeniowy (art. 2 uFA).';
COMMENT ON COLUMN alimony_fund_application.base_year IS 'The calendar year before the period, whose income counts.';
COMMENT ON COLUMN alimony_fund_application.members IS 'The family: person ids, role, disability (znaczny stopień), school, and the alimony set by the court (grosze a month) for each entitled person.';
COMMENT ON COLUMN alimony_fund_application.farm_hectares IS 'Hektary przeliczeniowe of the family''s farm in the base year.';
COMMENT ON COLUMN alimony_fund_application.family_monthly_income IS 'Grosze: the family''s average monthly income, computed on entry as for family benefits (art. 2 uFA refers to the usr).';
COMMENT ON COLUMN alimony_fund_application.income_per_person IS 'Grosze: family_monthly_income per member, half up.';
COMMENT ON COLUMN alimony_fund_application.debtor_name IS 'The dłużnik alimentacyjny: the parent obliged by the court.';
COMMENT ON COLUMN alimony_fund_application.debtor_address IS 'The debtor''s address: it names the debtor''s gmina (organ właściwy dłużnika).';
COMMENT ON COLUMN alimony_fund_application.bailiff_certificate IS 'The bailiff''s certificate of ineffective enforcement: {issuedOn, bailiff, caseNumber, lastFullPaymentOn}.';
COMMENT ON COLUMN alimony_fund_application.status IS 'complete (registered, to decide) or decided.';
CREATE INDEX alimony_fund_application_list_idx ON alimony_fund_application (submitted_on DESC, id DESC);
CREATE INDEX alimony_fund_application_household_idx ON alimony_fund_application (household_id);

-- A decision belongs to exactly one application: social assistance, family benefits or the alimony fund.
ALTER TABLE decision ADD COLUMN alimony_fund_application_id uuid REFERENCES alimony_fund_application (id);
ALTER TABLE decision DROP CONSTRAINT decision_one_application;
ALTER TABLE decision ADD CONSTRAINT decision_one_application
  CHECK (num_nonnulls(application_id, family_benefit_application_id, alimony_fund_application_id) = 1);
COMMENT ON COLUMN decision.alimony_fund_application_id IS 'The alimony fund application decided (uFA); null for other decisions.';
CREATE INDEX decision_alimony_fund_application_idx ON decision (alimony_fund_application_id)
  WHERE alimony_fund_application_id IS NOT NULL;
