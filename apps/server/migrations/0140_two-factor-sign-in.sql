-- Two-factor sign-in (TOTP, RFC 6238) for staff, one-time recovery codes, and the sessions' absolute age.
CREATE TABLE staff_totp (
  user_id uuid PRIMARY KEY REFERENCES staff_user (id) ON DELETE CASCADE,
  secret text,
  pending_secret text,
  enabled_at timestamptz,
  last_step bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE staff_totp IS 'A staff member''s TOTP authenticator; a row exists from the start of enrolment.';
COMMENT ON COLUMN staff_totp.secret IS 'The confirmed shared secret (base32); NULL until enrolment is confirmed with a code.';
COMMENT ON COLUMN staff_totp.pending_secret IS 'The secret shown at enrolment (QR code), until the first right code confirms it.';
COMMENT ON COLUMN staff_totp.enabled_at IS 'When the second factor was confirmed; from then on every sign-in asks for a code.';
COMMENT ON COLUMN staff_totp.last_step IS 'The 30-second time step of the last accepted code: a code of that step or earlier is refused (no replay).';

CREATE TABLE staff_recovery_code (
  user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);
COMMENT ON TABLE staff_recovery_code IS 'One-time codes that stand in for a TOTP code when the authenticator is lost; a new set replaces the old.';
COMMENT ON COLUMN staff_recovery_code.code_hash IS 'SHA-256 of the code (random, 50 bits): the codes themselves are shown once and never stored.';
COMMENT ON COLUMN staff_recovery_code.used_at IS 'When the code was used; a used code is refused.';

COMMENT ON COLUMN session.created_at IS 'When the session began (sign-in); past the absolute timeout (OSTOJA_SESSION_MAX_HOURS) it ends however active.';
