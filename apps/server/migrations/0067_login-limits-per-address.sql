-- Failed logins were counted per login name and locked the account: anyone could lock anyone out.
-- Now they are limited per (login, client address) and per client address, each with a growing
-- wait; the account itself is never locked, and many failures from many addresses raise an alarm
-- in the audit log instead (apps/server/src/modules/identity/throttle.ts).

CREATE TABLE login_source_attempt (
  login citext NOT NULL,
  address text NOT NULL,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz,
  PRIMARY KEY (login, address)
);
COMMENT ON TABLE login_source_attempt IS 'Failed logins at one login name from one client address (req.ip; OSTOJA_TRUST_PROXY decides whose X-Forwarded-For counts). Cleared by a successful login from that address.';
COMMENT ON COLUMN login_source_attempt.failures IS 'Failures in the current streak; forgotten after OSTOJA_LOGIN_LOCK_RESET_HOURS without one.';
COMMENT ON COLUMN login_source_attempt.blocked_until IS 'Attempts from this address at this login are answered 429 until then, without checking the password; the wait doubles with each failure past OSTOJA_LOGIN_LOCK_AFTER.';

CREATE TABLE login_address_attempt (
  address text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz
);
COMMENT ON TABLE login_address_attempt IS 'Failed logins from one client address at any login (guessing across many accounts); a success does not clear it, only time does.';
COMMENT ON COLUMN login_address_attempt.failures IS 'Failures in the current streak; forgotten after OSTOJA_LOGIN_LOCK_RESET_HOURS without one.';
COMMENT ON COLUMN login_address_attempt.blocked_until IS 'Every login attempt from this address is answered 429 until then; the wait doubles with each failure past OSTOJA_LOGIN_LOCK_ADDRESS_AFTER.';

ALTER TABLE login_attempt DROP COLUMN locked_until;
ALTER TABLE login_attempt ADD COLUMN alarm_at timestamptz;
COMMENT ON TABLE login_attempt IS 'Failed logins at one login name from any address, for the per-account alarm; it never locks the account.';
COMMENT ON COLUMN login_attempt.failures IS 'Failures in the current streak (any address); forgotten after OSTOJA_LOGIN_LOCK_RESET_HOURS without one.';
COMMENT ON COLUMN login_attempt.alarm_at IS 'When the last loginAlarm audit entry was written for this login (at most one per reset window).';
