-- TOTP secrets encrypted at rest (issue 21): the columns keep their type, their content becomes
-- `v1:<iv>.<ciphertext>.<tag>` (AES-256-GCM under OSTOJA_TOTP_KEY, the user's id bound in). The
-- key lives outside the database, so the secrets stored in clear until now are sealed by the app
-- at its next start (identity/totp-seal.ts), not here.
COMMENT ON COLUMN staff_totp.secret IS 'The confirmed shared secret, sealed: v1:<iv>.<ciphertext>.<tag> (base64url, AES-256-GCM under OSTOJA_TOTP_KEY with the user id as associated data); NULL until enrolment is confirmed with a code.';
COMMENT ON COLUMN staff_totp.pending_secret IS 'The secret shown at enrolment (QR code), sealed like secret, until the first right code confirms it.';
