-- Telecare (teleopieka, issue 16 item 7): the devices the centre lends (bracelets, key boxes), the
-- decision granting telecare with the monthly fee where the council's resolution prices it, the
-- lending contract of a device, and the alarms the monitoring centre logs (imported as CSV).
CREATE TABLE telecare_device (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CONSTRAINT telecare_device_kind_check CHECK (kind IN ('bracelet', 'keyBox', 'base')),
  serial_number text NOT NULL CONSTRAINT telecare_device_serial_key UNIQUE,
  status text NOT NULL DEFAULT 'inStock'
    CONSTRAINT telecare_device_status_check CHECK (status IN ('inStock', 'lent', 'returned', 'lost')),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE telecare_device IS 'A telecare device the centre owns and lends: an alarm bracelet, a key box or a base station.';
COMMENT ON COLUMN telecare_device.serial_number IS 'The maker''s serial number; the monitoring centre''s alarm files name the device by it.';
COMMENT ON COLUMN telecare_device.status IS 'inStock (never lent), lent (an open loan), returned (back, may be lent again), lost (never lent again).';

CREATE TABLE telecare_service (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  person_id uuid NOT NULL REFERENCES person (id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  fee_table_id uuid NOT NULL REFERENCES service_fee_table (id),
  monthly_cost_grosze integer,
  fee_pct numeric(5, 2) NOT NULL,
  income_ratio_pct numeric(8, 2) NOT NULL,
  monthly_fee_grosze integer NOT NULL CHECK (monthly_fee_grosze >= 0),
  steps jsonb NOT NULL,
  decided_on date NOT NULL,
  decided_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telecare_service_period_check CHECK (period_to >= period_from)
);
COMMENT ON TABLE telecare_service IS 'A decision granting telecare (art. 50 ups, a form of care services) on an application with a home visit.';
COMMENT ON COLUMN telecare_service.number IS 'Decision register number (register_counter ''decision'').';
COMMENT ON COLUMN telecare_service.fee_table_id IS 'The council''s resolution in force on the first day of the period; kept after a newer one.';
COMMENT ON COLUMN telecare_service.monthly_cost_grosze IS 'The resolution''s monthly cost of telecare; NULL when the resolution prices none (telecare free).';
COMMENT ON COLUMN telecare_service.fee_pct IS 'Fee as % of the monthly cost from the band the income fell in (0 when free).';
COMMENT ON COLUMN telecare_service.monthly_fee_grosze IS 'What the person pays a month, grosze.';
COMMENT ON COLUMN telecare_service.steps IS 'The calculation printed in the justification: [{article,key,params}].';
CREATE INDEX telecare_service_person_idx ON telecare_service (person_id);

CREATE TABLE telecare_loan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_no bigint GENERATED ALWAYS AS IDENTITY,
  device_id uuid NOT NULL REFERENCES telecare_device (id),
  telecare_service_id uuid NOT NULL REFERENCES telecare_service (id),
  person_id uuid NOT NULL REFERENCES person (id),
  lent_on date NOT NULL,
  returned_on date,
  lost boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telecare_loan_return_check CHECK (returned_on IS NULL OR returned_on >= lent_on),
  CONSTRAINT telecare_loan_lost_check CHECK (NOT lost OR returned_on IS NOT NULL)
);
COMMENT ON TABLE telecare_loan IS 'A device lent to the person of a telecare decision under a lending contract (umowa użyczenia).';
COMMENT ON COLUMN telecare_loan.contract_no IS 'The lending contract''s number, printed as UT/<contract_no>.';
COMMENT ON COLUMN telecare_loan.returned_on IS 'The day the loan ended: the device came back, or (lost) was reported lost.';
-- A device is with one person at a time: this is what makes a second loan of it fail.
CREATE UNIQUE INDEX telecare_loan_open_key ON telecare_loan (device_id) WHERE returned_on IS NULL;
CREATE INDEX telecare_loan_person_idx ON telecare_loan (person_id);
CREATE INDEX telecare_loan_service_idx ON telecare_loan (telecare_service_id);

CREATE TABLE telecare_alarm (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  loan_id uuid NOT NULL REFERENCES telecare_loan (id),
  device_id uuid NOT NULL REFERENCES telecare_device (id),
  person_id uuid NOT NULL REFERENCES person (id),
  occurred_at timestamp NOT NULL,
  kind text NOT NULL CONSTRAINT telecare_alarm_kind_check CHECK (kind IN ('button', 'fall', 'inactivity', 'technical')),
  outcome text NOT NULL
    CONSTRAINT telecare_alarm_outcome_check CHECK (outcome IN ('talk', 'family', 'ambulance', 'police', 'falseAlarm')),
  imported_by uuid REFERENCES staff_user (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telecare_alarm_device_time_key UNIQUE (device_id, occurred_at)
);
COMMENT ON TABLE telecare_alarm IS 'An alarm the monitoring centre logged for a lent device, imported from its CSV; a file imported twice adds nothing.';
COMMENT ON COLUMN telecare_alarm.occurred_at IS 'Local time (Europe/Warsaw) the monitoring centre logged.';
COMMENT ON COLUMN telecare_alarm.outcome IS 'What the centre did: talk (a call sufficed), family (notified), ambulance, police, falseAlarm.';
CREATE INDEX telecare_alarm_person_idx ON telecare_alarm (person_id, occurred_at);
