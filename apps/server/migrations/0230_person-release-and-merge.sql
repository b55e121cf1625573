-- Decision 0015. A sealed Niebieska Karta person becomes known to the centre when a member of the
-- compartment files ordinary help for them (an application, a benefit, a service): the registry
-- entry is unsealed, the procedure stays sealed. And two records of one human can be merged: every
-- reference moves onto the kept record and the duplicate is deleted, leaving a row here so that old
-- links and the audit log stay readable.

CREATE TABLE person_release (
  person_id uuid PRIMARY KEY,
  released_at timestamptz NOT NULL DEFAULT now(),
  released_by uuid REFERENCES staff_user (id)
);
COMMENT ON TABLE person_release IS 'A person first registered through a Niebieska Karta procedure who became known to the centre (decision 0015): the registry shows them to everyone since released_at; what the audit log holds about them from before stays for the compartment.';
COMMENT ON COLUMN person_release.person_id IS 'The released person (no foreign key: a merge keeps the row of the record it deletes out of the moved references).';
COMMENT ON COLUMN person_release.released_at IS 'When the registry entry was unsealed; audit entries about the person older than this stay hidden outside the compartment.';
COMMENT ON COLUMN person_release.released_by IS 'The member of the compartment whose filing released the person.';

CREATE TABLE person_merge (
  merged_id uuid PRIMARY KEY,
  into_id uuid NOT NULL REFERENCES person (id),
  was_sealed boolean NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  merged_by uuid REFERENCES staff_user (id)
);
COMMENT ON TABLE person_merge IS 'A duplicate person record merged into the kept one and deleted (decision 0015); a later merge of the kept record moves into_id on, so old ids always lead to the living record.';
COMMENT ON COLUMN person_merge.merged_id IS 'The id of the deleted duplicate (old links and audit entries name it).';
COMMENT ON COLUMN person_merge.into_id IS 'The record every reference was moved onto.';
COMMENT ON COLUMN person_merge.was_sealed IS 'The duplicate was sealed in the Niebieska Karta compartment: audit entries naming it stay hidden from those who do not see the kept record''s procedures.';
COMMENT ON COLUMN person_merge.merged_at IS 'When the merge was committed.';
COMMENT ON COLUMN person_merge.merged_by IS 'Who merged.';

-- The ledger stays append-only in money: a merge may only re-point a row at the kept person,
-- and only for a merge recorded above; any other change is refused as before.
CREATE OR REPLACE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'person_id') = (to_jsonb(OLD) - 'person_id')
     AND EXISTS (SELECT 1 FROM person_merge m WHERE m.merged_id = OLD.person_id AND m.into_id = NEW.person_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the ledger is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
COMMENT ON FUNCTION ledger_is_append_only() IS 'Refuses every update and delete of the ledger, except moving a row to the person a recorded merge kept (person_merge).';
