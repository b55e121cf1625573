-- The Niebieska Karta team reads the proceedings towards treatment linked to its procedure.
CREATE INDEX alcohol_proceeding_blue_card_idx ON alcohol_proceeding (blue_card_procedure_id)
  WHERE blue_card_procedure_id IS NOT NULL;
COMMENT ON INDEX alcohol_proceeding_blue_card_idx IS
  'The proceedings linked to a Niebieska Karta procedure, shown to its team inside the compartment.';
