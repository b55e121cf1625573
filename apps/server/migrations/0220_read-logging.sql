-- Read logging (issue 21 item 5): an audit entry names every person whose data it read or changed
-- (a search's results, a household's members, a list's rows, an export's), why (the route: the
-- screen or report that asked) and the category of the data. Nullable without defaults, so the
-- rows written before still verify in the hash chain (see 0085).
ALTER TABLE audit_log
  ADD COLUMN persons uuid[],
  ADD COLUMN purpose text,
  ADD COLUMN category text;
COMMENT ON COLUMN audit_log.persons IS 'The persons whose data this entry read or changed (search results, household members, list rows, exported rows); NULL when none or when only entity_id names one.';
COMMENT ON COLUMN audit_log.purpose IS 'What asked for it: the API route (method and path pattern) behind the screen, report or export.';
COMMENT ON COLUMN audit_log.category IS 'The category of the data (identity, social, financial, health, violence, none), from packages/domain/src/audit/data-category.ts.';

-- "Who read this record": entries naming the person among others, found without a scan.
CREATE INDEX audit_log_persons_idx ON audit_log USING gin (persons);
