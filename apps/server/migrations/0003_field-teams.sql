-- Which field team serves which street (and optionally which numbers).
CREATE TABLE field_team_street (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  field_team_id uuid NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  street text NOT NULL,
  street_key text COLLATE "C" NOT NULL,
  city text NOT NULL,
  number_from integer,
  number_to integer,
  parity text NOT NULL DEFAULT 'all' CONSTRAINT field_team_street_parity_check CHECK (parity IN ('all', 'odd', 'even')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT field_team_street_range_check CHECK (
    (number_from IS NULL AND number_to IS NULL) OR (number_from >= 1 AND number_to >= number_from))
);
COMMENT ON TABLE field_team_street IS 'Street assignment of field teams; a range (number_from..number_to, odd/even) is more specific than the whole street.';
COMMENT ON COLUMN field_team_street.street_key IS 'Street name folded (no "ul."/"al.", no diacritics, lower case) for matching typed addresses.';
CREATE INDEX field_team_street_key_idx ON field_team_street (street_key);
CREATE INDEX field_team_street_team_idx ON field_team_street (field_team_id);
