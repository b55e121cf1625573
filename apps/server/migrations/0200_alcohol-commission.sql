-- The gmina's commission for solving alcohol problems (MKRPA, act on upbringing in sobriety):
-- members and their training, meetings with attendance (the pay per meeting), and proceedings
-- towards treatment (art. 24–26) as an append-only log of dated events. Health data (art. 9
-- RODO): a compartment of its own, read and written only by the role alcoholCommission.

CREATE TABLE alcohol_commission_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  function text NOT NULL CHECK (function IN ('chair', 'deputyChair', 'secretary', 'member')),
  appointment text,
  term_from date NOT NULL,
  term_to date NOT NULL CHECK (term_to >= term_from),
  pay_per_meeting integer NOT NULL CHECK (pay_per_meeting >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_commission_member IS 'Members of the commission, appointed by the mayor''s order for a term.';
COMMENT ON COLUMN alcohol_commission_member.function IS 'chair, deputyChair, secretary or member.';
COMMENT ON COLUMN alcohol_commission_member.appointment IS 'The order (zarządzenie) appointing the member.';
COMMENT ON COLUMN alcohol_commission_member.pay_per_meeting IS 'Grosze paid for one meeting attended, as the municipal programme sets it.';

CREATE TABLE alcohol_commission_training (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id uuid NOT NULL REFERENCES alcohol_commission_member (id),
  on_date date NOT NULL,
  title text NOT NULL,
  hours integer NOT NULL CHECK (hours > 0)
);
COMMENT ON TABLE alcohol_commission_training IS 'Training a member completed (the programme requires members trained in alcohol problems).';
COMMENT ON COLUMN alcohol_commission_training.hours IS 'Length of the training in hours.';
CREATE INDEX alcohol_commission_training_member_idx ON alcohol_commission_training (member_id, on_date);

CREATE TABLE alcohol_commission_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  held_on date NOT NULL,
  agenda text NOT NULL,
  deciding boolean NOT NULL,
  minutes text NOT NULL,
  resolutions text,
  members_in_term integer NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_commission_meeting IS 'A meeting of the commission with its minutes.';
COMMENT ON COLUMN alcohol_commission_meeting.deciding IS 'Adopted resolutions; allowed only with a quorum of the members in term.';
COMMENT ON COLUMN alcohol_commission_meeting.members_in_term IS 'Members whose term covered the day, for the quorum shown in the minutes.';
CREATE INDEX alcohol_commission_meeting_held_idx ON alcohol_commission_meeting (held_on DESC, id DESC);

CREATE TABLE alcohol_commission_attendance (
  meeting_id uuid NOT NULL REFERENCES alcohol_commission_meeting (id),
  member_id uuid NOT NULL REFERENCES alcohol_commission_member (id),
  pay integer NOT NULL CHECK (pay >= 0),
  PRIMARY KEY (meeting_id, member_id)
);
COMMENT ON TABLE alcohol_commission_attendance IS 'Members present at a meeting, with the pay due for it (the rate on the day).';
COMMENT ON COLUMN alcohol_commission_attendance.pay IS 'Grosze due to the member for this meeting.';

CREATE TABLE alcohol_proceeding (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES person (id),
  sealed boolean NOT NULL DEFAULT false,
  reported_on date NOT NULL,
  reporter_kind text NOT NULL,
  reporter_name text NOT NULL,
  reporter_institution text,
  grounds text[] NOT NULL,
  description text NOT NULL,
  status text NOT NULL DEFAULT 'reported',
  next_due date,
  next_due_kind text,
  closed_on date,
  close_reason text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_proceeding IS 'A proceeding towards treatment (art. 24–26 of the act on upbringing in sobriety); only the commission sees it.';
COMMENT ON COLUMN alcohol_proceeding.number IS 'Register number MKRPA/year/n.';
COMMENT ON COLUMN alcohol_proceeding.sealed IS 'The person was first registered through this proceeding: the registry shows them only to the commission.';
COMMENT ON COLUMN alcohol_proceeding.reporter_kind IS 'family, police, socialWorker, blueCardTeam or other.';
COMMENT ON COLUMN alcohol_proceeding.grounds IS 'Grounds of art. 24 the report names.';
COMMENT ON COLUMN alcohol_proceeding.status IS 'Derived from the event log (packages/domain alcohol-commission/rules.ts), cached for lists.';
COMMENT ON COLUMN alcohol_proceeding.next_due IS 'The deadline the proceeding waits on now (the secretary''s home page), cached from the log.';
COMMENT ON COLUMN alcohol_proceeding.next_due_kind IS 'Which step next_due is for.';
COMMENT ON COLUMN alcohol_proceeding.closed_on IS 'Day the proceeding was closed.';
COMMENT ON COLUMN alcohol_proceeding.close_reason IS 'Why it was closed.';
CREATE INDEX alcohol_proceeding_list_idx ON alcohol_proceeding (reported_on DESC, id DESC);
CREATE INDEX alcohol_proceeding_due_idx ON alcohol_proceeding (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX alcohol_proceeding_sealed_idx ON alcohol_proceeding (person_id) WHERE sealed;
COMMENT ON INDEX alcohol_proceeding_sealed_idx IS 'The registry''s row scope asks, for every person, whether a proceeding sealed them.';

CREATE TABLE alcohol_proceeding_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proceeding_id uuid NOT NULL REFERENCES alcohol_proceeding (id),
  seq bigserial NOT NULL,
  type text NOT NULL,
  on_date date NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  attachment bytea,
  attachment_name text,
  actor_id uuid REFERENCES staff_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE alcohol_proceeding_event IS 'Append-only log of a proceeding: invitation, interview, experts'' referral, invoice and opinion, court petition and order, facility reports, closure.';
COMMENT ON COLUMN alcohol_proceeding_event.seq IS 'Order of recording.';
COMMENT ON COLUMN alcohol_proceeding_event.details IS 'The event''s fields as entered.';
COMMENT ON COLUMN alcohol_proceeding_event.attachment IS 'The expert''s opinion as a scanned PDF.';
COMMENT ON COLUMN alcohol_proceeding_event.attachment_name IS 'File name of the attachment.';
CREATE INDEX alcohol_proceeding_event_idx ON alcohol_proceeding_event (proceeding_id, seq);
CREATE TRIGGER alcohol_proceeding_event_no_update BEFORE UPDATE OR DELETE ON alcohol_proceeding_event
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- The audit view: entries about the commission's records, and any entry whose entity id is a
-- person the commission sealed, only for the commission.
CREATE FUNCTION alcohol_commission_audit_visible(p_entity text, p_entity_id text, p_viewer uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_entity LIKE 'alcohol%' OR (p_entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        AND EXISTS (SELECT 1 FROM alcohol_proceeding s WHERE s.person_id = p_entity_id::uuid AND s.sealed))
    THEN EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = p_viewer AND r.role = 'alcoholCommission')
    ELSE true
  END
$$;
COMMENT ON FUNCTION alcohol_commission_audit_visible(text, text, uuid) IS 'Audit rows about the alcohol commission''s compartment are shown only to its members.';
