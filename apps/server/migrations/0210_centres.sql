-- Support centres and clubs (placówki): day care home, Klub Senior+, the socio-therapy day room,
-- children's clubs, supported flats, crisis intervention points; who is enrolled or waiting, the
-- daily attendance and the classes. Fees come from the services' fee tables (0150).

-- The council's resolution on fees in support centres (art. 97 ust. 5 ups) is a fee table too.
ALTER TABLE service_fee_table DROP CONSTRAINT service_fee_table_kind_check;
ALTER TABLE service_fee_table ADD CONSTRAINT service_fee_table_kind_check
  CHECK (kind IN ('localResolution', 'mentalDisordersRegulation', 'supportCentreResolution'));
COMMENT ON COLUMN service_fee_table.kind IS 'localResolution (care, specialist care, neighbour services), mentalDisordersRegulation (specialist care for persons with mental disorders) or supportCentreResolution (a day in a support centre, art. 97 ust. 5 ups; its hourly_costs hold the cost of a day).';

CREATE TABLE facility (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('dayCareHome', 'seniorClub', 'dayRoom', 'childrenClub', 'supportedFlat', 'crisisPoint')),
  address text NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  opening_hours jsonb NOT NULL,
  staff jsonb NOT NULL DEFAULT '[]',
  monthly_cost_grosze integer NOT NULL CHECK (monthly_cost_grosze >= 0),
  charged boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE facility IS 'A support centre or club the centre runs (placówka): its kind, places, hours and staff.';
COMMENT ON COLUMN facility.kind IS 'dayCareHome (dzienny dom pomocy, art. 51 ups), seniorClub (Klub Senior+), dayRoom (świetlica socjoterapeutyczna, art. 24 uwr), childrenClub, supportedFlat (art. 53 ups), crisisPoint (art. 47 ups).';
COMMENT ON COLUMN facility.capacity IS 'Places: how many may be enrolled at once; the next wait on the list.';
COMMENT ON COLUMN facility.opening_hours IS 'Weekly hours: [{"day" (1 = Monday … 7 = Sunday), "open", "close"}]; closed on public holidays.';
COMMENT ON COLUMN facility.staff IS 'The staff of the place: [{"name","role"}].';
COMMENT ON COLUMN facility.monthly_cost_grosze IS 'What running the place costs a month, grosze: the base of the cost per place and per day of attendance.';
COMMENT ON COLUMN facility.charged IS 'Whether the resolution on fees in support centres charges for a day here (the fee of each enrolment is computed on enrolment).';

CREATE TABLE enrolment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id uuid NOT NULL REFERENCES facility (id),
  person_id uuid NOT NULL REFERENCES person (id),
  requested_on date NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  offered_on date,
  enrolled_on date,
  ended_on date,
  end_reason text,
  referred_by text NOT NULL CHECK (referred_by IN ('socialWorker', 'psychologist', 'school', 'self', 'other')),
  referrer_name text,
  consent_by text NOT NULL CHECK (consent_by IN ('person', 'parent')),
  guardian_name text,
  consent_signed_on date,
  fee_table_id uuid REFERENCES service_fee_table (id),
  daily_fee_grosze integer CHECK (daily_fee_grosze >= 0),
  fee_steps jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES staff_user (id),
  CONSTRAINT enrolment_end_check CHECK (ended_on IS NULL OR enrolled_on IS NULL OR ended_on >= enrolled_on)
);
COMMENT ON TABLE enrolment IS 'A person''s place at a facility, or their turn on its waiting list: waiting (no offer), offered (a freed place offered), enrolled, ended.';
COMMENT ON COLUMN enrolment.queued_at IS 'When the request was recorded: the waiting list is first come, first served in this order.';
COMMENT ON COLUMN enrolment.offered_on IS 'Day a freed place was offered to the first on the list; the place is held for them.';
COMMENT ON COLUMN enrolment.enrolled_on IS 'First day of participation; NULL while waiting.';
COMMENT ON COLUMN enrolment.ended_on IS 'Last day of participation, or the day the person left the list.';
COMMENT ON COLUMN enrolment.referred_by IS 'Who referred: socialWorker, psychologist, school (pedagogue), self, other; referrer_name names them.';
COMMENT ON COLUMN enrolment.consent_by IS 'Who signs the consent to take part: the person, or a parent or guardian (guardian_name) for a child.';
COMMENT ON COLUMN enrolment.consent_signed_on IS 'Day the printed consent came back signed; attendance is recorded only after it.';
COMMENT ON COLUMN enrolment.fee_table_id IS 'The resolution the day''s fee was computed with (art. 97 ust. 5 ups); NULL where the place is free.';
COMMENT ON COLUMN enrolment.daily_fee_grosze IS 'What the person pays for a day present, grosze.';
COMMENT ON COLUMN enrolment.fee_steps IS 'The calculation of the fee: [{article,key,params}].';
CREATE UNIQUE INDEX enrolment_open_key ON enrolment (facility_id, person_id) WHERE ended_on IS NULL;
CREATE INDEX enrolment_facility_idx ON enrolment (facility_id, queued_at, id);
CREATE INDEX enrolment_person_idx ON enrolment (person_id);

CREATE TABLE attendance (
  enrolment_id uuid NOT NULL REFERENCES enrolment (id),
  day date NOT NULL,
  present boolean NOT NULL,
  recorded_by uuid REFERENCES staff_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (enrolment_id, day)
);
COMMENT ON TABLE attendance IS 'One person''s attendance on one day: present or absent (no row: not marked).';
CREATE INDEX attendance_day_idx ON attendance (day);

CREATE TABLE facility_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id uuid NOT NULL REFERENCES facility (id),
  title text NOT NULL,
  held_on date NOT NULL,
  starts_at time NOT NULL,
  ends_at time NOT NULL CHECK (ends_at > starts_at),
  leader text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE facility_activity IS 'Classes and activities held at a facility (occupational therapy, homework help, a trip).';
COMMENT ON COLUMN facility_activity.leader IS 'Who led them (therapist, educator, volunteer).';
CREATE INDEX facility_activity_idx ON facility_activity (facility_id, held_on DESC, id DESC);

CREATE TABLE facility_activity_participant (
  activity_id uuid NOT NULL REFERENCES facility_activity (id),
  enrolment_id uuid NOT NULL REFERENCES enrolment (id),
  PRIMARY KEY (activity_id, enrolment_id)
);
COMMENT ON TABLE facility_activity_participant IS 'Who took part in an activity: enrolments of the same facility.';
CREATE INDEX facility_activity_participant_enrolment_idx ON facility_activity_participant (enrolment_id);
