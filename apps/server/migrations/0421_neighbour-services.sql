-- Neighbour services (usługi sąsiedzkie, art. 50 ust. 2a ups, issue 16 item 7): the neighbours who
-- help, whom each helps under a neighbour-service decision and for how many hours a month, the
-- hours entered per month, and the hourly rate the centre pays them (dated data).
CREATE TABLE neighbour (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  phone text,
  address text NOT NULL,
  bank_account text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE neighbour IS 'A neighbour who provides neighbour services under an agreement with the centre (not a client).';
COMMENT ON COLUMN neighbour.bank_account IS 'Account number (NRB) the monthly payment goes to; NULL: paid at the cash desk.';

CREATE TABLE neighbour_rate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL CONSTRAINT neighbour_rate_valid_from_key UNIQUE,
  hourly_rate_grosze integer NOT NULL CHECK (hourly_rate_grosze > 0),
  basis text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE neighbour_rate IS 'What the centre pays a neighbour for an hour, valid from a day (the director''s order or the council''s resolution) — configurable data.';
COMMENT ON COLUMN neighbour_rate.basis IS 'The act that set the rate, as printed on the payment list.';

CREATE TABLE neighbour_service (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  care_service_id uuid NOT NULL REFERENCES care_service (id),
  neighbour_id uuid NOT NULL REFERENCES neighbour (id),
  hours_per_month numeric(5, 2) NOT NULL CHECK (hours_per_month > 0 AND hours_per_month <= 744),
  period_from date NOT NULL,
  period_to date NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT neighbour_service_period_check CHECK (period_to >= period_from)
);
COMMENT ON TABLE neighbour_service IS 'A neighbour assigned to a client''s neighbour-service decision (care_service of kind neighbourService) for hours a month within a period inside the decision''s.';
CREATE INDEX neighbour_service_decision_idx ON neighbour_service (care_service_id);
CREATE INDEX neighbour_service_neighbour_idx ON neighbour_service (neighbour_id);

CREATE TABLE neighbour_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  neighbour_service_id uuid NOT NULL REFERENCES neighbour_service (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  hours numeric(5, 2) NOT NULL CHECK (hours >= 0),
  entered_by uuid REFERENCES staff_user (id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT neighbour_hours_month_key UNIQUE (neighbour_service_id, month)
);
COMMENT ON TABLE neighbour_hours IS 'Hours a neighbour helped a client in a month (first day of the month), to the hundredth; entered again it replaces the month''s figure.';
