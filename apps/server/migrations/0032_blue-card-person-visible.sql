-- The second half of the registry's row scope as a function: does the reader see one of this
-- person's procedures? Written inline as EXISTS, the planner may still hash it for every
-- participant when it expects many rows (a two-letter search: 450 ms, even after 0031). A
-- function with sub-queries is never inlined nor hashed: it runs per person, and only for
-- persons the first half found sealed.
CREATE FUNCTION blue_card_person_visible(p_person uuid, p_actor uuid) RETURNS boolean LANGUAGE sql STABLE COST 10000 AS $$
  SELECT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p_person AND blue_card_visible(s.procedure_id, p_actor))
$$;
COMMENT ON FUNCTION blue_card_person_visible(uuid, uuid) IS 'Whether the reader sees one of the person''s Niebieska Karta procedures (for persons sealed in the compartment).';
