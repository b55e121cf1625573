-- Family benefits (ustawa o świadczeniach rodzinnych): the application with its members, their
-- base-year income and the attachments checklist; decisions and payments reuse the decision and
-- payment_schedule_item tables of the social assistance flow.
CREATE TABLE family_benefit_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT family_benefit_application_number_key UNIQUE,
  household_id uuid NOT NULL REFERENCES household (id),
  applicant_id uuid NOT NULL REFERENCES person (id),
  submitted_on date NOT NULL,
  period_start date NOT NULL,
  base_year integer NOT NULL,
  members jsonb NOT NULL,
  single_parent boolean NOT NULL DEFAULT false,
  additions jsonb NOT NULL DEFAULT '[]',
  farm_hectares numeric(10, 4) NOT NULL DEFAULT 0,
  family_monthly_income integer NOT NULL,
  income_per_person integer NOT NULL,
  attachments jsonb NOT NULL DEFAULT '[]',
  completion_due date,
  working_abroad boolean NOT NULL DEFAULT false,
  status text NOT NULL CONSTRAINT family_benefit_application_status_check
    CHECK (status IN ('incomplete', 'complete', 'forwarded', 'decided')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE family_benefit_application IS 'Wniosek o zasiłek rodzinny z dodatkami (usr) for one okres zasiłkowy.';
COMMENT ON COLUMN family_benefit_application.number IS 'Register number ŚR/YYYY/NNNNNN.';
COMMENT ON COLUMN family_benefit_application.period_start IS '1 November that starts the okres zasiłkowy (art. 3 pkt 13 usr).';
COMMENT ON COLUMN family_benefit_application.base_year IS 'Rok bazowy: the calendar year before the period (art. 3 pkt 2 usr).';
COMMENT ON COLUMN family_benefit_application.members IS 'The family: person ids, role, disability certificate, school, and each member''s base-year income with lost and gained income.';
COMMENT ON COLUMN family_benefit_application.single_parent IS 'Osoba samotnie wychowująca dziecko (art. 3 pkt 17a usr).';
COMMENT ON COLUMN family_benefit_application.additions IS 'The dodatki asked for: [{kind, personId}].';
COMMENT ON COLUMN family_benefit_application.farm_hectares IS 'Hektary przeliczeniowe of the family''s farm in the base year.';
COMMENT ON COLUMN family_benefit_application.family_monthly_income IS 'Grosze: the family''s average monthly income (art. 3 pkt 2, art. 5 ust. 4–4b, 8 usr), computed on entry.';
COMMENT ON COLUMN family_benefit_application.income_per_person IS 'Grosze: family_monthly_income per member, half up.';
COMMENT ON COLUMN family_benefit_application.attachments IS 'The checklist: [{key, required, provided}].';
COMMENT ON COLUMN family_benefit_application.completion_due IS 'Wezwanie do uzupełnienia: the day missing attachments are due (14 days after filing); null when complete.';
COMMENT ON COLUMN family_benefit_application.working_abroad IS 'A member works or lives in another EU/EEA state: EU coordination, forwarded to the voivode.';
COMMENT ON COLUMN family_benefit_application.status IS 'incomplete (attachments missing), complete, forwarded (EU coordination), decided.';
CREATE INDEX family_benefit_application_list_idx ON family_benefit_application (created_at DESC, id DESC);
CREATE INDEX family_benefit_application_household_idx ON family_benefit_application (household_id);

-- A decision belongs to a social assistance application or to a family benefit application.
ALTER TABLE decision ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE decision ADD COLUMN family_benefit_application_id uuid REFERENCES family_benefit_application (id);
ALTER TABLE decision ADD CONSTRAINT decision_one_application
  CHECK (num_nonnulls(application_id, family_benefit_application_id) = 1);
COMMENT ON COLUMN decision.family_benefit_application_id IS 'The family benefit application decided (usr); null for social assistance decisions, which have application_id.';
CREATE INDEX decision_family_benefit_application_idx ON decision (family_benefit_application_id)
  WHERE family_benefit_application_id IS NOT NULL;
