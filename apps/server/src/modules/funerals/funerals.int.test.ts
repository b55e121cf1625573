import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectPdf } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { aCostLimit, aDeceased, aFuneralHome, funeralRequest } from './test-funerals.ts';

// Funerals the centre arranges (art. 44 ups) on PostgreSQL: the cost against the council's limit to
// the grosz, the invoice, the recovery from ZUS and the estate, the order's PDF, bad input, access.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik', 'admin', 'asystent', 'audytor'],
  staff: 'swiadczenia',
});
const { who, fx, call } = s;
let n = 100;
const today = todayInPoland();
const arrange = (body: object, cookie = who.swiadczenia!, lang = 'pl') =>
  call('POST', '/api/v1/funerals', cookie, body, lang);
const funerals = async () =>
  (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM funeral')).rows[0]!.n;
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
const fields = (res: { json(): any }) =>
  (res.json().error.fields as { path: string; message: string }[]).map((f) => ({
    ...f,
    message: f.message.replace(/\u00a0/g, ' '),
  }));
const request = async () => {
  await aCostLimit(fx());
  return funeralRequest(await aDeceased(fx(), ++n), await aFuneralHome(fx()));
};

describe('the council’s cost limit', () => {
  it('is added by the administrator as data and read by the clerk; the same resolution twice is a 409', async () => {
    const body = {
      resolutionNumber: 'IV/31/2026',
      adoptedOn: '2026-01-20',
      validFrom: '2099-03-01',
      limitGrosze: 650_000,
    };
    const ok = await call('POST', '/api/v1/funeral-cost-limits', who.admin!, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject(body);
    const again = await call('POST', '/api/v1/funeral-cost-limits', who.admin!, body);
    expect(again.statusCode).toBe(409);
    expect(fields(again).map((f) => f.path)).toEqual(['resolutionNumber']);
    expect((await call('POST', '/api/v1/funeral-cost-limits', who.swiadczenia!, body)).statusCode).toBe(403);
    const list = await call('GET', '/api/v1/funeral-cost-limits', who.swiadczenia!);
    expect(list.json().items[0]).toMatchObject({ resolutionNumber: 'IV/31/2026', limitGrosze: 650_000 });
  });
});

describe('arranging a funeral (art. 44 ups)', () => {
  it('numbers the order in its register, keeps the limit in force and shows what is still to recover', async () => {
    const res = await arrange(await request());
    expect(res.statusCode).toBe(201);
    const f = res.json();
    expect(f.number).toMatch(new RegExp(`^POG/${today.slice(0, 4)}/\\d{4}$`));
    expect(f).toMatchObject({
      limitResolution: 'XX/200/2019',
      limitGrosze: 500_000,
      costGrosze: 485_000,
      receivedGrosze: 0,
      outstandingGrosze: 485_000,
      dateOfDeath: addDays(today, -3),
    });
    const mine = await call('GET', `/api/v1/funerals?personId=${f.personId}`, who.pracownik!);
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([f.id]);
    expect((await call('GET', `/api/v1/funerals/${f.id}`, who.audytor!)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/funerals/${f.id}`, who.asystent!)).statusCode).toBe(403);
    const twice = await arrange({ ...(await request()), personId: f.personId });
    expect(twice.statusCode).toBe(409);
    expect(fields(twice).map((x) => x.path)).toEqual(['personId']);
  });

  it('refuses a cost of 5 000,01 zł over the 5 000,00 zł limit without a reason, and takes it with one', async () => {
    const body = { ...(await request()), costGrosze: 500_001 };
    const before = await funerals();
    const bad = await arrange(body);
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual([
      {
        path: 'overLimitReason',
        message: 'Koszt przekracza limit z uchwały — podaj uzasadnienie przekroczenia.',
      },
    ]);
    expect(await funerals()).toBe(before);
    const atLimit = await arrange({ ...(await request()), costGrosze: 500_000 });
    expect(atLimit.statusCode).toBe(201);
    const ok = await arrange({ ...body, overLimitReason: 'Przewóz zwłok z Gdańska.' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ costGrosze: 500_001, overLimitReason: 'Przewóz zwłok z Gdańska.' });
  });

  it('refuses a date of death tomorrow, naming the field in the caller’s language', async () => {
    const body = { ...(await request()), dateOfDeath: addDays(today, 1) };
    const bad = await arrange(body, who.swiadczenia!, 'en');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toContainEqual({
      path: 'dateOfDeath',
      message: 'The date of death cannot be later than today.',
    });
    const unknownHome = await arrange({
      ...(await request()),
      funeralHomeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownHome.statusCode).toBe(400);
    expect(fields(unknownHome).map((x) => x.path)).toEqual(['funeralHomeId']);
  });
});

describe('the invoice and the recovery of the cost (art. 96 ust. 3 ups)', () => {
  it('takes the invoice of 5 120,50 zł with a reason, then 4 000,00 zł from ZUS and 1 120,50 zł from the estate', async () => {
    const f = (await arrange(await request())).json();
    const url = `/api/v1/funerals/${f.id}`;
    const invoice = { invoiceNumber: 'FV/77/2026', issuedOn: today, invoiceGrosze: 512_050 };
    const over = await call('POST', `${url}/invoice`, who.swiadczenia!, invoice);
    expect(over.statusCode).toBe(400);
    expect(fields(over).map((x) => x.path)).toEqual(['overLimitReason']);
    const billed = await call('POST', `${url}/invoice`, who.swiadczenia!, {
      ...invoice,
      overLimitReason: 'Trumna ponadwymiarowa.',
    });
    expect(billed.statusCode).toBe(200);
    expect(billed.json()).toMatchObject({
      costGrosze: 512_050,
      invoiceNumber: 'FV/77/2026',
      outstandingGrosze: 512_050,
    });
    const recover = (body: object, cookie = who.swiadczenia!) =>
      call('POST', `${url}/recoveries`, cookie, body);
    expect(
      (
        await recover(
          { source: 'zusAllowance', kind: 'claimed', amountGrosze: 512_050, on: today },
          who.pracownik!,
        )
      ).statusCode,
    ).toBe(403);
    await recover({ source: 'zusAllowance', kind: 'claimed', amountGrosze: 512_050, on: today });
    const zus = await recover({ source: 'zusAllowance', kind: 'received', amountGrosze: 400_000, on: today });
    expect(zus.statusCode).toBe(201);
    expect(zus.json()).toMatchObject({
      claimedGrosze: 512_050,
      receivedGrosze: 400_000,
      outstandingGrosze: 112_050,
    });
    const owed = await call('GET', '/api/v1/funerals?outstanding=true&limit=100', who.swiadczenia!);
    expect(owed.json().items.map((x: { id: string }) => x.id)).toContain(f.id);
    const tooMuch = await recover({ source: 'estate', kind: 'received', amountGrosze: 112_051, on: today });
    expect(tooMuch.statusCode).toBe(400);
    expect(fields(tooMuch)).toEqual([
      { path: 'amountGrosze', message: 'Odzyskana kwota przekroczyłaby koszt pogrzebu (5120,50 zł).' },
    ]);
    const estate = await recover({ source: 'estate', kind: 'received', amountGrosze: 112_050, on: today });
    expect(estate.json()).toMatchObject({ receivedGrosze: 512_050, outstandingGrosze: 0 });
    const after = await call('GET', '/api/v1/funerals?outstanding=true&limit=100', who.swiadczenia!);
    expect(after.json().items.map((x: { id: string }) => x.id)).not.toContain(f.id);

    const pdf = await call('GET', `${url}/pdf`, who.pracownik!);
    expectPdf(pdf, [
      'ZLECENIE SPRAWIENIA POGRZEBU',
      f.number,
      '5120,50 zł',
      'pozostaje do odzyskania: 0,00 zł',
    ]);
  });
});
