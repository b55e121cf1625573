-- Asystent rodziny (ustawa o wspieraniu rodziny i systemie pieczy zastępczej, art. 11–17):
-- referral, assignment, consent, the plan of work with the family, visits, end and monitoring.
CREATE TABLE family_assistance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES household (id),
  status text NOT NULL CONSTRAINT family_assistance_status_check CHECK (status IN ('referred', 'assigned', 'active', 'ended')),
  referred_by uuid REFERENCES staff_user (id),
  referred_on date NOT NULL,
  referral_reason text NOT NULL,
  basis text NOT NULL CONSTRAINT family_assistance_basis_check CHECK (basis IN ('head', 'court')),
  court_order text,
  assistant_id uuid REFERENCES staff_user (id),
  assigned_by uuid REFERENCES staff_user (id),
  assigned_on date,
  consent_on date,
  ended_on date,
  end_reason text,
  monitoring_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE family_assistance IS 'The work of a family assistant with one household, from the referral to the end of monitoring.';
COMMENT ON COLUMN family_assistance.status IS 'referred (after a home visit), assigned (by the head or on a court order), active (the family consented), ended.';
COMMENT ON COLUMN family_assistance.basis IS 'head: assigned by the head of the centre on the worker''s request; court: the court obliged the family.';
COMMENT ON COLUMN family_assistance.assistant_id IS 'The assistant; assigned and active rows count towards the limit of 15 families (art. 15 ust. 4 uwr).';
COMMENT ON COLUMN family_assistance.monitoring_until IS 'The assistant monitors the family after the work ends until this day.';
CREATE UNIQUE INDEX family_assistance_open_idx ON family_assistance (household_id) WHERE status <> 'ended';
CREATE INDEX family_assistance_assistant_idx ON family_assistance (assistant_id, status);

CREATE TABLE family_work_plan_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES family_assistance (id),
  goal text NOT NULL,
  action text NOT NULL,
  deadline date NOT NULL,
  expected_effect text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE family_work_plan_item IS 'An item of the plan pracy z rodziną: a goal, the action, by when, the expected effect.';

CREATE TABLE family_assistance_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assistance_id uuid NOT NULL REFERENCES family_assistance (id),
  visited_on date NOT NULL,
  kind text NOT NULL CONSTRAINT family_assistance_visit_kind_check CHECK (kind IN ('homeVisit', 'call', 'office', 'institution', 'monitoring')),
  note text NOT NULL,
  author_id uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE family_assistance_visit IS 'A dated visit or contact of the assistant with the family, and its note.';
CREATE INDEX family_assistance_visit_idx ON family_assistance_visit (assistance_id, visited_on DESC);
