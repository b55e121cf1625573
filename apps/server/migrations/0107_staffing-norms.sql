-- Caseload of social workers against art. 110 ust. 11 ustawy o pomocy społecznej.
CREATE TABLE staffing_norm (
  valid_from date PRIMARY KEY,
  inhabitants_per_worker integer NOT NULL CHECK (inhabitants_per_worker > 0),
  households_per_worker integer NOT NULL CHECK (households_per_worker > 0)
);
COMMENT ON TABLE staffing_norm IS 'Art. 110 ust. 11 ups: one social worker per N inhabitants and per at most M households in social work, valid from a date.';
COMMENT ON COLUMN staffing_norm.inhabitants_per_worker IS 'Inhabitants of the gmina per full-time social worker (2000).';
COMMENT ON COLUMN staffing_norm.households_per_worker IS 'Families and single households in social work per worker (50).';
INSERT INTO staffing_norm VALUES ('2004-05-01', 2000, 50);

CREATE TABLE gmina_population (
  valid_from date PRIMARY KEY,
  inhabitants integer NOT NULL CHECK (inhabitants >= 0)
);
COMMENT ON TABLE gmina_population IS 'The number of inhabitants of the gmina (GUS, as of 31 December), valid from the day it is adopted.';
COMMENT ON COLUMN gmina_population.inhabitants IS 'Inhabitants, for the 1 worker per 2000 inhabitants norm.';
