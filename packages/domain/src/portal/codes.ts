// Secret codes a resident receives without an account (booking cancellation, application status).
// Crockford's base32 alphabet: no I, L, O or U, so nothing is misread on a phone screen or
// dictated wrongly over the phone; 12 characters carry 60 bits, beyond any guessing through
// a rate-limited endpoint.
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A fresh random code; 32 divides 256, so `byte & 31` is unbiased. */
export function newSecretCode(
  length = CODE_LENGTH,
  random: (n: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
): string {
  return [...random(length)].map((b) => CODE_ALPHABET[b & 31]).join('');
}

/** "K7QM2XRT9HDP" → "K7QM-2XRT-9HDP", as printed on the confirmation. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * What the resident typed, as the stored code: case, spaces and dashes ignored, and the letters
 * Crockford reads as digits (O → 0, I and L → 1) mapped. Null when it cannot be a code.
 */
export function normaliseCode(input: string, length = CODE_LENGTH): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== length) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}
