-- Social work (issue 15 items 1–2): the household's case file, its help plan, notes of contacts,
-- tasks, and social contracts (kontrakt socjalny, art. 108 ups) with their action log.
CREATE TABLE case_file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES household (id),
  opened_on date NOT NULL,
  open_reason text NOT NULL,
  closed_on date,
  close_reason text,
  lead_worker_id uuid NOT NULL REFERENCES staff_user (id),
  problems text[] NOT NULL,
  review_due date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT case_file_closed_check CHECK ((closed_on IS NULL) = (close_reason IS NULL))
);
COMMENT ON TABLE case_file IS 'Teczka pracy socjalnej: a household''s social-work case file (art. 45 ups), with or without any benefit.';
COMMENT ON COLUMN case_file.problems IS 'Art. 7 ups reasons for help (codes of HELP_REASONS) the social work addresses.';
COMMENT ON COLUMN case_file.review_due IS 'Date of the next periodic review of the case and its plan.';
COMMENT ON COLUMN case_file.lead_worker_id IS 'The social worker leading the case.';
CREATE INDEX case_file_household_idx ON case_file (household_id);
CREATE INDEX case_file_lead_idx ON case_file (lead_worker_id);

CREATE TABLE case_file_worker (
  case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  worker_id uuid NOT NULL REFERENCES staff_user (id),
  PRIMARY KEY (case_file_id, worker_id)
);
COMMENT ON TABLE case_file_worker IS 'Co-workers of a case file; they see it like the lead worker, whatever their field team.';
CREATE INDEX case_file_worker_worker_idx ON case_file_worker (worker_id);

CREATE TABLE case_plan_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  goal text NOT NULL,
  action text NOT NULL,
  who text NOT NULL,
  by_when date NOT NULL,
  expected_effect text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE case_plan_item IS 'Plan pomocy: one goal with its action, who does it, by when and the expected effect.';
CREATE INDEX case_plan_item_case_idx ON case_plan_item (case_file_id);

CREATE TABLE case_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  contact_on date NOT NULL,
  kind text NOT NULL CONSTRAINT case_note_kind_check CHECK (kind IN ('visit', 'call', 'office', 'institution')),
  body text NOT NULL,
  search_text text NOT NULL,
  author_id uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE case_note IS 'Dated note of a contact (home visit, call, office, another institution); every read is audited.';
COMMENT ON COLUMN case_note.search_text IS 'The body folded (lower case, no diacritics) for the text search.';
CREATE INDEX case_note_case_idx ON case_note (case_file_id, contact_on DESC, id DESC);

CREATE TABLE case_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  title text NOT NULL,
  due date NOT NULL,
  assignee_id uuid NOT NULL REFERENCES staff_user (id),
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE case_task IS 'A task of a case file with its due date; open ones appear on the assignee''s "Moja praca".';
CREATE INDEX case_task_open_idx ON case_task (assignee_id, due) WHERE done_on IS NULL;
CREATE INDEX case_task_case_idx ON case_task (case_file_id);

CREATE TABLE social_contract (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  number text NOT NULL CONSTRAINT social_contract_number_key UNIQUE,
  part text NOT NULL CONSTRAINT social_contract_part_check CHECK (part IN ('A', 'B')),
  person_id uuid NOT NULL REFERENCES person (id),
  concluded_on date NOT NULL,
  valid_to date NOT NULL,
  review_due date,
  goals text NOT NULL,
  person_obligations text NOT NULL,
  centre_obligations text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT social_contract_dates_check CHECK (valid_to >= concluded_on)
);
COMMENT ON TABLE social_contract IS 'Kontrakt socjalny (art. 108 ups); its status is derived from social_contract_action, never stored.';
COMMENT ON COLUMN social_contract.part IS 'Part of the official form: A (I A/II A) solving a difficult situation, B (I B/II B) activation.';
COMMENT ON COLUMN social_contract.number IS 'KS/<year>/<n>, numbered per year of conclusion.';
CREATE INDEX social_contract_case_idx ON social_contract (case_file_id);

CREATE TABLE social_contract_action (
  id bigserial PRIMARY KEY,
  contract_id uuid NOT NULL REFERENCES social_contract (id) ON DELETE CASCADE,
  type text NOT NULL CONSTRAINT social_contract_action_type_check CHECK (type IN ('sign', 'review', 'complete', 'break', 'endEarly')),
  on_date date NOT NULL,
  note text,
  actor_id uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE social_contract_action IS 'Append-only log of a social contract: signature, reviews, outcome (completed, broken, ended early).';
CREATE INDEX social_contract_action_contract_idx ON social_contract_action (contract_id, id);
