-- Services the centre delivers and charges for (art. 50 ups): the fee tables of the council's
-- resolutions and of the minister's regulation, and care-service decisions computed with them.
CREATE TABLE service_fee_table (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CONSTRAINT service_fee_table_kind_check CHECK (kind IN ('localResolution', 'mentalDisordersRegulation')),
  number text NOT NULL,
  adopted_on date NOT NULL,
  valid_from date NOT NULL,
  title text NOT NULL,
  hourly_costs jsonb NOT NULL,
  bands jsonb NOT NULL,
  exemptions jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_fee_table_dates_check CHECK (valid_from >= adopted_on),
  CONSTRAINT service_fee_table_key UNIQUE (kind, valid_from, number)
);
COMMENT ON TABLE service_fee_table IS 'A fee table for services (uchwała rady gminy, art. 50 ust. 6 ups; or the rozporządzenie for persons with mental disorders, art. 50 ust. 7), valid from a date. Never updated: a decision keeps the table it was computed with; a new resolution is a new row.';
COMMENT ON COLUMN service_fee_table.kind IS 'localResolution (care, specialist care, neighbour services) or mentalDisordersRegulation (specialist care for persons with mental disorders).';
COMMENT ON COLUMN service_fee_table.number IS 'The resolution''s number (e.g. XII/140/2025) or the regulation''s Dz.U. reference.';
COMMENT ON COLUMN service_fee_table.adopted_on IS 'Day the council adopted the resolution (or the regulation was signed).';
COMMENT ON COLUMN service_fee_table.valid_from IS 'First day the table applies to: a decision takes the table in force on the first day of its period.';
COMMENT ON COLUMN service_fee_table.hourly_costs IS 'Hourly cost by kind of service: [{"serviceKind","costGrosze"}].';
COMMENT ON COLUMN service_fee_table.bands IS 'Fee as % of the cost by income in % of the criterion, contiguous: [{"overPct","upToPct"|null,"singlePct","familyPct"}]; income up to the first band is free.';
COMMENT ON COLUMN service_fee_table.exemptions IS 'Art. 64 ups grounds the resolution allows and the most each may lower the fee: [{"ground","maxPct"}].';
CREATE INDEX service_fee_table_valid_idx ON service_fee_table (kind, valid_from DESC);

CREATE TABLE care_service (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  person_id uuid NOT NULL REFERENCES person (id),
  service_kind text NOT NULL CONSTRAINT care_service_kind_check CHECK (service_kind IN ('careService', 'specialistCareService', 'mentalDisorderCareService', 'neighbourService')),
  tasks text[] NOT NULL,
  hours_per_day numeric(4, 2) NOT NULL CONSTRAINT care_service_hours_check CHECK (hours_per_day > 0 AND hours_per_day <= 24),
  days_per_week integer NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),
  period_from date NOT NULL,
  period_to date NOT NULL,
  provider text NOT NULL CONSTRAINT care_service_provider_check CHECK (provider IN ('own', 'contracted')),
  provider_name text,
  fee_table_id uuid NOT NULL REFERENCES service_fee_table (id),
  hourly_cost_grosze integer NOT NULL,
  fee_pct numeric(5, 2) NOT NULL,
  income_ratio_pct numeric(8, 2) NOT NULL,
  exemption jsonb,
  exemption_grosze integer NOT NULL DEFAULT 0,
  hourly_fee_grosze integer NOT NULL CHECK (hourly_fee_grosze >= 0),
  steps jsonb NOT NULL,
  decided_on date NOT NULL,
  decided_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_service_period_check CHECK (period_to >= period_from)
);
COMMENT ON TABLE care_service IS 'A decision granting care services (art. 50 ups) with the fee per hour computed from the fee table in force; attached to the application whose home visit gave the income.';
COMMENT ON COLUMN care_service.number IS 'Decision register number (register_counter ''decision'').';
COMMENT ON COLUMN care_service.wywiad_id IS 'The home visit whose income the fee was computed on.';
COMMENT ON COLUMN care_service.person_id IS 'The person receiving the services.';
COMMENT ON COLUMN care_service.tasks IS 'The scope: coded tasks (hygiene, meals, shopping …).';
COMMENT ON COLUMN care_service.hours_per_day IS 'Hours a day, to the quarter hour.';
COMMENT ON COLUMN care_service.provider IS 'own: the centre''s carers; contracted: an organisation under contract (provider_name).';
COMMENT ON COLUMN care_service.fee_table_id IS 'The table the fee was computed with; kept even after a newer resolution.';
COMMENT ON COLUMN care_service.hourly_cost_grosze IS 'The table''s hourly cost for this kind of service, grosze.';
COMMENT ON COLUMN care_service.fee_pct IS 'Fee as % of the cost from the band the income fell in.';
COMMENT ON COLUMN care_service.income_ratio_pct IS 'Income per person as % of the criterion, to the hundredth (shown in the justification).';
COMMENT ON COLUMN care_service.exemption IS 'Art. 64 exemption granted: {"ground","pct"}; NULL when none.';
COMMENT ON COLUMN care_service.exemption_grosze IS 'How much the exemption lowers the hourly fee, grosze.';
COMMENT ON COLUMN care_service.hourly_fee_grosze IS 'What the client pays for an hour, grosze.';
COMMENT ON COLUMN care_service.steps IS 'The calculation printed in the justification: [{article,key,params}].';
CREATE INDEX care_service_person_idx ON care_service (person_id);
CREATE INDEX care_service_list_idx ON care_service (decided_on DESC, id DESC);
