-- The register of DPS homes kept by the administrator: how many places each home has.
ALTER TABLE dps_home ADD COLUMN places integer CONSTRAINT dps_home_places_check CHECK (places > 0);
COMMENT ON COLUMN dps_home.places IS 'Number of places (miejsca) in the home, as its register or the starosta states; NULL when not known.';
