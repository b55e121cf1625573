import { roleHas } from '@ostoja/domain/identity/permissions';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { errorPaths } from '../../test/errors.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { careRequest, visitedApplication } from './test-care.ts';
import { assignment, device, neighbour, neighbourDecision, telecareRequest } from './test-telecare.ts';

// Telecare and neighbour services on PostgreSQL with the demo centre: the monthly fee to the grosz,
// a device lent once at a time, the alarm CSV (a bad line names itself, nothing imported), the
// neighbours' pay to the grosz, and who may see what.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik', 'asystent', 'dyrektor', 'admin'],
  staff: 'swiadczenia',
});
const { who, call } = s;
let n = 5_000;
const fx = () => ({ ...s.fx(), seq: () => ++n });
const today = todayInPoland();
const month = today.slice(0, 7);
const put = (url: string, cookie: string, payload: object) =>
  s.t.app.inject({ method: 'PUT', url, headers: { cookie, 'accept-language': 'pl' }, payload });
/** A telecare decision for a single person with `pay` a month, by the clerk. */
const decided = async (pay: number) =>
  (
    await call(
      'POST',
      '/api/v1/telecare/decisions',
      who.swiadczenia!,
      telecareRequest(await visitedApplication(fx(), ++n, [pay])),
    )
  ).json();
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
const fields = (res: { json(): any }) => res.json().error.fields as { path: string; message: string }[];

describe('the strategy report’s telecare and neighbour-services rows (demo centre)', () => {
  it('counts the demo’s two persons with a bracelet and two clients of a neighbour this year', async () => {
    const keys = ['telecare.users', 'neighbourServices.recipients'];
    const values = await computeIndicators(fx().staff(), keys, Number(today.slice(0, 4)));
    expect(keys.map((k) => values.get(k)?.value)).toEqual([2, 2]);
  });
});

describe('a telecare decision (art. 50 ust. 6 ups, the resolution’s monthly cost)', () => {
  it('charges a single person with 1 600,00 zł (158.42 %) 20 % of 60,00 zł = 12,00 zł a month', async () => {
    const res = await call(
      'POST',
      '/api/v1/telecare/decisions',
      who.swiadczenia!,
      telecareRequest(await visitedApplication(fx(), ++n, [160_000])),
    );
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      feeTableNumber: 'XII/140/2025',
      monthlyCostGrosze: 6_000,
      incomeRatioPct: 158.42,
      feePct: 20,
      monthlyFeeGrosze: 1_200,
      loans: [],
    });
    expect(d.steps.map((x: { key: string }) => x.key)).toContain('telecare.step.cost');
    expect(d.steps.at(-1)).toMatchObject({ key: 'services.step.fee', params: { fee: { money: 1_200 } } });
  });

  it('is decided by the benefits clerk only; a family assistant does not see telecare at all', async () => {
    const body = telecareRequest(await visitedApplication(fx(), ++n, [160_000]));
    expect((await call('POST', '/api/v1/telecare/decisions', who.pracownik!, body)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/telecare/decisions', who.asystent!)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/telecare/devices', who.asystent!)).statusCode).toBe(403);
    // A carer (or a neighbour) has none of the new permissions: no income, no other clients.
    for (const p of [
      'telecare.read',
      'telecare.manage',
      'neighbourServices.read',
      'neighbourServices.manage',
    ] as const)
      expect(roleHas('carer', p)).toBe(false);
  });
});

describe('lending a device', () => {
  it('lends a bracelet once at a time, prints the contract, and lends it again after its return', async () => {
    const decision = await decided(160_000);
    const other = await decided(90_000);
    const added = await call('POST', '/api/v1/telecare/devices', who.pracownik!, {
      kind: 'bracelet',
      serialNumber: `TB-LEND-${n}`,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ status: 'inStock', holder: null });
    const again = await call('POST', '/api/v1/telecare/devices', who.pracownik!, {
      kind: 'keyBox',
      serialNumber: `TB-LEND-${n}`,
    });
    expect(again.statusCode).toBe(400);
    expect(errorPaths(again)).toEqual(['serialNumber']);
    const deviceId = added.json().id;
    const lend = (telecareServiceId: string) =>
      call('POST', '/api/v1/telecare/loans', who.pracownik!, { telecareServiceId, deviceId, lentOn: today });

    const first = await lend(decision.id);
    expect(first.statusCode).toBe(201);
    const loan = first.json();
    expect(loan).toMatchObject({
      serialNumber: `TB-LEND-${n}`,
      personId: decision.personId,
      returnedOn: null,
    });
    expect(loan.contractNumber).toMatch(/^UT\/\d+$/);
    const held = (await call('GET', '/api/v1/telecare/devices?status=lent&limit=100', who.pracownik!)).json();
    expect(held.items.find((d: { id: string }) => d.id === deviceId)).toMatchObject({
      status: 'lent',
      holder: { personId: decision.personId },
    });

    const twice = await lend(other.id);
    expect(twice.statusCode).toBe(409);
    expect(fields(twice)).toEqual([
      { path: 'deviceId', message: 'To urządzenie jest już użyczone — najpierw przyjmij jego zwrot.' },
    ]);
    const loans = await s.t.db.query('SELECT 1 FROM telecare_loan WHERE device_id = $1', [deviceId]);
    expect(loans.rowCount).toBe(1);

    const pdf = await call('GET', `/api/v1/telecare/loans/${loan.id}/contract`, who.pracownik!);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(`UMOWA UŻYCZENIA URZĄDZENIA TELEOPIEKI nr ${loan.contractNumber}`);
    expect(text).toMatch(new RegExp(`TB-\\s*LEND-${n}`)); // the line may break after the hyphen
    expect(text).toContain(decision.number);
    expect(text).toMatch(/12,00\s*zł/);

    const early = await call('POST', `/api/v1/telecare/loans/${loan.id}/end`, who.pracownik!, {
      returnedOn: '2000-01-01',
    });
    expect(errorPaths(early)).toEqual(['returnedOn']);
    const back = await call('POST', `/api/v1/telecare/loans/${loan.id}/end`, who.pracownik!, {
      returnedOn: today,
    });
    expect(back.json()).toMatchObject({ returnedOn: today, lost: false });
    expect((await lend(other.id)).statusCode).toBe(201);
    const shown = (await call('GET', `/api/v1/telecare/decisions/${other.id}`, who.dyrektor!)).json();
    expect(shown.loans).toMatchObject([{ deviceId, returnedOn: null }]);
  });

  it('refuses a loan outside the decision’s period and a lost device', async () => {
    const decision = await decided(160_000);
    const d = await device(fx());
    const outside = await call('POST', '/api/v1/telecare/loans', who.pracownik!, {
      telecareServiceId: decision.id,
      deviceId: d.id,
      lentOn: '2000-01-01',
    });
    expect(outside.statusCode).toBe(400);
    expect(errorPaths(outside)).toEqual(['lentOn']);
    const loan = (
      await call('POST', '/api/v1/telecare/loans', who.pracownik!, {
        telecareServiceId: decision.id,
        deviceId: d.id,
        lentOn: today,
      })
    ).json();
    await call('POST', `/api/v1/telecare/loans/${loan.id}/end`, who.pracownik!, {
      returnedOn: today,
      lost: true,
    });
    const lost = await call('POST', '/api/v1/telecare/loans', who.pracownik!, {
      telecareServiceId: decision.id,
      deviceId: d.id,
      lentOn: today,
    });
    expect(lost.statusCode).toBe(400);
    expect(errorPaths(lost)).toEqual(['deviceId']);
  });
});

describe('the monitoring centre’s alarms', () => {
  it('imports nothing from a file with a bad line, names the line, then lists a person’s month of alarms', async () => {
    const decision = await decided(160_000);
    const d = await device(fx());
    await call('POST', '/api/v1/telecare/loans', who.pracownik!, {
      telecareServiceId: decision.id,
      deviceId: d.id,
      lentOn: today,
    });
    const header = 'numer;data;godzina;rodzaj;działanie';
    const good = [
      `${d.serialNumber};${today};21:40;fall;ambulance`,
      `${d.serialNumber};${today};07:05;button;talk`,
    ];
    const importCsv = (lines: string[]) =>
      call('POST', '/api/v1/telecare/alarms/import', who.pracownik!, { csv: [header, ...lines].join('\n') });

    const bad = await importCsv([...good, `${d.serialNumber};${today};09:00;smoke;talk`]);
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual([
      { path: 'csv.4.kind', message: 'Rodzaj alarmu: button, fall, inactivity albo technical.' },
    ]);
    const unknown = await importCsv([...good, `XX-NONE;${today};09:00;button;talk`]);
    expect(errorPaths(unknown)).toEqual(['csv.4.serial']);
    const before = await importCsv([`${d.serialNumber};2000-01-01;09:00;button;talk`]);
    expect(errorPaths(before)).toEqual(['csv.2.date']);
    const stored = await s.t.db.query('SELECT 1 FROM telecare_alarm WHERE device_id = $1', [d.id]);
    expect(stored.rowCount).toBe(0);

    const ok = await importCsv(good);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ imported: 2, duplicates: 0 });
    expect((await importCsv(good)).json()).toEqual({ imported: 0, duplicates: 2 });

    const list = await call(
      'GET',
      `/api/v1/telecare/alarms?personId=${decision.personId}&month=${month}`,
      who.dyrektor!,
    );
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ occurredAt: `${today}T07:05:00`, kind: 'button', outcome: 'talk' }),
      expect.objectContaining({ occurredAt: `${today}T21:40:00`, kind: 'fall', outcome: 'ambulance' }),
    ]);
    const paged = (
      await call(
        'GET',
        `/api/v1/telecare/alarms?personId=${decision.personId}&month=${month}&limit=1`,
        who.dyrektor!,
      )
    ).json();
    expect(paged.items).toHaveLength(1);
    const next = (
      await call(
        'GET',
        `/api/v1/telecare/alarms?personId=${decision.personId}&month=${month}&limit=1&after=${paged.nextCursor}`,
        who.dyrektor!,
      )
    ).json();
    expect(next.items[0].occurredAt).toBe(`${today}T21:40:00`);
    const missing = await call(
      'GET',
      `/api/v1/telecare/alarms?personId=00000000-0000-4000-8000-000000000000&month=${month}`,
      who.dyrektor!,
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('neighbour services', () => {
  it('pays a neighbour 7,33 h + 4,92 h = 12,25 h × 23,17 zł = 283,83 zł (rounded once, half up)', async () => {
    const rate = await call('POST', '/api/v1/neighbour-services/rates', who.admin!, {
      validFrom: `${month}-01`,
      hourlyRateGrosze: 2_317,
      basis: 'Zarządzenie nr 7/2026 Dyrektora MOPS',
    });
    expect(rate.statusCode).toBe(201);
    const helper = await neighbour(fx(), 'Zofia Pomocna');
    const assign = async () => {
      const d = await neighbourDecision(fx());
      const res = await call('POST', '/api/v1/neighbour-services/assignments', who.pracownik!, {
        careServiceId: d.id,
        neighbourId: helper.id,
        hoursPerMonth: 10,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
      });
      expect(res.statusCode).toBe(201);
      return res.json();
    };
    const [a, b] = [await assign(), await assign()];
    expect(
      (
        await put('/api/v1/neighbour-services/hours', who.pracownik!, {
          assignmentId: a.id,
          month,
          hours: 7.33,
        })
      ).statusCode,
    ).toBe(200);
    await put('/api/v1/neighbour-services/hours', who.pracownik!, { assignmentId: b.id, month, hours: 4.92 });

    const list = await call('GET', `/api/v1/neighbour-services/payments?month=${month}`, who.swiadczenia!);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      hourlyRateGrosze: 2_317,
      basis: 'Zarządzenie nr 7/2026 Dyrektora MOPS',
    });
    expect(list.json().items.find((i: { neighbourId: string }) => i.neighbourId === helper.id)).toEqual({
      neighbourId: helper.id,
      fullName: 'Zofia Pomocna',
      bankAccount: '61109010140000071219812874',
      clients: 2,
      hours: 12.25,
      amountGrosze: 28_383, // not 169,84 + 114,00 = 283,84 zł: the hours are summed first
    });
    // Entered again, the month's hours are replaced, not added.
    await put('/api/v1/neighbour-services/hours', who.pracownik!, { assignmentId: b.id, month, hours: 2 });
    const after = (
      await call('GET', `/api/v1/neighbour-services/payments?month=${month}`, who.swiadczenia!)
    ).json();
    expect(after.items.find((i: { neighbourId: string }) => i.neighbourId === helper.id)).toMatchObject({
      hours: 9.33,
      amountGrosze: 21_618, // 9,33 × 23,17 = 216,1761 zł
    });
  });

  it('refuses more hours than the month’s assignment, a month outside it, and a decision of another kind', async () => {
    const a = await assignment(fx(), 10);
    const over = await put('/api/v1/neighbour-services/hours', who.pracownik!, {
      assignmentId: a.id,
      month,
      hours: 10.5,
    });
    expect(over.statusCode).toBe(400);
    expect(fields(over)).toEqual([{ path: 'hours', message: expect.stringContaining('10') }]);
    const thirds = await put('/api/v1/neighbour-services/hours', who.pracownik!, {
      assignmentId: a.id,
      month,
      hours: 1.333,
    });
    expect(errorPaths(thirds)).toEqual(['hours']);
    const outside = await put('/api/v1/neighbour-services/hours', who.pracownik!, {
      assignmentId: a.id,
      month: '2000-01',
      hours: 1,
    });
    expect(errorPaths(outside)).toEqual(['month']);
    const care = (
      await call(
        'POST',
        '/api/v1/care-services',
        who.swiadczenia!,
        careRequest(await visitedApplication(fx(), ++n, [160_000])),
      )
    ).json();
    const wrong = await call('POST', '/api/v1/neighbour-services/assignments', who.pracownik!, {
      careServiceId: care.id,
      neighbourId: a.neighbourId,
      hoursPerMonth: 10,
      periodFrom: care.periodFrom,
      periodTo: care.periodTo,
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorPaths(wrong)).toEqual(['careServiceId']);
    expect(
      (await call('GET', `/api/v1/neighbour-services/payments?month=${month}`, who.asystent!)).statusCode,
    ).toBe(403);
    expect(
      (await call('GET', `/api/v1/neighbour-services/payments?month=${month}`, who.dyrektor!)).statusCode,
    ).toBe(403);
  });
});
