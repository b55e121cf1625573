import { readFileSync } from 'node:fs';
import { fieldError } from '../../http/errors.ts';

// Passwords known from breaches, shipped with the app (scripts/breached-passwords.mjs writes the
// file); read once, on the first password set, never fetched from anywhere.
let breached: Set<string> | undefined;

export function isBreachedPassword(password: string): boolean {
  breached ??= new Set(
    readFileSync(new URL('./breached-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return breached.has(password.trim().toLowerCase());
}

/** A new password must not be on the list (its length is checked by the schema): 400 naming the field. */
export function assertPasswordNotBreached(password: string | undefined, path = 'password') {
  if (password !== undefined && isBreachedPassword(password))
    throw fieldError(path, 'validation.password.breached');
}
