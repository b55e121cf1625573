-- The registry of persons and households, with the history of who lived where.
CREATE TABLE household (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  street text NOT NULL,
  building text NOT NULL,
  apartment text,
  postal_code text,
  city text NOT NULL,
  field_team_id uuid REFERENCES org_unit (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE household IS 'Rodzina / gospodarstwo domowe: persons living and keeping house together (art. 6 pkt 14 ups).';
COMMENT ON COLUMN household.field_team_id IS 'Field team (zespół terenowy) serving the address; set from field_team_street when not chosen.';
CREATE INDEX household_field_team_idx ON household (field_team_id);

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pesel text CONSTRAINT person_pesel_key UNIQUE CONSTRAINT person_pesel_format CHECK (pesel ~ '^[0-9]{11}$'),
  first_name text NOT NULL,
  second_name text,
  surname text NOT NULL,
  birth_date date NOT NULL,
  sex text NOT NULL CONSTRAINT person_sex_check CHECK (sex IN ('F', 'M')),
  citizenship text NOT NULL DEFAULT 'PL',
  document_type text,
  document_number text,
  phone text,
  email text,
  street text,
  building text,
  apartment text,
  postal_code text,
  city text,
  household_id uuid REFERENCES household (id),
  sort_key text COLLATE "C" NOT NULL,
  surname_folded text COLLATE "C" NOT NULL,
  search_text text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_identity_check CHECK (pesel IS NOT NULL OR (document_type IS NOT NULL AND document_number IS NOT NULL))
);
COMMENT ON TABLE person IS 'A person known to the centre: client, family member, or other party.';
COMMENT ON COLUMN person.pesel IS 'Validated PESEL (checksum, birth date); NULL for foreigners without one, who then have a document.';
COMMENT ON COLUMN person.household_id IS 'Current household (denormalised from the open household_membership).';
COMMENT ON COLUMN person.sort_key IS 'Polish alphabetical key of "surname first names" under byte order (no ICU needed).';
COMMENT ON COLUMN person.surname_folded IS 'Surname in lower case without diacritics, for prefix search.';
COMMENT ON COLUMN person.search_text IS 'Names, PESEL and document number folded, for fragment search with pg_trgm.';
CREATE INDEX person_sort_idx ON person (sort_key, id);
CREATE INDEX person_surname_prefix_idx ON person (surname_folded text_pattern_ops, sort_key);
CREATE INDEX person_search_trgm_idx ON person USING gin (search_text gin_trgm_ops);
CREATE INDEX person_birth_idx ON person (birth_date);
CREATE INDEX person_household_idx ON person (household_id);

CREATE TABLE household_membership (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES household (id),
  person_id uuid NOT NULL REFERENCES person (id),
  relation text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  CONSTRAINT household_membership_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE household_membership IS 'Who lived in which household, when; valid_to NULL while the person still lives there.';
COMMENT ON COLUMN household_membership.relation IS 'Relation to the household applicant: applicant, spouse, child, parent, ...';
CREATE UNIQUE INDEX household_membership_one_open_idx ON household_membership (person_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX household_membership_one_applicant_idx ON household_membership (household_id)
  WHERE valid_to IS NULL AND relation = 'applicant';
CREATE INDEX household_membership_household_idx ON household_membership (household_id, valid_from);
CREATE INDEX household_membership_person_idx ON household_membership (person_id, valid_from);
