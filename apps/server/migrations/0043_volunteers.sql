-- Volunteers: public sign-ups reviewed by the coordinator, and volunteer agreements
-- (porozumienie wolontariackie, art. 44 ustawy o działalności pożytku publicznego i o wolontariacie).
CREATE TABLE volunteer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_name text NOT NULL,
  surname text NOT NULL,
  sort_key text NOT NULL,
  phone text,
  email text,
  adult boolean NOT NULL,
  availability jsonb NOT NULL,
  skills text[] NOT NULL,
  about text,
  consent_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'new' CONSTRAINT volunteer_status_check CHECK (status IN ('new', 'accepted', 'rejected')),
  review_note text,
  reviewed_by uuid REFERENCES staff_user (id),
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE volunteer IS 'Volunteer sign-up from the public form and its review; erased on request unless an agreement binds it.';
COMMENT ON COLUMN volunteer.consent_at IS 'When the person consented to the processing of the data for volunteer recruitment (RODO art. 6 ust. 1 lit. a).';
CREATE INDEX volunteer_queue_idx ON volunteer (status, created_at DESC, id DESC);

CREATE TABLE volunteer_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  volunteer_id uuid NOT NULL REFERENCES volunteer (id),
  number text NOT NULL CONSTRAINT volunteer_agreement_number_key UNIQUE,
  concluded_on date NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  scope text NOT NULL,
  place text NOT NULL,
  hours text NOT NULL,
  address text NOT NULL,
  travel_costs boolean NOT NULL DEFAULT false,
  notice_days integer NOT NULL DEFAULT 7,
  signed_for_centre text NOT NULL,
  extra_terms text,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT volunteer_agreement_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE volunteer_agreement IS 'Porozumienie wolontariackie: scope, manner and time of the services (art. 44 ust. 1); printed as PDF.';
CREATE INDEX volunteer_agreement_volunteer_idx ON volunteer_agreement (volunteer_id);
