-- NK-A when the police know the person suspected of violence only by name: the procedure opens
-- with what is known, flagged incomplete, and the team later links the suspect to a registry
-- person. Kept inside the compartment (never in the registry) until identified.
CREATE TABLE blue_card_suspect (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES blue_card_procedure (id),
  first_name text NOT NULL,
  surname text NOT NULL,
  birth_date date,
  sex text CONSTRAINT blue_card_suspect_sex_check CHECK (sex IN ('F', 'M')),
  address text,
  description text,
  recorded_on date NOT NULL,
  person_id uuid REFERENCES person (id),
  completed_on date,
  completed_by uuid REFERENCES staff_user (id)
);
COMMENT ON TABLE blue_card_suspect IS 'A person suspected of violence known only by name (NK-A by the police); incomplete until person_id links them to the registry.';
COMMENT ON COLUMN blue_card_suspect.description IS 'What else is known (appearance, relation to the family), in the words of NK-A.';
COMMENT ON COLUMN blue_card_suspect.person_id IS 'The registry person the team identified; null: the procedure''s record is incomplete.';
CREATE INDEX blue_card_suspect_procedure_idx ON blue_card_suspect (procedure_id);
