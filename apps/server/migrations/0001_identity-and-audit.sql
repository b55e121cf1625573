-- Staff identity, organisation units, sessions and the append-only audit log.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE org_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CONSTRAINT org_unit_kind_check CHECK (kind IN ('centre', 'section', 'fieldTeam', 'office')),
  name text NOT NULL,
  parent_id uuid REFERENCES org_unit (id),
  office_id uuid REFERENCES org_unit (id),
  street text,
  building text,
  postal_code text,
  city text,
  phone text,
  email text,
  opening_hours jsonb NOT NULL DEFAULT '[]',
  sort_key text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE org_unit IS 'The centre, its sections, field teams (zespoły terenowe) and offices, as one tree.';
COMMENT ON COLUMN org_unit.office_id IS 'For a field team: the office where its residents are served.';
COMMENT ON COLUMN org_unit.opening_hours IS 'Weekly hours: [{"day":1..7 (Mon=1),"open":"08:00","close":"16:00"}].';
COMMENT ON COLUMN org_unit.sort_key IS 'Polish alphabetical sort key of the name (see polishSortKey).';
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

CREATE TABLE staff_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  login citext NOT NULL CONSTRAINT staff_user_login_key UNIQUE,
  password_hash text NOT NULL,
  full_name text NOT NULL,
  email text,
  org_unit_id uuid REFERENCES org_unit (id),
  is_active boolean NOT NULL DEFAULT true,
  sort_key text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE staff_user IS 'Staff accounts; passwords are argon2id hashes, never stored in clear.';

CREATE TABLE staff_role (
  user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  role text NOT NULL,
  PRIMARY KEY (user_id, role)
);
COMMENT ON TABLE staff_role IS 'Roles of a staff account; permissions come from the matrix in packages/domain.';

CREATE TABLE session (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  user_agent text
);
COMMENT ON TABLE session IS 'Login sessions; id is the SHA-256 of the cookie token, so a database leak reveals no usable token.';
CREATE INDEX session_user_idx ON session (user_id);

CREATE TABLE login_attempt (
  login citext PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  last_failure_at timestamptz,
  locked_until timestamptz
);
COMMENT ON TABLE login_attempt IS 'Consecutive failed logins per login name, for slowing down and locking out guessing.';

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid,
  actor_login text,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  request_id text,
  ip text,
  details jsonb
);
COMMENT ON TABLE audit_log IS 'Append-only: who did or saw what, which record, when, from which request. Updates and deletes are refused by trigger.';
COMMENT ON COLUMN audit_log.action IS 'read | create | update | delete | login | loginFailed | logout | export | ...';
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
