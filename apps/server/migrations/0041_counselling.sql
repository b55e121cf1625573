-- Specialist counselling: specialists, weekly duty hours with exceptions, bookings by residents
-- without an account, and the record of consultations held. Free slots are computed from duty
-- hours, never stored; only bookings are rows. Times are local Europe/Warsaw wall-clock "HH:MM".
CREATE TABLE counselling_specialist (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  public_name text NOT NULL,
  staff_user_id uuid REFERENCES staff_user (id),
  texts jsonb,
  active boolean NOT NULL DEFAULT true,
  sort_key text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE counselling_specialist IS 'Psychologist, lawyer, violence or addiction consultant …; linked to a staff account or only named.';
COMMENT ON COLUMN counselling_specialist.public_name IS 'Name as residents see it (may be just the profession).';
CREATE INDEX counselling_specialist_user_idx ON counselling_specialist (staff_user_id);

CREATE TABLE counselling_duty (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  specialist_id uuid NOT NULL REFERENCES counselling_specialist (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CONSTRAINT counselling_duty_weekday_check CHECK (weekday BETWEEN 1 AND 7),
  start_time text NOT NULL CONSTRAINT counselling_duty_start_check CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text NOT NULL CONSTRAINT counselling_duty_end_check CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  slot_minutes integer NOT NULL CONSTRAINT counselling_duty_slot_check CHECK (slot_minutes BETWEEN 10 AND 240),
  mode text NOT NULL CONSTRAINT counselling_duty_mode_check CHECK (mode IN ('inPerson', 'phone')),
  office_id uuid REFERENCES org_unit (id),
  room text,
  phone text,
  valid_from date NOT NULL,
  valid_to date,
  months smallint[],
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT counselling_duty_order_check CHECK (end_time > start_time),
  CONSTRAINT counselling_duty_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE counselling_duty IS 'Recurring weekly duty hours (dyżur), cut into slots of slot_minutes; ISO weekday, Monday = 1.';
COMMENT ON COLUMN counselling_duty.months IS 'Months of the year it applies in (NULL = all), e.g. phone-only duty in July and August.';
COMMENT ON COLUMN counselling_duty.phone IS 'For phone duty: the number the resident calls at the booked time.';
CREATE INDEX counselling_duty_specialist_idx ON counselling_duty (specialist_id);

CREATE TABLE counselling_exception (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  specialist_id uuid REFERENCES counselling_specialist (id) ON DELETE CASCADE,
  on_date date NOT NULL,
  kind text NOT NULL CONSTRAINT counselling_exception_kind_check CHECK (kind IN ('absence', 'extra')),
  start_time text,
  end_time text,
  slot_minutes integer,
  mode text,
  office_id uuid REFERENCES org_unit (id),
  room text,
  phone text,
  note text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT counselling_exception_extra_check CHECK (
    kind = 'absence' OR (specialist_id IS NOT NULL AND start_time IS NOT NULL AND end_time IS NOT NULL
                          AND slot_minutes IS NOT NULL AND mode IS NOT NULL))
);
COMMENT ON TABLE counselling_exception IS 'One-day change: absence (whole day without times; whole centre without specialist) or an extra session.';
CREATE INDEX counselling_exception_date_idx ON counselling_exception (on_date);

CREATE TABLE counselling_booking (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  specialist_id uuid NOT NULL REFERENCES counselling_specialist (id),
  slot_date date NOT NULL,
  slot_time text NOT NULL,
  end_time text NOT NULL,
  mode text NOT NULL,
  office_id uuid REFERENCES org_unit (id),
  room text,
  phone_line text,
  resident_name text,
  phone text,
  email text,
  note text,
  code_hash text NOT NULL CONSTRAINT counselling_booking_code_key UNIQUE,
  status text NOT NULL DEFAULT 'booked'
    CONSTRAINT counselling_booking_status_check CHECK (status IN ('booked', 'cancelled', 'attended', 'noShow')),
  cancelled_by text CONSTRAINT counselling_booking_cancelled_by_check CHECK (cancelled_by IN ('resident', 'staff')),
  cancelled_at timestamptz,
  cancel_reason text,
  anonymised_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE counselling_booking IS 'A slot booked by a resident without an account; cancelled with the code (only its SHA-256 is kept).';
COMMENT ON COLUMN counselling_booking.resident_name IS 'Erased with phone, email and note 30 days after the session (anonymised_at); counts remain.';
-- The guarantee that no slot is booked twice, whatever the application does: two residents
-- pressing at once both insert, and the second insert meets this index.
CREATE UNIQUE INDEX counselling_booking_slot_key ON counselling_booking (specialist_id, slot_date, slot_time)
  WHERE status <> 'cancelled';
CREATE INDEX counselling_booking_date_idx ON counselling_booking (slot_date, specialist_id);
CREATE INDEX counselling_booking_to_erase_idx ON counselling_booking (slot_date) WHERE anonymised_at IS NULL;

CREATE TABLE counselling_consultation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  specialist_id uuid NOT NULL REFERENCES counselling_specialist (id),
  booking_id uuid CONSTRAINT counselling_consultation_booking_key UNIQUE REFERENCES counselling_booking (id),
  held_on date NOT NULL,
  mode text NOT NULL CONSTRAINT counselling_consultation_mode_check CHECK (mode IN ('inPerson', 'phone')),
  kind text NOT NULL,
  duration_minutes integer NOT NULL CONSTRAINT counselling_consultation_duration_check CHECK (duration_minutes BETWEEN 5 AND 480),
  person_id uuid REFERENCES person (id),
  client_name text,
  first_in_year boolean NOT NULL DEFAULT true,
  referral text NOT NULL DEFAULT 'none',
  referral_note text,
  recorded_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE counselling_consultation IS 'A consultation held (booked or walk-in): kind, mode, duration, referral; counted per year for the reports.';
CREATE INDEX counselling_consultation_held_idx ON counselling_consultation (held_on, specialist_id);
