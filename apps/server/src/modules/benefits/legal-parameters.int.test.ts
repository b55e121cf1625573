import { LEGAL_PARAMETER_HISTORY } from '@ostoja/domain/benefits/legal-parameters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { errorPaths } from '../../test/errors.ts';

let t: TestApp;
let admin: string;
let worker: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  worker = await t.login('pracownik');
});
afterAll(() => t?.close());

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });

const calc = async (date: string, netIncome: number) =>
  (
    await inject('POST', '/api/v1/calculators/social-assistance', undefined, {
      benefit: 'zasilekStaly',
      date,
      household: [{ role: 'applicant', netIncome, unableToWork: true }],
    })
  ).json();

const period2028 = {
  ...LEGAL_PARAMETER_HISTORY.at(-1)!,
  validFrom: '2028-01-01',
  criterionSingle: 120_000,
  criterionPerPerson: 98_000,
  zasilekStalyMax: 145_000,
  farmHectareIncome: 52_000,
  legalBasis:
    'rozporządzenie Rady Ministrów z 2027 r. w sprawie zweryfikowanych kryteriów dochodowych (przykład)',
};

describe('legal parameters', () => {
  it('the migration seeded the history, readable by any staff member', async () => {
    const res = await inject('GET', '/api/v1/legal-parameters', worker);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual(LEGAL_PARAMETER_HISTORY);
  });

  it('needs a login to read', async () => {
    expect((await inject('GET', '/api/v1/legal-parameters')).statusCode).toBe(401);
  });

  it('a non-administrator may not add a period (403), nor may an anonymous caller (401)', async () => {
    expect((await inject('POST', '/api/v1/legal-parameters', worker, period2028)).statusCode).toBe(403);
    expect(
      (await inject('POST', '/api/v1/legal-parameters', await t.login('dyrektor'), period2028)).statusCode,
    ).toBe(403);
    expect((await inject('POST', '/api/v1/legal-parameters', undefined, period2028)).statusCode).toBe(401);
  });

  it('an administrator adds a period and the calculator uses it on the next call', async () => {
    expect(await calc('2028-01-01', 0)).toMatchObject({ amount: 122_900, criterion: 101_000 });
    const res = await inject('POST', '/api/v1/legal-parameters', admin, period2028);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual(period2028);
    // 130% × 1200 = 1560, capped at 1450; the day before still the 2025 numbers.
    expect(await calc('2028-01-01', 0)).toMatchObject({
      eligible: true,
      amount: 145_000,
      criterion: 120_000,
    });
    expect(await calc('2028-01-01', 50_000)).toMatchObject({ amount: 106_000 });
    expect(await calc('2027-12-31', 0)).toMatchObject({ amount: 122_900, criterion: 101_000 });
    const audit = await t.db.query<{ actor_login: string }>(
      `SELECT actor_login FROM audit_log WHERE entity = 'legalParameterPeriod' AND entity_id = '2028-01-01'`,
    );
    expect(audit.rows).toEqual([{ actor_login: 'admin' }]);
  });

  it('refuses a second period from the same day (409 on validFrom)', async () => {
    const res = await inject('POST', '/api/v1/legal-parameters', admin, {
      ...period2028,
      validFrom: '2025-01-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['validFrom']);
  });

  it('refuses bad numbers with a 400 naming the field', async () => {
    const bad = { ...period2028, validFrom: '2029-01-01', criterionSingle: 1200.5, zasilekStalyPercent: 0 };
    const res = await inject('POST', '/api/v1/legal-parameters', admin, bad);
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['criterionSingle', 'zasilekStalyPercent']);
  });
});

describe('local resolutions', () => {
  const resolution = {
    number: 'XXXVI/285/2013',
    adoptedOn: '2013-11-28',
    validFrom: '2014-01-01',
    validTo: null,
    kind: 'zasilekOkresowyMinPercent',
    percent: 70,
    title: 'w sprawie podwyższenia minimalnej kwoty zasiłku okresowego',
  };

  it('an administrator records one; staff read it; others may not record', async () => {
    expect((await inject('POST', '/api/v1/local-resolutions', worker, resolution)).statusCode).toBe(403);
    const res = await inject('POST', '/api/v1/local-resolutions', admin, resolution);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...resolution, programme: null });
    const list = await inject('GET', '/api/v1/local-resolutions', worker);
    expect(list.json().items).toMatchObject([resolution]);
  });

  it('a programme criterion needs its programme; the okresowy raise stays within 50–100%', async () => {
    const res = await inject('POST', '/api/v1/local-resolutions', admin, {
      ...resolution,
      number: 'III/15/2018',
      kind: 'programmeCriterionPercent',
      percent: 200,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'programme', message: 'Podaj nazwę programu.' }]);
    const tooHigh = await inject('POST', '/api/v1/local-resolutions', admin, {
      ...resolution,
      number: 'X/1/2020',
      percent: 120,
    });
    expect(tooHigh.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['percent']);
  });

  it('the public calculator keeps to the statutory minimum despite a raise', async () => {
    const r = await inject('POST', '/api/v1/calculators/social-assistance', undefined, {
      benefit: 'zasilekOkresowy',
      date: '2025-06-01',
      household: [{ role: 'applicant', netIncome: 0 }],
    });
    expect(r.json()).toMatchObject({ amount: 50_500, maximumAmount: 82_300 });
  });
});
