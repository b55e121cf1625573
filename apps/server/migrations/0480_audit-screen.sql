-- Read logging at screen level (issue 21 item 5): besides the API route (purpose), the screen of
-- the web app that asked (the X-Ostoja-Purpose header, one of packages/domain/src/audit/screens.ts).
-- Nullable without a default, so the rows written before still verify in the hash chain (see 0085);
-- the chain's hash covers it like every column.
ALTER TABLE audit_log ADD COLUMN screen text;
COMMENT ON COLUMN audit_log.screen IS 'The screen of the web app that asked (its route pattern, e.g. /persons/:id), sent in the X-Ostoja-Purpose header and checked against the known screens; NULL for requests not made from a screen (scripts, downloads by link, the bench).';
