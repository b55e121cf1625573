-- Tamper-evident audit log: every row carries the SHA-256 of its own content chained to the previous
-- row's hash, computed by a trigger in the database (the app cannot choose the values). Rows are
-- chained in lanes: a transaction locks its lane until it commits, so the next row of that lane
-- always sees the previous one (no fork; the unique (lane, seq) forbids one anyway), while concurrent
-- requests write to other lanes instead of waiting for each other. `npm run audit:verify` walks every lane.

CREATE TABLE audit_chain_lane (lane integer PRIMARY KEY);
COMMENT ON TABLE audit_chain_lane IS 'The lanes of the audit hash chain; a row is locked (FOR UPDATE, never updated) by the transaction writing to that lane until it ends. More rows = more transactions auditing at once without waiting.';
INSERT INTO audit_chain_lane (lane) SELECT generate_series(0, 31);

ALTER TABLE audit_log
  ADD COLUMN chain_lane integer,
  ADD COLUMN chain_seq bigint,
  ADD COLUMN chain_prev bytea,
  ADD COLUMN chain_hash bytea;
COMMENT ON COLUMN audit_log.chain_lane IS 'Which hash chain (lane) this row belongs to.';
COMMENT ON COLUMN audit_log.chain_seq IS 'Position in its lane: 1, 2, 3… without gaps, so a deleted row shows.';
COMMENT ON COLUMN audit_log.chain_prev IS 'chain_hash of the previous row of the lane (NULL for the first).';
COMMENT ON COLUMN audit_log.chain_hash IS 'sha256(chain_prev || the row as JSON without nulls and without the two hashes), see audit_log_row_hash. A column added to audit_log later must be nullable without a default (or old rows would no longer verify), and a timestamptz one written out in UTC there.';

-- The row's canonical text: JSON of all its columns (so columns added later are covered) without
-- nulls, its time written out in UTC (to_jsonb would use the session's time zone). PL/pgSQL, not SQL:
-- PostgreSQL 15 plans an SQL function's body again at every call, which was most of the trigger's cost.
CREATE FUNCTION audit_log_row_hash(prev bytea, r audit_log) RETURNS bytea LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN sha256(coalesce(prev, '\x'::bytea) || convert_to(jsonb_strip_nulls(
    to_jsonb(r) - 'chain_prev' - 'chain_hash'
      || jsonb_build_object('at', to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')))::text, 'UTF8'));
END $$;
COMMENT ON FUNCTION audit_log_row_hash(bytea, audit_log) IS 'The hash of an audit row chained to the previous one; used by the insert trigger and by verification.';

-- Chain the rows written before this migration in one lane, in id order.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
DO $$
DECLARE
  r audit_log;
  prev bytea;
  n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    n := n + 1;
    r.chain_lane := 0;
    r.chain_seq := n;
    r.chain_prev := prev;
    prev := audit_log_row_hash(prev, r);
    UPDATE audit_log SET chain_lane = 0, chain_seq = n, chain_prev = r.chain_prev, chain_hash = prev
     WHERE id = r.id;
  END LOOP;
END $$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

ALTER TABLE audit_log
  ALTER COLUMN chain_lane SET NOT NULL,
  ALTER COLUMN chain_seq SET NOT NULL,
  ALTER COLUMN chain_hash SET NOT NULL,
  ADD CONSTRAINT audit_log_chain_key UNIQUE (chain_lane, chain_seq);

-- SECURITY DEFINER: runs as the tables' owner, so the application's role needs no right on
-- audit_chain_lane. Whatever the insert says, the chain columns are set here. The lane row is only
-- locked, never updated: an update per audit row would pile up row versions in a long transaction.
CREATE FUNCTION audit_log_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  held integer := nullif(current_setting('ostoja.audit_lane', true), '')::integer;
  last_seq bigint;
  last_hash bytea;
BEGIN
  IF held IS NULL THEN
    -- A lane no other open transaction holds; only if all are busy, wait for one.
    SELECT lane INTO held FROM audit_chain_lane ORDER BY lane LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      SELECT lane INTO held FROM audit_chain_lane
       WHERE lane = pg_backend_pid() % (SELECT count(*) FROM audit_chain_lane) FOR UPDATE;
    END IF;
    -- Later rows of this transaction stay in the lane it holds.
    PERFORM set_config('ostoja.audit_lane', held::text, true);
  END IF;
  SELECT chain_seq, chain_hash INTO last_seq, last_hash
    FROM audit_log WHERE chain_lane = held ORDER BY chain_seq DESC LIMIT 1;
  NEW.chain_lane := held;
  NEW.chain_seq := coalesce(last_seq, 0) + 1;
  NEW.chain_prev := last_hash;
  NEW.chain_hash := audit_log_row_hash(NEW.chain_prev, NEW);
  RETURN NEW;
END $$;
COMMENT ON FUNCTION audit_log_chain() IS 'Sets the chain columns of a new audit row; its lane stays locked until the transaction ends.';
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
