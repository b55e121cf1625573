-- Applications for social assistance, their action log, home visits (RWS), proposals,
-- administrative decisions with their yearly register, and appeals.
CREATE TABLE application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT application_number_key UNIQUE,
  household_id uuid NOT NULL REFERENCES household (id),
  applicant_id uuid NOT NULL REFERENCES person (id),
  channel text NOT NULL,
  submitted_on date NOT NULL,
  benefits text[] NOT NULL,
  help_reasons text[] NOT NULL,
  urgent boolean NOT NULL DEFAULT false,
  complicated boolean NOT NULL DEFAULT false,
  description text,
  field_team_id uuid REFERENCES org_unit (id),
  assigned_worker_id uuid REFERENCES staff_user (id),
  status text NOT NULL,
  wywiad_due date NOT NULL,
  decision_due date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE application IS 'Wniosek o pomoc (art. 102 ups); its history is application_action.';
COMMENT ON COLUMN application.status IS 'Cache of applicationStatus(actions), rewritten in the same transaction as each action, for queues and indexes.';
COMMENT ON COLUMN application.wywiad_due IS 'Computed: 14 working days from submission (2 when urgent), rozp. RWS § 3.';
COMMENT ON COLUMN application.decision_due IS 'Computed: KPA art. 35 — one month, two when complicated; art. 57 § 4 applied.';
CREATE INDEX application_worker_idx ON application (assigned_worker_id, status, wywiad_due);
CREATE INDEX application_status_idx ON application (status, decision_due);
CREATE INDEX application_household_idx ON application (household_id);

CREATE TABLE application_action (
  id bigserial PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES application (id),
  type text NOT NULL,
  on_date date NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  actor_id uuid REFERENCES staff_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE application_action IS 'Append-only action log of an application; the status is derived from it.';
CREATE INDEX application_action_app_idx ON application_action (application_id, id);
CREATE TRIGGER application_action_no_update BEFORE UPDATE OR DELETE ON application_action
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TABLE wywiad (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES application (id),
  household_id uuid NOT NULL REFERENCES household (id),
  worker_id uuid NOT NULL REFERENCES staff_user (id),
  visited_on date NOT NULL,
  income_lost boolean NOT NULL DEFAULT false,
  health text,
  housing text,
  needs text,
  conclusions text NOT NULL,
  help_plan text,
  farm_hectares numeric(10, 4) NOT NULL DEFAULT 0,
  members jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE wywiad IS 'Rodzinny wywiad środowiskowy (art. 107 ups; rozp. Dz.U. 2021 poz. 893) as structured data.';
COMMENT ON COLUMN wywiad.members IS 'Income of the reference month per member: [{personId, sources:[{kind, gross, tax, contributions, alimonyPaid}]}], grosze.';
CREATE INDEX wywiad_application_idx ON wywiad (application_id, visited_on DESC);

CREATE TABLE proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  worker_id uuid NOT NULL REFERENCES staff_user (id),
  benefit text NOT NULL,
  person_ids uuid[] NOT NULL,
  unable_to_work boolean NOT NULL DEFAULT false,
  amount integer NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  purpose text,
  justification text NOT NULL,
  calculation jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposal IS 'The social worker''s proposal of a benefit; amount in grosze, with the calculation and its explanation.';

CREATE TABLE register_counter (
  register text NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (register, year)
);
COMMENT ON TABLE register_counter IS 'Registers (applications, decisions): one gapless number sequence per year, taken under row lock.';

CREATE TABLE decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES application (id),
  proposal_id uuid REFERENCES proposal (id),
  number text NOT NULL CONSTRAINT decision_number_key UNIQUE,
  outcome text NOT NULL CONSTRAINT decision_outcome_check CHECK (outcome IN ('grant', 'refuse')),
  benefit text NOT NULL,
  amount integer NOT NULL DEFAULT 0,
  period_from date,
  period_to date,
  schedule jsonb NOT NULL DEFAULT '[]',
  payment_method text,
  iban text,
  legal_basis text NOT NULL,
  justification text NOT NULL,
  calculation jsonb,
  decided_on date NOT NULL,
  delivered_on date,
  signed_by_id uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE decision IS 'Decyzja administracyjna (art. 106 ups): grant or refusal, its number from the yearly register.';
COMMENT ON COLUMN decision.amount IS 'Monthly amount (grosze) for periodic benefits; the one-off amount for zasiłek celowy.';
COMMENT ON COLUMN decision.schedule IS 'Payments per month, the first month pro rata by days (art. 106 ust. 3).';
CREATE INDEX decision_application_idx ON decision (application_id);

CREATE TABLE appeal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES application (id),
  decision_id uuid NOT NULL REFERENCES decision (id),
  received_on date NOT NULL,
  appellant text,
  summary text,
  forward_due date NOT NULL,
  forwarded_on date,
  outcome text,
  outcome_on date,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE appeal IS 'Odwołanie to the SKO, filed through the centre; forwarded within 7 days (KPA art. 133).';
