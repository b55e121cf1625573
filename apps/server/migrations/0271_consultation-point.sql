-- The consultation point (Punkt Informacyjno-Konsultacyjny) of the municipal alcohol programme:
-- its specialists are the counselling module's (duty hours, appointments, consultations), flagged;
-- a consultation may be anonymous and is still counted; therapy and support groups with their
-- sessions, hours and participants (counts only: group members are not named here).

ALTER TABLE counselling_specialist ADD COLUMN consultation_point boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN counselling_specialist.consultation_point IS 'Works at the consultation point (PIK); its figures count only these specialists'' consultations.';
ALTER TABLE counselling_consultation ADD COLUMN anonymous boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN counselling_consultation.anonymous IS 'Held without learning who the person is; counted as a consultation, and as a person when first_in_year.';

CREATE TABLE alcohol_support_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('therapy', 'support')),
  audience text NOT NULL,
  leader text NOT NULL,
  started_on date NOT NULL,
  ended_on date CHECK (ended_on IS NULL OR ended_on >= started_on),
  participants integer NOT NULL CHECK (participants >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_support_group IS 'A therapy or support group run at the consultation point (e.g. for co-dependent persons, the abstainers'' club).';
COMMENT ON COLUMN alcohol_support_group.kind IS 'therapy or support.';
COMMENT ON COLUMN alcohol_support_group.audience IS 'Whom the group is for: addicted, codependent, adultChildren, youth, other.';
COMMENT ON COLUMN alcohol_support_group.leader IS 'The therapist or facilitator.';
COMMENT ON COLUMN alcohol_support_group.participants IS 'Persons enrolled in the group (counted, not named).';

CREATE TABLE alcohol_group_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES alcohol_support_group (id),
  held_on date NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 600),
  present integer NOT NULL CHECK (present >= 0),
  topic text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_group_session IS 'One session of a group: its length (the programme reports hours) and how many came.';
COMMENT ON COLUMN alcohol_group_session.minutes IS 'Length of the session in minutes.';
COMMENT ON COLUMN alcohol_group_session.present IS 'Participants present.';
CREATE INDEX alcohol_group_session_idx ON alcohol_group_session (group_id, held_on);
CREATE INDEX alcohol_group_session_date_idx ON alcohol_group_session (held_on);
