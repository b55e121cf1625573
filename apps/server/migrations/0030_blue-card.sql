-- Niebieska Karta: the interdisciplinary team, procedures with their append-only action log,
-- persons, diagnostic-help groups, meetings, forms A–E, referrals, the dated time limits, and
-- the SQL functions that are the compartment's row scope (used by this module, the registry
-- and the audit log view alike).

CREATE TABLE interdisciplinary_team (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE interdisciplinary_team IS 'Zespół interdyscyplinarny (art. 9a of the act on counteracting domestic violence), appointed by the wójt/burmistrz/prezydent.';
COMMENT ON COLUMN interdisciplinary_team.name IS 'Name as in the appointing order (zarządzenie).';

CREATE TABLE interdisciplinary_team_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES interdisciplinary_team (id),
  staff_user_id uuid REFERENCES staff_user (id),
  full_name text NOT NULL,
  institution text NOT NULL,
  is_chair boolean NOT NULL DEFAULT false,
  valid_from date NOT NULL,
  valid_to date,
  CONSTRAINT interdisciplinary_team_member_chair_staff_check CHECK (NOT is_chair OR staff_user_id IS NOT NULL),
  CONSTRAINT interdisciplinary_team_member_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE interdisciplinary_team_member IS 'Who sits in the team when; the current make-up has valid_to NULL. Outside members have no staff account.';
COMMENT ON COLUMN interdisciplinary_team_member.staff_user_id IS 'The staff account of a member from the centre; NULL for police, school, health and other outside members.';
COMMENT ON COLUMN interdisciplinary_team_member.is_chair IS 'The chair (przewodniczący) sees every procedure of the team and forms the groups; a row-level fact, not a role.';
CREATE UNIQUE INDEX interdisciplinary_team_one_chair_idx ON interdisciplinary_team_member (team_id)
  WHERE is_chair AND valid_to IS NULL;
CREATE INDEX interdisciplinary_team_member_staff_idx ON interdisciplinary_team_member (staff_user_id)
  WHERE valid_to IS NULL;

CREATE TABLE blue_card_parameter_period (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL CONSTRAINT blue_card_parameter_period_valid_from_key UNIQUE,
  chair_transfer_working_days integer NOT NULL CONSTRAINT blue_card_parameter_chair_check CHECK (chair_transfer_working_days BETWEEN 1 AND 60),
  diagnostic_group_forming_working_days integer NOT NULL CONSTRAINT blue_card_parameter_diagnostic_group_check CHECK (diagnostic_group_forming_working_days BETWEEN 1 AND 60),
  first_meeting_working_days integer NOT NULL CONSTRAINT blue_card_parameter_meeting_check CHECK (first_meeting_working_days BETWEEN 1 AND 60),
  monitoring_months_no_grounds integer NOT NULL CONSTRAINT blue_card_parameter_monitoring_ng_check CHECK (monitoring_months_no_grounds BETWEEN 1 AND 36),
  monitoring_months_violence_stopped integer NOT NULL CONSTRAINT blue_card_parameter_monitoring_vs_check CHECK (monitoring_months_violence_stopped BETWEEN 1 AND 36),
  legal_basis text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE blue_card_parameter_period IS 'Time limits of the Niebieska Karta procedure as dated data; the row in force on the day NK-A was filled in governs the procedure. Seeded row = DEFAULT_BLUE_CARD_PARAMETERS in packages/domain/src/blue-card/deadlines.ts.';
COMMENT ON COLUMN blue_card_parameter_period.chair_transfer_working_days IS 'NK-A to the ZI chair within N working days of opening; default 5 [M: unconfirmed in sources].';
COMMENT ON COLUMN blue_card_parameter_period.diagnostic_group_forming_working_days IS 'The chair forms the diagnostic-help group within N working days of receipt; default 3 [M: unconfirmed].';
COMMENT ON COLUMN blue_card_parameter_period.first_meeting_working_days IS 'The group first meets within N working days of being formed; default 10 [M: no source].';
COMMENT ON COLUMN blue_card_parameter_period.monitoring_months_no_grounds IS 'Monitoring after closure for lack of grounds, months; 9 per § 21 of the 2023 rozporządzenie [S].';
COMMENT ON COLUMN blue_card_parameter_period.monitoring_months_violence_stopped IS 'Monitoring after closure because violence stopped, months; default 9 [M].';
COMMENT ON COLUMN blue_card_parameter_period.legal_basis IS 'The acts the numbers come from, as printed on the forms.';
COMMENT ON COLUMN blue_card_parameter_period.created_by IS 'The administrator who added the row; NULL for the seeded one.';
INSERT INTO blue_card_parameter_period (valid_from, chair_transfer_working_days, diagnostic_group_forming_working_days,
  first_meeting_working_days, monitoring_months_no_grounds, monitoring_months_violence_stopped, legal_basis)
VALUES ('2023-09-28', 5, 3, 10, 9, 9, 'ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej; rozporządzenie Rady Ministrów z dnia 6 września 2023 r. w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” (Dz.U. 2023 poz. 1870)');

CREATE TABLE blue_card_procedure (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT blue_card_procedure_number_key UNIQUE,
  year integer NOT NULL,
  team_id uuid NOT NULL REFERENCES interdisciplinary_team (id),
  opened_on date NOT NULL,
  opened_by_id uuid NOT NULL REFERENCES staff_user (id),
  initiator_kind text NOT NULL,
  initiator_name text NOT NULL,
  initiator_institution text NOT NULL,
  place text,
  violence_forms text[] NOT NULL,
  description text NOT NULL,
  interventions text,
  victim_present boolean NOT NULL,
  presence_note text,
  status text NOT NULL,
  next_due date,
  next_due_kind text,
  closure_reason text CONSTRAINT blue_card_procedure_closure_check CHECK (closure_reason IN ('violenceStopped', 'noGrounds')),
  closed_on date,
  monitoring_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE blue_card_procedure IS 'A Niebieska Karta procedure, opened by filling in NK-A; sealed: visible only through blue_card_visible(). Its history is blue_card_action.';
COMMENT ON COLUMN blue_card_procedure.number IS 'Register number NK/<year>/<n>, gapless per year (register_counter ''blueCard'').';
COMMENT ON COLUMN blue_card_procedure.opened_by_id IS 'The staff member who entered NK-A (the initiator, or the team office for an NK-A from the police); sees the procedure.';
COMMENT ON COLUMN blue_card_procedure.initiator_kind IS 'Who filled in NK-A (art. 9a ust. 11–11d): socialWorker, police, teacher, medic, ... (INITIATOR_KINDS).';
COMMENT ON COLUMN blue_card_procedure.initiator_name IS 'Name of the person who filled in NK-A.';
COMMENT ON COLUMN blue_card_procedure.violence_forms IS 'Forms of violence described in NK-A (VIOLENCE_FORMS).';
COMMENT ON COLUMN blue_card_procedure.victim_present IS '§ 2 ust. 2 rozp.: NK-A filled in with the adult victim present; if not, presence_note says why and who was there.';
COMMENT ON COLUMN blue_card_procedure.status IS 'Cache of blueCardStatus(actions), rewritten in the same transaction as each action, for queues and indexes.';
COMMENT ON COLUMN blue_card_procedure.next_due IS 'Computed: the deadline the procedure waits on in its status (pendingDeadline), for due/overdue lists.';
COMMENT ON COLUMN blue_card_procedure.next_due_kind IS 'chairTransfer | groupForming | firstMeeting | monitoringEnd.';
COMMENT ON COLUMN blue_card_procedure.monitoring_until IS 'Computed at closure: end of the monitoring period (months from blue_card_parameter_period).';
CREATE INDEX blue_card_procedure_opener_idx ON blue_card_procedure (opened_by_id);
CREATE INDEX blue_card_procedure_team_due_idx ON blue_card_procedure (team_id, next_due) WHERE next_due IS NOT NULL;
CREATE INDEX blue_card_procedure_year_idx ON blue_card_procedure (year, number);

CREATE TABLE blue_card_action (
  id bigserial PRIMARY KEY,
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  type text NOT NULL,
  on_date date NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  actor_id uuid REFERENCES staff_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE blue_card_action IS 'Append-only action log of a procedure (updates and deletes refused by trigger); the status is derived from it.';
COMMENT ON COLUMN blue_card_action.payload IS 'Ids of what the step created (form, meeting, referral) and its facts; never names.';
CREATE INDEX blue_card_action_procedure_idx ON blue_card_action (procedure_id, id);
CREATE TRIGGER blue_card_action_no_update BEFORE UPDATE OR DELETE ON blue_card_action
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER blue_card_action_no_truncate BEFORE TRUNCATE ON blue_card_action
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

CREATE TABLE blue_card_person (
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  person_id uuid NOT NULL REFERENCES person (id),
  role text NOT NULL CONSTRAINT blue_card_person_role_check CHECK (role IN ('victim', 'perpetrator', 'witness', 'child')),
  sealed boolean NOT NULL DEFAULT false,
  added_on date NOT NULL,
  PRIMARY KEY (procedure_id, person_id, role)
);
COMMENT ON TABLE blue_card_person IS 'The persons of a procedure and their roles (a person may hold several).';
COMMENT ON COLUMN blue_card_person.sealed IS 'The person was first registered through this procedure: the registry shows them only to those who see the procedure (personScope).';
CREATE INDEX blue_card_person_person_idx ON blue_card_person (person_id);

CREATE TABLE diagnostic_group_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  staff_user_id uuid REFERENCES staff_user (id),
  full_name text NOT NULL,
  institution text NOT NULL,
  kind text NOT NULL,
  added_on date NOT NULL,
  removed_on date
);
COMMENT ON TABLE diagnostic_group_member IS 'Members of the grupa diagnostyczno-pomocowa of one procedure; at least a social worker and a police officer.';
COMMENT ON COLUMN diagnostic_group_member.staff_user_id IS 'A staff account sees the procedure while a member (removed_on NULL); outside members have none.';
COMMENT ON COLUMN diagnostic_group_member.kind IS 'The institution represented (MEMBER_KINDS): socialWorker, police, education, health, ...';
CREATE INDEX diagnostic_group_member_procedure_idx ON diagnostic_group_member (procedure_id);
CREATE INDEX diagnostic_group_member_staff_idx ON diagnostic_group_member (staff_user_id, procedure_id) WHERE removed_on IS NULL;

CREATE TABLE blue_card_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  kind text NOT NULL CONSTRAINT blue_card_meeting_kind_check CHECK (kind IN ('group', 'withVictim', 'withPerpetrator')),
  scheduled_on date NOT NULL,
  scheduled_time text NOT NULL,
  place text NOT NULL,
  invited_member_ids uuid[] NOT NULL,
  invited_person_ids uuid[] NOT NULL,
  held_on date,
  present_member_ids uuid[],
  present_person_ids uuid[],
  minutes text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE blue_card_meeting IS 'A meeting of the group: invitations when scheduled; attendance and minutes (protokół) when held.';
COMMENT ON COLUMN blue_card_meeting.invited_person_ids IS 'Persons of the procedure invited; never a victim together with a perpetrator.';
COMMENT ON COLUMN blue_card_meeting.minutes IS 'The minutes; never given to a person recorded as using violence (mayDisclose).';
CREATE INDEX blue_card_meeting_procedure_idx ON blue_card_meeting (procedure_id, scheduled_on);
CREATE INDEX blue_card_meeting_held_idx ON blue_card_meeting (held_on) WHERE held_on IS NOT NULL;

CREATE TABLE blue_card_form (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  kind text NOT NULL CONSTRAINT blue_card_form_kind_check CHECK (kind IN ('A', 'B', 'C', 'D', 'E')),
  person_id uuid REFERENCES person (id),
  filled_on date NOT NULL,
  content jsonb NOT NULL DEFAULT '{}',
  created_by_id uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE blue_card_form IS 'Forms NK-A..E of a procedure; A holds the opening data, B its hand-over, C the plan with a victim, D/E the forms for a person using violence.';
COMMENT ON COLUMN blue_card_form.person_id IS 'The person the form concerns or was handed to (NULL for NK-A, which concerns them all).';
COMMENT ON COLUMN blue_card_form.content IS 'The form''s fields as validated by packages/domain/src/blue-card/steps.ts.';
CREATE INDEX blue_card_form_procedure_idx ON blue_card_form (procedure_id, kind);

CREATE TABLE blue_card_referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  person_id uuid NOT NULL REFERENCES person (id),
  programme text NOT NULL,
  institution text NOT NULL,
  referred_on date NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE blue_card_referral IS 'Referral of a person using violence to a correctional-educational, psychological-therapeutic or addiction programme.';
CREATE INDEX blue_card_referral_procedure_idx ON blue_card_referral (procedure_id);

-- Row scope of the compartment. SQL functions so that every path (this module, the registry's
-- personScope, the audit log view) asks the same question inside its own query.
CREATE FUNCTION blue_card_is_chair(p_team uuid, p_actor uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM interdisciplinary_team_member t
                  WHERE t.team_id = p_team AND t.staff_user_id = p_actor AND t.is_chair AND t.valid_to IS NULL)
$$;
COMMENT ON FUNCTION blue_card_is_chair(uuid, uuid) IS 'Is the staff member the current chair of the interdisciplinary team?';

CREATE FUNCTION blue_card_visible(p_procedure uuid, p_actor uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM blue_card_procedure b WHERE b.id = p_procedure
                    AND (b.opened_by_id = p_actor OR blue_card_is_chair(b.team_id, p_actor)))
      OR EXISTS (SELECT 1 FROM diagnostic_group_member m
                  WHERE m.procedure_id = p_procedure AND m.staff_user_id = p_actor AND m.removed_on IS NULL)
$$;
COMMENT ON FUNCTION blue_card_visible(uuid, uuid) IS 'The compartment: a procedure is seen by its opener, the current members of its group and the team chair — nobody else.';

CREATE FUNCTION blue_card_audit_visible(p_entity text, p_entity_id text, p_entry_actor uuid, p_viewer uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_entity = 'blueCardProcedure' THEN
      CASE WHEN p_entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
           THEN blue_card_visible(p_entity_id::uuid, p_viewer) ELSE false END
    -- A person first registered through a procedure (sealed) is, in the log as in the registry,
    -- seen only by those who see one of their procedures.
    WHEN p_entity = 'person' THEN
      CASE WHEN p_entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
           THEN NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p_entity_id::uuid AND s.sealed)
             OR EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p_entity_id::uuid
                         AND blue_card_visible(s.procedure_id, p_viewer))
           ELSE true END
    -- Lists, searches and exports may name a person in their filter: only the searcher and the chair.
    WHEN p_entity = 'blueCardRegister' THEN
      p_entry_actor = p_viewer OR EXISTS (SELECT 1 FROM interdisciplinary_team_member t
                                       WHERE t.staff_user_id = p_viewer AND t.is_chair AND t.valid_to IS NULL)
    ELSE true
  END
$$;
COMMENT ON FUNCTION blue_card_audit_visible(text, text, uuid, uuid) IS 'Audit log rows about the compartment (entity blueCard*, and persons sealed in it) are shown only to those who may see what they are about.';

-- The remaining columns, so that every column of the compartment says what it holds.
COMMENT ON COLUMN interdisciplinary_team.id IS 'Primary key.';
COMMENT ON COLUMN interdisciplinary_team.created_at IS 'When the team was entered.';
COMMENT ON COLUMN interdisciplinary_team_member.id IS 'Primary key; one row per member per period of membership.';
COMMENT ON COLUMN interdisciplinary_team_member.team_id IS 'The team.';
COMMENT ON COLUMN interdisciplinary_team_member.full_name IS 'Name as in the appointing order (copied from the account for staff).';
COMMENT ON COLUMN interdisciplinary_team_member.institution IS 'The institution the member represents (art. 9a ust. 3).';
COMMENT ON COLUMN interdisciplinary_team_member.valid_from IS 'First day of membership.';
COMMENT ON COLUMN interdisciplinary_team_member.valid_to IS 'Last day of membership; NULL while a member.';
COMMENT ON COLUMN blue_card_parameter_period.id IS 'Primary key.';
COMMENT ON COLUMN blue_card_parameter_period.valid_from IS 'First day the row is in force; the row for a procedure is the latest with valid_from <= its opening day.';
COMMENT ON COLUMN blue_card_parameter_period.created_at IS 'When the row was added.';
COMMENT ON COLUMN blue_card_procedure.id IS 'Primary key; the audit log names the procedure by it (entity blueCardProcedure).';
COMMENT ON COLUMN blue_card_procedure.year IS 'Year of the register the number belongs to (the year of opened_on).';
COMMENT ON COLUMN blue_card_procedure.team_id IS 'The interdisciplinary team whose chair sees the procedure.';
COMMENT ON COLUMN blue_card_procedure.opened_on IS 'Day NK-A was filled in: the procedure starts (wszczęcie) and its time limits count from it.';
COMMENT ON COLUMN blue_card_procedure.initiator_institution IS 'Institution of the person who filled in NK-A.';
COMMENT ON COLUMN blue_card_procedure.place IS 'Where the events took place, as NK-A records it.';
COMMENT ON COLUMN blue_card_procedure.description IS 'NK-A: description of the situation (sealed data: victims and what happened).';
COMMENT ON COLUMN blue_card_procedure.interventions IS 'NK-A: intervention measures taken (police, first aid, medical help).';
COMMENT ON COLUMN blue_card_procedure.presence_note IS 'Why NK-A was filled in without the adult victim and who was present instead.';
COMMENT ON COLUMN blue_card_procedure.closure_reason IS 'Art. 9h ust. 1: violenceStopped (and plan done) or noGrounds; NULL while open.';
COMMENT ON COLUMN blue_card_procedure.closed_on IS 'Day the group closed the procedure; monitoring counts from it.';
COMMENT ON COLUMN blue_card_procedure.version IS 'Raised by every action; the action log is the truth, this tells a client its copy is stale.';
COMMENT ON COLUMN blue_card_procedure.created_at IS 'When the procedure was entered into the system.';
COMMENT ON COLUMN blue_card_action.id IS 'Order of the actions.';
COMMENT ON COLUMN blue_card_action.procedure_id IS 'The procedure.';
COMMENT ON COLUMN blue_card_action.type IS 'BLUE_CARD_ACTIONS in packages/domain/src/blue-card/workflow.ts.';
COMMENT ON COLUMN blue_card_action.on_date IS 'The legal date of the step (form filled in, meeting held, closure).';
COMMENT ON COLUMN blue_card_action.actor_id IS 'The staff member who recorded it.';
COMMENT ON COLUMN blue_card_action.at IS 'When it was recorded.';
COMMENT ON COLUMN blue_card_person.procedure_id IS 'The procedure.';
COMMENT ON COLUMN blue_card_person.person_id IS 'The registry person.';
COMMENT ON COLUMN blue_card_person.role IS 'victim (osoba doznająca), perpetrator (osoba stosująca), witness, child (in the household).';
COMMENT ON COLUMN blue_card_person.added_on IS 'Day the person was named (NK-A or later).';
COMMENT ON COLUMN diagnostic_group_member.id IS 'Primary key; meetings name members by it.';
COMMENT ON COLUMN diagnostic_group_member.procedure_id IS 'The procedure whose group it is.';
COMMENT ON COLUMN diagnostic_group_member.full_name IS 'Name (copied from the account for staff).';
COMMENT ON COLUMN diagnostic_group_member.institution IS 'The institution represented.';
COMMENT ON COLUMN diagnostic_group_member.added_on IS 'Day the chair put the member in the group.';
COMMENT ON COLUMN diagnostic_group_member.removed_on IS 'Day the member left the group; from then the procedure is hidden from their account.';
COMMENT ON COLUMN blue_card_meeting.id IS 'Primary key.';
COMMENT ON COLUMN blue_card_meeting.procedure_id IS 'The procedure.';
COMMENT ON COLUMN blue_card_meeting.kind IS 'group (working meeting), withVictim, withPerpetrator.';
COMMENT ON COLUMN blue_card_meeting.scheduled_on IS 'Day the meeting was called for.';
COMMENT ON COLUMN blue_card_meeting.scheduled_time IS 'Hour, HH:MM.';
COMMENT ON COLUMN blue_card_meeting.place IS 'Where it takes place.';
COMMENT ON COLUMN blue_card_meeting.invited_member_ids IS 'Group members invited (every current member when called).';
COMMENT ON COLUMN blue_card_meeting.held_on IS 'Day it was held; NULL until recorded.';
COMMENT ON COLUMN blue_card_meeting.present_member_ids IS 'Members present (the invited not listed were absent).';
COMMENT ON COLUMN blue_card_meeting.present_person_ids IS 'Persons of the procedure present.';
COMMENT ON COLUMN blue_card_meeting.created_at IS 'When the meeting was called.';
COMMENT ON COLUMN blue_card_form.id IS 'Primary key; PDFs are asked for by it.';
COMMENT ON COLUMN blue_card_form.procedure_id IS 'The procedure.';
COMMENT ON COLUMN blue_card_form.kind IS 'A, B, C, D or E.';
COMMENT ON COLUMN blue_card_form.filled_on IS 'Day the form was filled in or handed over.';
COMMENT ON COLUMN blue_card_form.created_by_id IS 'The staff member who recorded it.';
COMMENT ON COLUMN blue_card_form.created_at IS 'When it was recorded.';
COMMENT ON COLUMN blue_card_referral.id IS 'Primary key.';
COMMENT ON COLUMN blue_card_referral.procedure_id IS 'The procedure.';
COMMENT ON COLUMN blue_card_referral.person_id IS 'The person using violence who is referred.';
COMMENT ON COLUMN blue_card_referral.programme IS 'correctiveEducational, psychologicalTherapeutic, addictionTherapy or other.';
COMMENT ON COLUMN blue_card_referral.institution IS 'Who runs the programme.';
COMMENT ON COLUMN blue_card_referral.referred_on IS 'Day of the referral.';
COMMENT ON COLUMN blue_card_referral.note IS 'Free remarks.';
COMMENT ON COLUMN blue_card_referral.created_at IS 'When it was recorded.';

COMMENT ON INDEX interdisciplinary_team_one_chair_idx IS 'A team has one current chair.';
COMMENT ON INDEX interdisciplinary_team_member_staff_idx IS 'Is this account the chair now? (blue_card_is_chair).';
COMMENT ON INDEX blue_card_procedure_opener_idx IS 'Row scope: procedures the viewer opened.';
COMMENT ON INDEX blue_card_procedure_team_due_idx IS 'Due and overdue lists, the chair''s dashboard.';
COMMENT ON INDEX blue_card_procedure_year_idx IS 'The yearly register in number order; statistics by year.';
COMMENT ON INDEX blue_card_action_procedure_idx IS 'A procedure''s log in order.';
COMMENT ON INDEX blue_card_person_person_idx IS 'Registry row scope of sealed persons; the disclosure rule (roles of a person anywhere).';
COMMENT ON INDEX diagnostic_group_member_procedure_idx IS 'A procedure''s group.';
COMMENT ON INDEX diagnostic_group_member_staff_idx IS 'Row scope: procedures whose group the viewer sits in.';
COMMENT ON INDEX blue_card_meeting_procedure_idx IS 'A procedure''s meetings by date.';
COMMENT ON INDEX blue_card_meeting_held_idx IS 'Meetings held in a year (statistics).';
COMMENT ON INDEX blue_card_form_procedure_idx IS 'A procedure''s forms by kind.';
COMMENT ON INDEX blue_card_referral_procedure_idx IS 'A procedure''s referrals.';
COMMENT ON TRIGGER blue_card_action_no_update ON blue_card_action IS 'The action log is append-only: updates and deletes are refused.';
COMMENT ON TRIGGER blue_card_action_no_truncate ON blue_card_action IS 'The action log is append-only: truncation is refused.';
