-- A PESEL is unique in the general registry only. A person sealed in the Niebieska Karta
-- compartment may share it with a registry person (registered later by someone who cannot see
-- the procedure) or with a person sealed in another procedure: refusing that registration would
-- tell the outsider that the PESEL is sealed (docs/decisions/0008). The duplicate is linked by the
-- compartment, whose members see both.
ALTER TABLE person ADD COLUMN sealed boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN person.sealed IS 'First registered through a Niebieska Karta procedure (as blue_card_person.sealed, set with it): outside the PESEL uniqueness of the general registry.';
UPDATE person p SET sealed = true WHERE EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p.id AND s.sealed);

ALTER TABLE person DROP CONSTRAINT person_pesel_key;
CREATE UNIQUE INDEX person_pesel_key ON person (pesel) WHERE NOT sealed;
COMMENT ON INDEX person_pesel_key IS 'One registry person per PESEL; sealed persons (person.sealed) are outside it.';
CREATE INDEX person_pesel_idx ON person (pesel);
COMMENT ON INDEX person_pesel_idx IS 'PESEL look-ups and prefix ranges of the search, over sealed and registry persons alike (the row scope is applied by the query).';
