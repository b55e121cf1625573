-- Records management (issue 21 items 6–7): retention of each kind of record by its JRWA category,
-- the destruction protocols (protokół brakowania) and the anonymisation of the persons whose
-- every record has passed its period; the person's rectification history for RODO art. 16.

CREATE TABLE retention_rule (
  record_kind text PRIMARY KEY CONSTRAINT retention_rule_kind_check
    CHECK (record_kind IN ('application', 'payment', 'blueCard', 'counselling', 'caseFile', 'familyAssistance', 'fosterCare')),
  jrwa_symbol text NOT NULL,
  category text NOT NULL CONSTRAINT retention_rule_category_check CHECK (category IN ('A', 'B', 'BE', 'Bc')),
  years integer NOT NULL CONSTRAINT retention_rule_years_check CHECK (years BETWEEN 0 AND 100),
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES staff_user (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE retention_rule IS 'Each kind of record with its JRWA symbol, archival category and period, from the centre''s instrukcja kancelaryjna; edited by the administrator. The seeded values are [M] (domain-reference §7.2: typical B-10, not confirmed for any one centre) and must be replaced by the centre''s own JRWA.';
COMMENT ON COLUMN retention_rule.record_kind IS 'application (application and decision file), payment (a month''s payment run), blueCard (Niebieska Karta procedure), counselling (a consultation), caseFile (social-work case file), familyAssistance, fosterCare.';
COMMENT ON COLUMN retention_rule.jrwa_symbol IS 'Symbol of the class in the centre''s jednolity rzeczowy wykaz akt.';
COMMENT ON COLUMN retention_rule.category IS 'A: permanent, handed to the state archive; B: destroyed after the period with the archive''s consent; BE: reviewed by the archive after the period; Bc: short-term.';
COMMENT ON COLUMN retention_rule.years IS 'The period in years, counted from 1 January of the year after the case was closed (for A: when the files go to the state archive).';

-- [M] placeholders in the shape of an OPS JRWA: the symbols and periods are the centre's to set.
INSERT INTO retention_rule (record_kind, jrwa_symbol, category, years) VALUES
  ('application', '8111', 'B', 10),
  ('payment', '3026', 'B', 5),
  ('blueCard', '8120', 'B', 10),
  ('counselling', '8130', 'B', 5),
  ('caseFile', '8112', 'B', 10),
  ('familyAssistance', '8140', 'B', 10),
  ('fosterCare', '8150', 'B', 10);

-- The day a record's period ends: 1 January of the year after closing, plus the period. The same
-- rule as retentionDueOn() in packages/domain/src/records/retention.ts (tested against each other).
CREATE FUNCTION retention_due_on(closed_on date, years integer) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN make_date(extract(year FROM closed_on)::integer + 1 + years, 1, 1);
COMMENT ON FUNCTION retention_due_on(date, integer) IS 'End of a retention period: 1 January of (closing year + 1 + years) (JRWA practice, domain-reference §7.2).';

-- Every closed record of the centre with the day it was closed; open records have closed_on NULL.
CREATE VIEW retention_record AS
  SELECT 'application'::text AS record_kind, a.id AS record_id, a.number,
         CASE WHEN a.status IN ('decided', 'closed', 'withdrawn') THEN GREATEST(
           (SELECT max(x.on_date) FROM application_action x WHERE x.application_id = a.id),
           (SELECT max(d.period_to) FROM decision d WHERE d.application_id = a.id)) END AS closed_on
    FROM application a
  UNION ALL
  SELECT 'payment', r.id, r.number,
         CASE WHEN r.status = 'approved' THEN (r.month + interval '1 month - 1 day')::date END
    FROM payment_run r
  UNION ALL
  SELECT 'blueCard', b.id, b.number, CASE WHEN b.closed_on IS NOT NULL THEN GREATEST(b.closed_on, b.monitoring_until) END
    FROM blue_card_procedure b
  UNION ALL
  SELECT 'counselling', c.id, NULL, c.held_on FROM counselling_consultation c
  UNION ALL
  SELECT 'caseFile', f.id, NULL, f.closed_on FROM case_file f
  UNION ALL
  SELECT 'familyAssistance', s.id, NULL,
         CASE WHEN s.status = 'ended' THEN GREATEST(s.ended_on, s.monitoring_until) END
    FROM family_assistance s
  UNION ALL
  SELECT 'fosterCare', k.id, NULL, k.ended_on FROM foster_child k;
COMMENT ON VIEW retention_record IS 'Every record kind of retention_rule with its closing day (NULL while open): applications when decided/closed/withdrawn (last action or end of the benefit period), payment runs once approved (end of the month), procedures and assistance after monitoring.';

-- Whose personal data each record holds (members of the household for household records).
CREATE VIEW retention_record_person AS
  SELECT 'application'::text AS record_kind, a.id AS record_id, a.applicant_id AS person_id FROM application a
  UNION
  SELECT 'application', a.id, m.person_id FROM application a
    JOIN household_membership m ON m.household_id = a.household_id
     AND m.valid_from <= a.submitted_on AND (m.valid_to IS NULL OR m.valid_to >= a.submitted_on)
  UNION
  SELECT 'payment', i.run_id, i.person_id FROM payment_item i
  UNION
  SELECT 'blueCard', bp.procedure_id, bp.person_id FROM blue_card_person bp
  UNION
  SELECT 'counselling', c.id, c.person_id FROM counselling_consultation c WHERE c.person_id IS NOT NULL
  UNION
  SELECT 'caseFile', f.id, m.person_id FROM case_file f
    JOIN household_membership m ON m.household_id = f.household_id
     AND m.valid_from <= COALESCE(f.closed_on, 'infinity') AND (m.valid_to IS NULL OR m.valid_to >= f.opened_on)
  UNION
  SELECT 'familyAssistance', s.id, m.person_id FROM family_assistance s
    JOIN household_membership m ON m.household_id = s.household_id
     AND m.valid_from <= COALESCE(s.ended_on, 'infinity') AND (m.valid_to IS NULL OR m.valid_to >= s.referred_on)
  UNION
  SELECT 'fosterCare', k.id, k.person_id FROM foster_child k;
COMMENT ON VIEW retention_record_person IS 'The persons whose data a record holds: a person is anonymised only when every record of theirs is destroyed.';

CREATE TABLE destruction_protocol (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT destruction_protocol_number_key UNIQUE,
  month date NOT NULL,
  committee jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CONSTRAINT destruction_protocol_status_check CHECK (status IN ('draft', 'signed', 'anonymised')),
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  signed_on date,
  archive_consent text,
  signed_by uuid REFERENCES staff_user (id),
  anonymised_at timestamptz,
  anonymised_persons integer,
  version integer NOT NULL DEFAULT 1
);
COMMENT ON TABLE destruction_protocol IS 'Protokół brakowania dokumentacji niearchiwalnej: the records of category B/Bc due by the end of a month, the committee, the archive''s consent; signed, then the anonymisation run.';
COMMENT ON COLUMN destruction_protocol.month IS 'First day of the month whose list of due records the protocol took.';
COMMENT ON COLUMN destruction_protocol.committee IS 'The committee (komisja brakowania): [{name, function}], who sign the printed protocol.';
COMMENT ON COLUMN destruction_protocol.archive_consent IS 'Reference of the state archive''s consent to destroy (required for category B).';
COMMENT ON COLUMN destruction_protocol.anonymised_persons IS 'How many persons the anonymisation run replaced the personal data of.';

CREATE TABLE destruction_protocol_item (
  protocol_id uuid NOT NULL REFERENCES destruction_protocol (id),
  record_kind text NOT NULL,
  record_id uuid NOT NULL,
  number text,
  jrwa_symbol text NOT NULL,
  category text NOT NULL,
  years integer NOT NULL,
  closed_on date NOT NULL,
  due_on date NOT NULL,
  PRIMARY KEY (record_kind, record_id)
);
COMMENT ON TABLE destruction_protocol_item IS 'A record listed in a protocol, with the rule that held when listed; a record is listed at most once. Never names a person.';
CREATE INDEX destruction_protocol_item_protocol_idx ON destruction_protocol_item (protocol_id, due_on);

ALTER TABLE person ADD COLUMN anonymised_at timestamptz;
COMMENT ON COLUMN person.anonymised_at IS 'When the personal data were replaced (retention ended, RODO art. 17 / protocol); the row stays so counts and the audit keep their references.';

CREATE TABLE person_revision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id),
  version integer NOT NULL,
  changed_by uuid REFERENCES staff_user (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changes jsonb NOT NULL
);
COMMENT ON TABLE person_revision IS 'Rectification history (RODO art. 16): each saved change of a person, field by field {field: {from, to}}; removed when the person is anonymised.';
COMMENT ON COLUMN person_revision.version IS 'The person''s version after this change.';
CREATE INDEX person_revision_person_idx ON person_revision (person_id, id);
