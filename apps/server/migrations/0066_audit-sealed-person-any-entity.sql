-- The audit log names a person by id not only in entries about the person: a ledger read, a
-- search of one person's receivables, a consultation... Any entry whose entity id is a person
-- sealed in the Niebieska Karta compartment is now shown only to those who see one of the
-- person's procedures, whatever its entity (before: entity 'person' only). The audit view calls
-- this for every row.
CREATE OR REPLACE FUNCTION blue_card_audit_visible(p_entity text, p_entity_id text, p_entry_actor uuid, p_viewer uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_entity = 'blueCardProcedure' THEN
      CASE WHEN p_entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
           THEN blue_card_visible(p_entity_id::uuid, p_viewer) ELSE false END
    -- Lists, searches and exports may name a person in their filter: only the searcher and the chair.
    WHEN p_entity = 'blueCardRegister' THEN
      p_entry_actor = p_viewer OR EXISTS (SELECT 1 FROM interdisciplinary_team_member t
                                       WHERE t.staff_user_id = p_viewer AND t.is_chair AND t.valid_to IS NULL)
    WHEN p_entity LIKE 'blueCard%' THEN true
    -- Any other entry about a person first registered through a procedure (sealed) is, in the log
    -- as in the registry, seen only by those who see one of their procedures.
    WHEN p_entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p_entity_id::uuid AND s.sealed)
        OR blue_card_person_visible(p_entity_id::uuid, p_viewer)
    ELSE true
  END
$$;
COMMENT ON FUNCTION blue_card_audit_visible(text, text, uuid, uuid) IS 'Audit log rows about the compartment (entity blueCard*, and any entry whose entity id is a person sealed in it) are shown only to those who may see what they are about.';
