import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTotpSecret, sealTotpSecret } from './totp-seal.ts';

const key = randomBytes(32);
const user = '5b1f0c62-1d7e-4c41-9a51-3f7c2b1e0a01';
const other = '5b1f0c62-1d7e-4c41-9a51-3f7c2b1e0a02';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('TOTP secrets sealed at rest', () => {
  it('opens what it sealed; the stored text does not hold the secret and differs each time', () => {
    const sealed = sealTotpSecret(key, user, SECRET);
    expect(sealed).toMatch(/^v1:[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(SECRET);
    expect(sealTotpSecret(key, user, SECRET)).not.toBe(sealed);
    expect(openTotpSecret(key, user, sealed)).toBe(SECRET);
  });

  it('refuses another key, another account, a changed byte and a secret in clear', () => {
    const sealed = sealTotpSecret(key, user, SECRET);
    expect(() => openTotpSecret(randomBytes(32), user, sealed)).toThrow();
    expect(() => openTotpSecret(key, other, sealed)).toThrow();
    const [head, body, tag] = sealed.split('.');
    const flipped = `${body![0] === 'A' ? 'B' : 'A'}${body!.slice(1)}`;
    expect(() => openTotpSecret(key, user, `${head}.${flipped}.${tag}`)).toThrow();
    expect(() => openTotpSecret(key, user, SECRET)).toThrow(/not sealed/);
  });
});
