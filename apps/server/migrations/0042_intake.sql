-- Online applications for help from residents (PS-1-like). An intake is not yet a registered
-- application: the field team's social worker takes it, contacts the resident and links it to
-- a registry household and person (and, once registered, to the application).
CREATE TABLE intake (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL CONSTRAINT intake_reference_key UNIQUE,
  code_hash text NOT NULL,
  status text NOT NULL DEFAULT 'received'
    CONSTRAINT intake_status_check CHECK (status IN ('received', 'inReview', 'accepted', 'declined')),
  field_team_id uuid REFERENCES org_unit (id),
  applicant jsonb NOT NULL,
  address jsonb NOT NULL,
  phone text,
  email text,
  preferred_contact text NOT NULL,
  household jsonb NOT NULL DEFAULT '[]',
  help text[] NOT NULL,
  help_other text,
  reasons text[] NOT NULL DEFAULT '{}',
  description text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  assigned_worker_id uuid REFERENCES staff_user (id),
  household_id uuid REFERENCES household (id),
  person_id uuid REFERENCES person (id),
  application_id uuid REFERENCES application (id),
  decline_reason text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE intake IS 'Application for help filed online (PS-1-like), routed to the field team of the address; status seen by the resident with reference + code.';
COMMENT ON COLUMN intake.code_hash IS 'SHA-256 of the secret code given to the resident; the code itself is never stored.';
COMMENT ON COLUMN intake.field_team_id IS 'From the address (field_team_street) at submission; NULL when no team serves it — staff assign one.';
COMMENT ON COLUMN intake.applicant IS '{firstName, surname, pesel, birthDate} as typed by the resident; verified when accepted.';
CREATE INDEX intake_queue_idx ON intake (field_team_id, status, submitted_at, id);

CREATE TABLE intake_event (
  id bigserial PRIMARY KEY,
  intake_id uuid NOT NULL REFERENCES intake (id),
  status text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid REFERENCES staff_user (id),
  note text
);
COMMENT ON TABLE intake_event IS 'Append-only history of an intake''s status; the resident sees statuses and dates, never staff names.';
CREATE INDEX intake_event_intake_idx ON intake_event (intake_id, id);
CREATE TRIGGER intake_event_no_update BEFORE UPDATE OR DELETE ON intake_event
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TABLE intake_attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intake_id uuid NOT NULL REFERENCES intake (id),
  file_name text NOT NULL,
  media_type text NOT NULL CONSTRAINT intake_attachment_type_check CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size integer NOT NULL CONSTRAINT intake_attachment_size_check CHECK (size > 0 AND size <= 5242880),
  data bytea NOT NULL,
  sha256 text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT intake_attachment_received_check CHECK (octet_length(data) <= size)
);
COMMENT ON TABLE intake_attachment IS 'Files attached by the resident (PDF, JPEG, PNG by magic bytes), sent in parts; complete when sha256 is set.';
CREATE INDEX intake_attachment_intake_idx ON intake_attachment (intake_id, created_at);
