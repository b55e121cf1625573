import { createHash } from 'node:crypto';
import { formatCode, newSecretCode, normaliseCode } from '@ostoja/domain/portal/codes';

// Codes handed to residents are stored only as SHA-256 hashes, like session tokens: a database
// leak reveals no code that would open a booking or an application's status. 60 random bits
// make a dictionary of hashes pointless.
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A fresh code: `display` for the resident ("K7QM-2XRT-9HDP"), `hash` for the database. */
export function issueCode() {
  const code = newSecretCode();
  return { display: formatCode(code), hash: sha256(code) };
}

/** The hash of what the resident typed, or null when it cannot be a code (answered as "not found"). */
export function hashOfTyped(input: string): string | null {
  const code = normaliseCode(input);
  return code ? sha256(code) : null;
}
