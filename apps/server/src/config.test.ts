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
