-- Carers' schedules for care services (art. 50 ups, issue 16 item 3): the carers, the weekly plan
-- of visits per decision, and the visits delivered (with hours) or missed (with a reason).
CREATE TABLE carer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  employer text NOT NULL CONSTRAINT carer_employer_check CHECK (employer IN ('own', 'contracted')),
  provider_name text,
  staff_user_id uuid UNIQUE REFERENCES staff_user (id),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT carer_provider_check CHECK (employer = 'own' OR provider_name IS NOT NULL)
);
COMMENT ON TABLE carer IS 'A carer who delivers care services: the centre''s own staff or a contracted provider''s employee.';
COMMENT ON COLUMN carer.employer IS 'own: employed by the centre; contracted: by the provider named in provider_name.';
COMMENT ON COLUMN carer.staff_user_id IS 'The carer''s login, if any: it lets them see their clients'' addresses and tasks (never income).';

CREATE TABLE care_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  care_service_id uuid NOT NULL REFERENCES care_service (id),
  carer_id uuid NOT NULL REFERENCES carer (id),
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_at time NOT NULL,
  ends_at time NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_plan_times_check CHECK (ends_at > starts_at)
);
COMMENT ON TABLE care_plan IS 'The weekly schedule of a care-service decision: a carer visits on a weekday (1 Monday … 7 Sunday) from starts_at to ends_at.';
CREATE INDEX care_plan_service_idx ON care_plan (care_service_id);
CREATE INDEX care_plan_carer_idx ON care_plan (carer_id, weekday);

CREATE TABLE care_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  care_service_id uuid NOT NULL REFERENCES care_service (id),
  carer_id uuid NOT NULL REFERENCES carer (id),
  visit_on date NOT NULL,
  starts_at time NOT NULL,
  hours numeric(4, 2) NOT NULL CHECK (hours >= 0 AND hours <= 24),
  missed_reason text CONSTRAINT care_visit_reason_check CHECK (missed_reason IN ('clientAbsent', 'clientInHospital', 'clientRefused', 'carerIll', 'other')),
  note text,
  source text NOT NULL CONSTRAINT care_visit_source_check CHECK (source IN ('coordinator', 'providerCsv')),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_visit_missed_check CHECK ((missed_reason IS NULL) = (hours > 0))
);
COMMENT ON TABLE care_visit IS 'A visit of a carer to a client: delivered with its hours, or missed with a reason (no hours). The bill of the month counts the delivered hours.';
COMMENT ON COLUMN care_visit.hours IS 'Hours delivered, to the hundredth; 0 for a missed visit.';
COMMENT ON COLUMN care_visit.missed_reason IS 'Why the visit did not take place; NULL when delivered.';
COMMENT ON COLUMN care_visit.source IS 'coordinator: entered by hand; providerCsv: imported from the provider''s monthly CSV.';
CREATE INDEX care_visit_service_idx ON care_visit (care_service_id, visit_on);
CREATE INDEX care_visit_carer_idx ON care_visit (carer_id, visit_on);
