-- Projects and programmes (issue 17): EU projects, government programmes, the gmina's own
-- programmes; their indicators with targets, recruitment criteria, participants and support.

CREATE TABLE programme (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('euProject', 'governmentProgramme', 'ownProgramme')),
  funder text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  budget_grosze bigint NOT NULL CHECK (budget_grosze >= 0),
  target_participants integer NOT NULL CHECK (target_participants >= 0),
  target_completions integer NOT NULL CHECK (target_completions >= 0),
  criteria jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT programme_period_check CHECK (ends_on >= starts_on)
);
COMMENT ON TABLE programme IS 'A project or programme the centre runs: its kind, funder, period, budget and the targets of its product indicators.';
COMMENT ON COLUMN programme.kind IS 'euProject (EU funds), governmentProgramme (e.g. Senior+, Posiłek), ownProgramme (the gmina''s own, e.g. Seniorada).';
COMMENT ON COLUMN programme.budget_grosze IS 'The planned budget, grosze.';
COMMENT ON COLUMN programme.target_participants IS 'Target of the indicator "participants" (persons who joined).';
COMMENT ON COLUMN programme.target_completions IS 'Target of the indicator "completions" (participants who completed the support).';
COMMENT ON COLUMN programme.criteria IS 'Eligibility criteria of the recruitment, checked when a participant is added: [{"kind":"ageMin"|"ageMax","years"} | {"kind":"incomeMax","percent"} | {"kind":"reason","reasons":[art. 7 codes]}].';

CREATE TABLE programme_indicator (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme (id),
  position integer NOT NULL,
  name text NOT NULL,
  target integer NOT NULL CHECK (target >= 0),
  UNIQUE (programme_id, position)
);
COMMENT ON TABLE programme_indicator IS 'A project''s own result indicator with its target value; achieved = participants with a result row.';
COMMENT ON COLUMN programme_indicator.position IS 'Order of the indicator in the project''s list.';

CREATE TABLE programme_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme (id),
  person_id uuid NOT NULL REFERENCES person (id),
  joined_on date NOT NULL,
  consent_signed_on date NOT NULL,
  eligibility jsonb NOT NULL DEFAULT '{}',
  ended_on date,
  completed boolean,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, person_id),
  CONSTRAINT programme_participant_end_check CHECK ((ended_on IS NULL) = (completed IS NULL) AND (ended_on IS NULL OR ended_on >= joined_on))
);
COMMENT ON TABLE programme_participant IS 'A person taking part in a project, recruited against its criteria.';
COMMENT ON COLUMN programme_participant.consent_signed_on IS 'Day the participant''s declaration with the consent to process their PESEL for the funder''s monitoring was signed.';
COMMENT ON COLUMN programme_participant.eligibility IS 'The facts the criteria were checked on at recruitment: {"incomePerPersonGrosze","householdSize","reasons"}.';
COMMENT ON COLUMN programme_participant.ended_on IS 'Last day of participation; NULL while taking part.';
COMMENT ON COLUMN programme_participant.completed IS 'Whether the participation ended by completing the support (true) or by leaving early (false).';
CREATE INDEX programme_participant_person_idx ON programme_participant (person_id);

CREATE TABLE programme_support (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES programme_participant (id),
  on_date date NOT NULL,
  form text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE programme_support IS 'A form of support a participant received on a day (a workshop, counselling, a trip, street pedagogy).';
CREATE INDEX programme_support_participant_idx ON programme_support (participant_id, on_date);

CREATE TABLE programme_result (
  participant_id uuid NOT NULL REFERENCES programme_participant (id),
  indicator_id uuid NOT NULL REFERENCES programme_indicator (id),
  achieved_on date NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  PRIMARY KEY (participant_id, indicator_id)
);
COMMENT ON TABLE programme_result IS 'A participant achieved one of the project''s own result indicators on a day.';
