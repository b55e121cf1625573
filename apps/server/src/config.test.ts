import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('two-factor sign-in required by role (OSTOJA_TOTP_ROLES)', () => {
  it('is off on the demo centre, so its public demo logins keep working', () => {
    expect(loadConfig({}).totpRoles).toEqual([]);
  });
  it('is on for administrators, the director and the Niebieska Karta team without the demo', () => {
    expect(loadConfig({ OSTOJA_SEED_DEMO: '0' }).totpRoles).toEqual([
      'administrator',
      'director',
      'blueCardTeamMember',
    ]);
  });
  it('follows the setting, `none` for nobody, and refuses a role it does not know', () => {
    expect(loadConfig({ OSTOJA_TOTP_ROLES: 'socialWorker, director' }).totpRoles).toEqual([
      'socialWorker',
      'director',
    ]);
    expect(loadConfig({ OSTOJA_SEED_DEMO: '0', OSTOJA_TOTP_ROLES: 'none' }).totpRoles).toEqual([]);
    expect(() => loadConfig({ OSTOJA_TOTP_ROLES: 'admin' })).toThrow(/unknown roles admin/);
  });
  it('ends sessions 12 hours after sign-in unless set otherwise', () => {
    expect(loadConfig({}).sessionMaxHours).toBe(12);
    expect(loadConfig({ OSTOJA_SESSION_MAX_HOURS: '8' }).sessionMaxHours).toBe(8);
  });
});

describe('the key of the two-factor secrets (OSTOJA_TOTP_KEY)', () => {
  it('takes 32 bytes in base64 and refuses anything else', () => {
    const key = randomBytes(32);
    expect(loadConfig({ OSTOJA_TOTP_KEY: key.toString('base64') }).totpKey()).toEqual(key);
    expect(() => loadConfig({ OSTOJA_TOTP_KEY: 'short' }).totpKey()).toThrow(/32 random bytes/);
  });
  it('is required without the demo, and only when the app asks for it (the tools need none)', () => {
    const config = loadConfig({ OSTOJA_SEED_DEMO: '0' });
    expect(() => config.totpKey()).toThrow(/Set OSTOJA_TOTP_KEY/);
  });
  it('is generated on the demo centre’s first start beside its data directory, and kept', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ostoja-key-')), 'data');
    const first = loadConfig({ OSTOJA_DATA_DIR: dir }).totpKey();
    expect(first).toHaveLength(32);
    expect(readFileSync(`${dir}-totp.key`, 'utf8').trim()).toBe(first.toString('base64'));
    expect(statSync(`${dir}-totp.key`).mode & 0o777).toBe(0o600);
    expect(loadConfig({ OSTOJA_DATA_DIR: dir }).totpKey()).toEqual(first);
  });
});
