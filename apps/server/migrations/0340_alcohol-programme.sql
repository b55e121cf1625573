-- The municipal programme (gminny program profilaktyki i rozwiązywania problemów alkoholowych oraz
-- przeciwdziałania narkomanii) financed from the permit fees (art. 18² of the act on upbringing in
-- sobriety): its tasks and budget lines per year, the spending on each, and the gmina's own answers
-- to the state agency's yearly questionnaire (PARPA-G1). The commission's compartment: reached only
-- with alcoholCommission.work.

CREATE TABLE alcohol_programme (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  resolution text NOT NULL,
  permit_fees bigint NOT NULL CHECK (permit_fees >= 0),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_programme IS 'The council''s municipal alcohol and drug programme for a year.';
COMMENT ON COLUMN alcohol_programme.resolution IS 'The council''s resolution adopting the programme.';
COMMENT ON COLUMN alcohol_programme.permit_fees IS 'Income from the sale-permit fees planned for the year, grosze.';

CREATE TABLE alcohol_programme_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL REFERENCES alcohol_programme (year),
  position integer NOT NULL,
  title text NOT NULL,
  budget bigint NOT NULL CHECK (budget >= 0),
  UNIQUE (year, position)
);
COMMENT ON TABLE alcohol_programme_task IS 'A task of the programme with its budget line.';
COMMENT ON COLUMN alcohol_programme_task.position IS 'Order of the task in the programme (1, 2, …).';
COMMENT ON COLUMN alcohol_programme_task.budget IS 'The budget line from the permit fees, grosze.';

CREATE TABLE alcohol_programme_spending (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES alcohol_programme_task (id),
  spent_on date NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  description text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_programme_spending IS 'An expense on a task of the programme, paid from the permit fees.';
COMMENT ON COLUMN alcohol_programme_spending.amount IS 'Grosze.';
COMMENT ON COLUMN alcohol_programme_spending.description IS 'What was paid for (invoice, contract).';
CREATE INDEX alcohol_programme_spending_task_idx ON alcohol_programme_spending (task_id, spent_on);

CREATE TABLE alcohol_programme_g1 (
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  row_key text NOT NULL,
  value bigint NOT NULL CHECK (value >= 0),
  updated_by uuid REFERENCES staff_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, row_key)
);
COMMENT ON TABLE alcohol_programme_g1 IS 'The gmina''s answers to the PARPA-G1 rows the data cannot compute (the layout is data in packages/domain, [M]).';
COMMENT ON COLUMN alcohol_programme_g1.row_key IS 'Key of the row in PARPA_G1_LAYOUT.';

-- Sharing: the commission may let the centre's workers know that a proceeding exists for a person
-- they work with (nothing else). A proceeding linked to a Niebieska Karta procedure is never shared.
ALTER TABLE alcohol_proceeding ADD COLUMN shared_on date;
ALTER TABLE alcohol_proceeding ADD COLUMN shared_by uuid REFERENCES staff_user (id);
ALTER TABLE alcohol_proceeding ADD COLUMN blue_card_procedure_id uuid REFERENCES blue_card_procedure (id);
COMMENT ON COLUMN alcohol_proceeding.shared_on IS 'Day the commission shared the existence of the proceeding with the centre''s workers; null: not shared.';
COMMENT ON COLUMN alcohol_proceeding.shared_by IS 'Who shared it.';
COMMENT ON COLUMN alcohol_proceeding.blue_card_procedure_id IS 'The Niebieska Karta procedure the report came from: the proceeding stays in that compartment and is never shared.';
CREATE INDEX alcohol_proceeding_shared_idx ON alcohol_proceeding (person_id) WHERE shared_on IS NOT NULL;
ALTER TABLE alcohol_proceeding ADD CONSTRAINT alcohol_proceeding_blue_card_unshared
  CHECK (blue_card_procedure_id IS NULL OR shared_on IS NULL);
