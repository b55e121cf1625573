-- The registry's row scope (sealedPersonScope) asks of every person found: sealed in a Niebieska
-- Karta procedure? and if so, does the reader see one of their procedures? At national size
-- (10 000 procedures) the planner hashed the second question for all 23 000 participants —
-- blue_card_visible() on each, 450 ms per search. Priced as what it is (a function that runs
-- sub-queries), it is asked per person, only of the sealed few; and the sealed few have their own
-- index, so the first question reads 500 entries, not every participant.
ALTER FUNCTION blue_card_visible(uuid, uuid) COST 10000;
CREATE INDEX blue_card_person_sealed_idx ON blue_card_person (person_id) WHERE sealed;
COMMENT ON INDEX blue_card_person_sealed_idx IS 'Persons first registered through a procedure (sealed): the registry scope checks every search result against it.';
