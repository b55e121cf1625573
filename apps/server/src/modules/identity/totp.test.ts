import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, timeStep, totpAt } from './totp.ts';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII "12345678901234567890"; the table gives 8 digits,
// of which a 6-digit code is the last six.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
    [20000000000, '353130'],
  ])('at %i seconds the code is %s', (seconds, code) => {
    expect(totpAt(RFC_SECRET, timeStep(seconds * 1000))).toBe(code);
  });

  it('round-trips base32 as authenticator apps write it', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezdgnbvgy3tqojq====').toString()).toBe('12345678901234567890');
  });

  it('accepts the previous and next step, not two away, and never a step already used', () => {
    const now = 1234567890_000;
    const step = timeStep(now);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, step - 1), now, 0)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, step + 1), now, 0)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, step - 2), now, 0)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, step), now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, '12345', now, 0)).toBeNull();
  });
});
