-- Decisions confirming an uninsured resident's right to publicly funded health care for 90 days
-- (art. 54 ustawy o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych).
CREATE TABLE health_care_decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES person (id),
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  outcome text NOT NULL CHECK (outcome IN ('grant', 'refuse')),
  basis text NOT NULL CHECK (basis IN ('application', 'emergencyCare')),
  applied_on date NOT NULL,
  care_started_on date,
  insured_from date,
  decided_on date NOT NULL,
  right_from date,
  right_to date,
  ended_by_insurance boolean NOT NULL DEFAULT false,
  income_grosze integer NOT NULL,
  criterion_grosze integer NOT NULL,
  steps jsonb NOT NULL DEFAULT '[]',
  decided_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT health_care_decision_right_check CHECK (
    (outcome = 'grant' AND right_from IS NOT NULL AND right_to >= right_from)
    OR (outcome = 'refuse' AND right_from IS NULL AND right_to IS NULL))
);
COMMENT ON TABLE health_care_decision IS 'The decision confirming (or refusing) the right to health care of an uninsured resident whose income is within the art. 8 ups criterion (art. 54 of the health-care act).';
COMMENT ON COLUMN health_care_decision.number IS 'Decision register number (register_counter ''decision'').';
COMMENT ON COLUMN health_care_decision.basis IS 'application (the person''s own) or emergencyCare (the hospital''s after emergency care).';
COMMENT ON COLUMN health_care_decision.applied_on IS 'The day the person or the hospital applied.';
COMMENT ON COLUMN health_care_decision.care_started_on IS 'Emergency care: its first day, from which the right runs.';
COMMENT ON COLUMN health_care_decision.insured_from IS 'The first day of health insurance, when known: the right ends the day before.';
COMMENT ON COLUMN health_care_decision.right_to IS 'The right''s last day (90 days, or the day before insurance): the date a clinic reads.';
COMMENT ON COLUMN health_care_decision.income_grosze IS 'The household''s art. 8 income of the reference month, grosze.';
COMMENT ON COLUMN health_care_decision.criterion_grosze IS 'The criterion times the household''s size it was compared with, grosze.';
COMMENT ON COLUMN health_care_decision.steps IS 'The calculation: [{article,key,params}].';
CREATE INDEX health_care_decision_person_idx ON health_care_decision (person_id, decided_on DESC, id DESC);
CREATE INDEX health_care_decision_list_idx ON health_care_decision (decided_on DESC, id DESC);
CREATE INDEX health_care_decision_current_idx ON health_care_decision (right_to, id) WHERE outcome = 'grant';
