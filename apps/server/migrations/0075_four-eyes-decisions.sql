-- Four-eyes approval of decisions: the clerk who drafts a decision cannot be the one who approves
-- and signs it. Whether a centre works that way is its own rule, so it is a setting held as data.
CREATE TABLE centre_setting (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_id uuid REFERENCES staff_user (id)
);
COMMENT ON TABLE centre_setting IS 'Settings of the centre the administrator edits (its practice, not law) [M].';
COMMENT ON COLUMN centre_setting.value IS 'JSON value; the app knows each key and its default.';
INSERT INTO centre_setting (key, value) VALUES ('decisions.fourEyes', 'true');

ALTER TABLE staff_user ADD COLUMN job_title text;
ALTER TABLE staff_user ADD COLUMN authorisation_number text;
COMMENT ON COLUMN staff_user.job_title IS 'Job title printed under the signature (e.g. "Kierownik Sekcji Świadczeń").';
COMMENT ON COLUMN staff_user.authorisation_number IS 'Number of the upoważnienie to issue decisions on the authority''s behalf (art. 110 ust. 8 ups, art. 268a KPA); null: may not sign.';

ALTER TABLE decision ADD COLUMN drafted_by_id uuid REFERENCES staff_user (id);
ALTER TABLE decision ADD COLUMN signatory_job_title text;
ALTER TABLE decision ADD COLUMN signatory_authorisation text;
COMMENT ON COLUMN decision.drafted_by_id IS 'The clerk who drafted the decision; under four-eyes approval never the signatory (signed_by_id).';
COMMENT ON COLUMN decision.signatory_job_title IS 'The signatory''s job title when signing, as printed on the letter.';
COMMENT ON COLUMN decision.signatory_authorisation IS 'The signatory''s authorisation number when signing, as printed on the letter.';
