-- Person search at national size (2 million persons) in Polish order. Results are ordered by
-- sort_key, which begins with the surname, so every surname is one contiguous range of
-- person_sort_idx. A fragment is looked up in a small dictionary of distinct names first, and
-- only then are the persons read, range by range, in order — never all matching persons at once.

ALTER TABLE person ADD COLUMN surname_key text COLLATE "C";
COMMENT ON COLUMN person.surname_key IS 'polishSortKey(surname): the prefix of sort_key shared by everyone with this surname.';
-- Rows from before this column: for names of letters, spaces and hyphens the surname's key is
-- the first length(surname_folded) characters of sort_key.
UPDATE person SET surname_key = substr(sort_key, 1, length(surname_folded));

ALTER TABLE person ADD COLUMN first_name_folded text COLLATE "C"
  GENERATED ALWAYS AS (split_part(substr(search_text, length(surname_folded) + 2), ' ', 1)) STORED;
COMMENT ON COLUMN person.first_name_folded IS 'First name folded (from search_text): persons with a given first name in Polish order.';
CREATE INDEX person_first_name_idx ON person (first_name_folded, sort_key, id);

ALTER TABLE person ADD COLUMN search_tail text COLLATE "C"
  GENERATED ALWAYS AS (substr(search_text, length(surname_folded) + 2)) STORED;
COMMENT ON COLUMN person.search_tail IS 'search_text without the surname (names, PESEL, document number), for rare fragments via pg_trgm.';
CREATE INDEX person_search_tail_trgm_idx ON person USING gin (search_tail gin_trgm_ops);
DROP INDEX person_search_trgm_idx;

CREATE TABLE person_name (
  kind char(1) NOT NULL CONSTRAINT person_name_kind_check CHECK (kind IN ('s', 'g')),
  folded text COLLATE "C" NOT NULL,
  sort_prefix text COLLATE "C" NOT NULL DEFAULT '',
  PRIMARY KEY (kind, folded, sort_prefix)
);
COMMENT ON TABLE person_name IS 'Dictionary of distinct surnames (s, with their sort-key prefix) and first names (g) in the registry; insert-only, stale entries only cost an empty range.';
CREATE INDEX person_name_trgm_idx ON person_name USING gin (folded gin_trgm_ops);
CREATE INDEX person_name_prefix_idx ON person_name (kind, sort_prefix);

CREATE FUNCTION person_name_remember() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name (kind, folded, sort_prefix)
  VALUES ('s', NEW.surname_folded, COALESCE(NEW.surname_key, substr(NEW.sort_key, 1, length(NEW.surname_folded)))),
         ('g', NEW.first_name_folded, '')
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER person_name_remember AFTER INSERT OR UPDATE OF surname_folded, sort_key, search_text ON person
  FOR EACH ROW EXECUTE FUNCTION person_name_remember();
INSERT INTO person_name (kind, folded, sort_prefix)
  SELECT DISTINCT 's', surname_folded, surname_key FROM person
  UNION SELECT DISTINCT 'g', first_name_folded, '' FROM person
  ON CONFLICT DO NOTHING;

-- Surname prefixes are read from sort-key ranges now; the duplicate check needs surname + birth date.
DROP INDEX person_surname_prefix_idx;
CREATE INDEX person_surname_birth_idx ON person (surname_folded, birth_date);
