-- The proceedings towards an alimony debtor living in the gmina (art. 5 uFA): an append-only log
-- of dated steps, each with its register number and document; the state is derived from the log.
CREATE TABLE alimony_debtor_step (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  debtor_id uuid NOT NULL REFERENCES alimony_debtor (id),
  number text NOT NULL CONSTRAINT alimony_debtor_step_number_key UNIQUE,
  kind text NOT NULL CONSTRAINT alimony_debtor_step_kind_check CHECK (kind IN ('interview', 'jobCentreObligation',
    'jobCentreRegistered', 'evadingDecision', 'drivingLicenceRequest', 'drivingLicenceLifted', 'prosecutorNotice',
    'bigReport', 'bigUpdate', 'bigDeletion')),
  on_date date NOT NULL,
  due_on date,
  details jsonb NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_debtor_step IS 'A step of the proceedings towards a debtor (art. 5 uFA): interview and property statement, the job-centre obligation, the evading decision, the driving-licence request and its lifting, the notice to the prosecutor, the credit bureau report.';
COMMENT ON COLUMN alimony_debtor_step.number IS 'Register number DP/YYYY/NNNN of the step''s document.';
COMMENT ON COLUMN alimony_debtor_step.on_date IS 'The day the step was taken (the document''s date).';
COMMENT ON COLUMN alimony_debtor_step.due_on IS 'The deadline the step sets (the 30 days to register at the job centre), if any.';
COMMENT ON COLUMN alimony_debtor_step.details IS 'The step''s content: refusals, the property statement in short, the addressee, remarks.';
CREATE INDEX alimony_debtor_step_debtor_idx ON alimony_debtor_step (debtor_id, on_date, created_at);
CREATE INDEX alimony_debtor_step_due_idx ON alimony_debtor_step (due_on) WHERE due_on IS NOT NULL;
