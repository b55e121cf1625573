-- Crisis intervention (interwencja kryzysowa, art. 47 ups) as a case: the person (and the household
-- when the crisis is the family's), how it came and what the crisis is, the lead specialist, the
-- contacts, the intervention plan and stays at the hostel of a crisis point (facility kind crisisPoint).
-- No administrative decision (art. 106 ust. 2 ups).
CREATE TABLE crisis_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id),
  household_id uuid REFERENCES household (id),
  opened_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('self', 'police', 'hospital', 'institution')),
  kind text NOT NULL CHECK (kind IN ('violence', 'suicide', 'bereavement', 'accident', 'homelessness', 'other')),
  summary text NOT NULL,
  lead_id uuid NOT NULL REFERENCES staff_user (id),
  closed_on date,
  outcome text CHECK (outcome IN ('resolved', 'referred', 'discontinued', 'other')),
  outcome_note text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT crisis_case_closed_check CHECK (
    (closed_on IS NULL AND outcome IS NULL) OR (closed_on >= opened_on AND outcome IS NOT NULL))
);
COMMENT ON TABLE crisis_case IS 'A crisis intervention case (art. 47 ups): a person, or their household, helped in a crisis; read through its person, so the registry''s scope (a sealed Niebieska Karta person) applies.';
COMMENT ON COLUMN crisis_case.household_id IS 'The household the case covers when the crisis is the family''s (the person''s household on opening); NULL: the person alone.';
COMMENT ON COLUMN crisis_case.source IS 'How the case came: self (the person), police, hospital, institution (another one: a school, a court, an NGO).';
COMMENT ON COLUMN crisis_case.kind IS 'The crisis: violence, suicide (an attempt or a risk), bereavement, accident (or disaster), homelessness, other.';
COMMENT ON COLUMN crisis_case.summary IS 'What happened, in a few words.';
COMMENT ON COLUMN crisis_case.lead_id IS 'The specialist who leads the case (a staff member whose role may manage crisis intervention).';
COMMENT ON COLUMN crisis_case.outcome IS 'How the case ended: resolved, referred (to other help), discontinued (contact broken off), other; set with closed_on.';
CREATE INDEX crisis_case_list_idx ON crisis_case (opened_on DESC, id DESC);
CREATE INDEX crisis_case_person_idx ON crisis_case (person_id, opened_on DESC);
CREATE INDEX crisis_case_period_idx ON crisis_case (opened_on, closed_on);

CREATE TABLE crisis_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES crisis_case (id),
  contact_on date NOT NULL,
  form text NOT NULL CHECK (form IN ('inPerson', 'phone', 'homeVisit', 'hospital')),
  minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 720),
  note text NOT NULL,
  author_id uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE crisis_contact IS 'A contact with the person in a crisis case: in person, by phone, a home visit or at the hospital, with its length and a short note.';
COMMENT ON COLUMN crisis_contact.minutes IS 'How long the contact took, in minutes.';
CREATE INDEX crisis_contact_case_idx ON crisis_contact (case_id, contact_on);

CREATE TABLE crisis_plan_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES crisis_case (id),
  goal text NOT NULL,
  action text NOT NULL,
  who text NOT NULL,
  by_when date NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE crisis_plan_item IS 'A line of the intervention plan: a goal, the action towards it, who takes it and by when.';
COMMENT ON COLUMN crisis_plan_item.who IS 'Who takes the action (the person, a specialist, another institution), as typed.';
CREATE INDEX crisis_plan_item_case_idx ON crisis_plan_item (case_id, by_when);

CREATE TABLE crisis_stay (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES crisis_case (id),
  facility_id uuid NOT NULL REFERENCES facility (id),
  stay_from date NOT NULL,
  stay_to date NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT crisis_stay_period_check CHECK (stay_to >= stay_from)
);
COMMENT ON TABLE crisis_stay IS 'Shelter at a crisis point''s hostel within a case (art. 47 ust. 3 ups): the case''s stays together last at most the limit in force on the first one [M: 3 months].';
COMMENT ON COLUMN crisis_stay.facility_id IS 'The crisis point (facility of kind crisisPoint); its capacity is the hostel''s places, none taken beyond it on any day.';
COMMENT ON COLUMN crisis_stay.stay_to IS 'Last night of the stay (both ends counted).';
CREATE INDEX crisis_stay_case_idx ON crisis_stay (case_id, stay_from);
CREATE INDEX crisis_stay_place_idx ON crisis_stay (facility_id, stay_from, stay_to);
