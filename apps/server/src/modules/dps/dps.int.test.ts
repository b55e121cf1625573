import { addDays } from '@ostoja/domain/calendar/working-days';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import * as service from './service.ts';
import { dpsFile, fileRequest, homeInput, PDF, referredFile, today } from './test-dps.ts';

// DPS referrals on PostgreSQL: the payer order of the fee decision to the grosz (art. 61 ups, the
// 2025 criteria: 300 % is 3 030,00 zł single and 2 469,00 zł a person), bad input named by field,
// the waiting list, the gmina's monthly cost, and who may see it.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik', 'dyrektor', 'asystent', 'opiekunka', 'admin'],
  staff: 'swiadczenia',
});
const { who, call } = s;
let n = 0;
const fx = () => ({ ...s.fx(), seq: () => ++n });
const BASE = '/api/v1/dps/referrals';
const fee = (id: string, body: object) =>
  call('POST', `${BASE}/${id}/fee-decision`, who.swiadczenia!, { decidedOn: today, ...body });
/** A relative who agreed today to pay `agreedGrosze` a month, with the income and family size given. */
const relative = (
  name: string,
  relation: 'descendant' | 'spouse',
  incomeGrosze: number,
  size: number,
  agreedGrosze: number,
  more: object = {},
) => ({ name, relation, incomeGrosze, size, agreedGrosze, agreementOn: today, ...more });
const fields = (res: { json(): { error: { fields: { path: string; message: string }[] } } }) =>
  res.json().error.fields;
const shares = (d: { fee: { payments: { payer: string; name: string | null; amount: number }[] } }) =>
  d.fee.payments.map((p) => `${p.payer}${p.name ? ` ${p.name}` : ''} ${p.amount}`);

describe('the decision setting the fee (art. 61 ups): the payer order', () => {
  it('resident alone with 1 800,00 zł: pays 70 % = 1 260,00 zł, the gmina 4 740,00 zł of 6 000,00 zł', async () => {
    const f = await referredFile(fx());
    const res = await fee(f.id, { residentIncomeGrosze: 180_000 });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(shares(d)).toEqual(['resident 126000', 'gmina 474000']);
    expect(d.fee).toMatchObject({
      monthlyCostGrosze: 600_000,
      residentGrosze: 126_000,
      gminaGrosze: 474_000,
    });
    expect(d.fee.number).not.toBe(d.referralNumber);
    expect(d.fee.steps.map((x: { key: string }) => x.key)).toEqual([
      'dps.step.cost',
      'dps.step.resident',
      'dps.step.gmina',
    ]);
  });

  it('resident + a son in a family of 3 with 9 000,00 zł: the son pays 1 593,00 zł above 3 × 2 469,00 zł, the gmina 3 147,00 zł', async () => {
    const f = await referredFile(fx());
    const son = relative('Jan Syn', 'descendant', 900_000, 3, 159_300);
    const d = (await fee(f.id, { residentIncomeGrosze: 180_000, relatives: [son] })).json();
    expect(shares(d)).toEqual(['resident 126000', 'relative Jan Syn 159300', 'gmina 314700']);
    expect(d.fee).toMatchObject({ relativesGrosze: 159_300, gminaGrosze: 314_700 });
  });

  it('the spouse before the daughter; an art. 64a exemption of the daughter moves her share to the gmina', async () => {
    const f = await referredFile(fx());
    const d = (
      await fee(f.id, {
        residentIncomeGrosze: 200_000,
        relatives: [
          relative('Ewa Córka', 'descendant', 800_000, 1, 100_000, {
            exemption: { article: 'art64a', pct: 100 },
          }),
          relative('Adam Mąż', 'spouse', 400_000, 1, 97_000),
        ],
      })
    ).json();
    // 6 000 − 1 400 (70 % of 2 000) − 970 (4 000 − 3 030) − 0 (exempted) = 3 630,00 zł for the gmina.
    expect(shares(d)).toEqual([
      'resident 140000',
      'relative Adam Mąż 97000',
      'relative Ewa Córka 0',
      'gmina 363000',
    ]);
  });

  it('a resident whose 70 % covers the cost pays the cost; the gmina nothing', async () => {
    const f = await referredFile(fx());
    const d = (await fee(f.id, { residentIncomeGrosze: 1_000_000 })).json();
    expect(shares(d)).toEqual(['resident 600000', 'gmina 0']);
  });
});

describe('bad input is a 400 naming the field, and nothing is written', () => {
  it('refuses a resident’s share above 70 %', async () => {
    const f = await referredFile(fx());
    const res = await fee(f.id, { residentIncomeGrosze: 180_000, residentPct: 71 });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([
      { path: 'residentPct', message: 'Mieszkaniec wnosi najwyżej 70% swojego dochodu.' },
    ]);
    expect((await service.getReferral(s.fx().staff(), f.id)).fee).toBeNull();
  });

  it('refuses an agreement with a single relative at exactly 300 % (3 030,00 zł), and one that leaves less', async () => {
    const f = await referredFile(fx());
    const at = relative('Ola', 'descendant', 303_000, 1, 1_000);
    const res = await call(
      'POST',
      `${BASE}/${f.id}/fee-decision`,
      who.swiadczenia!,
      { decidedOn: today, residentIncomeGrosze: 180_000, relatives: [at] },
      'en',
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([
      {
        path: 'relatives.0.agreedGrosze',
        message: 'This person’s income does not exceed 300% of the criterion: they cannot agree to pay.',
      },
    ]);
    const over = await fee(f.id, {
      residentIncomeGrosze: 180_000,
      relatives: [{ ...at, incomeGrosze: 353_000, agreedGrosze: 50_001 }],
    });
    expect(fields(over).map((x) => x.path)).toEqual(['relatives.0.agreedGrosze']);
    const ok = await fee(f.id, {
      residentIncomeGrosze: 180_000,
      relatives: [{ ...at, incomeGrosze: 353_000, agreedGrosze: 50_000 }],
    });
    expect(shares(ok.json())).toEqual(['resident 126000', 'relative Ola 50000', 'gmina 424000']);
  });

  it('refuses an admission dated before the decision referring', async () => {
    const f = await referredFile(fx());
    const res = await call('POST', `${BASE}/${f.id}/admission`, who.swiadczenia!, {
      admittedOn: addDays(f.referredOn!, -1),
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res).map((x) => x.path)).toEqual(['admittedOn']);
    const same = await call('POST', `${BASE}/${f.id}/admission`, who.swiadczenia!, {
      admittedOn: f.referredOn,
    });
    expect(same.json()).toMatchObject({ status: 'resident', admittedOn: f.referredOn, waitingPlace: null });
  });

  it('refers only a file with the consent and the medical certificate, and takes only a real PDF or image', async () => {
    const f = await dpsFile(fx(), false);
    const early = await call('POST', `${BASE}/${f.id}/referral-decision`, who.swiadczenia!, {
      decidedOn: today,
    });
    expect(fields(early).map((x) => x.path)).toEqual(['documents']);
    const exe = await call('POST', `${BASE}/${f.id}/documents`, who.swiadczenia!, {
      kind: 'medical',
      fileName: 'zaswiadczenie.pdf',
      dataBase64: Buffer.from('MZ\u0090\u0000 not a pdf').toString('base64'),
    });
    expect(fields(exe).map((x) => x.path)).toEqual(['dataBase64']);
    for (const kind of ['consent', 'medical'])
      await call('POST', `${BASE}/${f.id}/documents`, who.swiadczenia!, {
        kind,
        fileName: `${kind}.pdf`,
        dataBase64: PDF,
      });
    const file = (await call('GET', `${BASE}/${f.id}`, who.swiadczenia!)).json();
    expect(file.documents.map((d: { kind: string; fileName: string }) => `${d.kind} ${d.fileName}`)).toEqual([
      'consent consent.pdf',
      'medical medical.pdf',
    ]);
    const pdf = await call('GET', `${BASE}/${f.id}/documents/${file.documents[1].id}`, who.swiadczenia!);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.toString('base64')).toBe(PDF);
    const referred = await call('POST', `${BASE}/${f.id}/referral-decision`, who.swiadczenia!, {
      decidedOn: today,
    });
    expect(referred.json()).toMatchObject({ status: 'waiting', referredOn: today });
  });

  it('refuses a second open file of the same person (409 naming the person)', async () => {
    const request = await fileRequest(fx());
    expect((await call('POST', BASE, who.swiadczenia!, request)).statusCode).toBe(201);
    const again = await call('POST', BASE, who.swiadczenia!, request);
    expect(again.statusCode).toBe(409);
    expect(fields(again).map((x) => x.path)).toEqual(['personId']);
  });
});

describe('the waiting list and the gmina’s monthly cost', () => {
  it('orders the waiting by the date of the decision referring and numbers their places', async () => {
    const later = await referredFile(fx()); // referred 5 days ago
    const earlier = await dpsFile(fx());
    await service.refer(s.fx().staff(), earlier.id, addDays(today, -8));
    const list = (await call('GET', '/api/v1/dps/waiting-list?limit=200', who.dyrektor!)).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
    expect(list.items.map((i: { place: number }) => i.place)).toEqual(
      list.items.map((_: unknown, i: number) => i + 1),
    );
    const place = list.items.find((i: { id: string }) => i.id === later.id).place;
    expect((await call('GET', `${BASE}/${later.id}`, who.swiadczenia!)).json().waitingPlace).toBe(place);
    await service.admit(s.fx().staff(), earlier.id, today);
    const after = (await call('GET', `${BASE}/${later.id}`, who.swiadczenia!)).json();
    expect(after.waitingPlace).toBe(place - 1);
  });

  it('counts a full month for a resident admitted before it and the days of the stay in the month of admission', async () => {
    const month = today.slice(0, 7);
    const before = (await call('GET', `/api/v1/dps/monthly-cost?month=${month}`, who.swiadczenia!)).json();
    const f = await referredFile(fx());
    await fee(f.id, { residentIncomeGrosze: 180_000 }); // the gmina pays 4 740,00 zł a month
    await service.admit(s.fx().staff(), f.id, f.referredOn!);
    const next = `${Number(month.slice(0, 4)) + (month.endsWith('12') ? 1 : 0)}-${month.endsWith('12') ? '01' : String(Number(month.slice(5)) + 1).padStart(2, '0')}`;
    const full = (await call('GET', `/api/v1/dps/monthly-cost?month=${next}`, who.swiadczenia!)).json();
    expect(full.items.find((i: { referralId: string }) => i.referralId === f.id)).toMatchObject({
      gminaGrosze: 474_000,
    });
    const now = (await call('GET', `/api/v1/dps/monthly-cost?month=${month}`, who.swiadczenia!)).json();
    const row = now.items.find((i: { referralId: string }) => i.referralId === f.id);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const stayed = days - Number(f.referredOn!.slice(8)) + 1;
    expect(row.gminaGrosze).toBe(
      f.referredOn!.startsWith(month) ? Math.round((474_000 * stayed) / days) : 474_000,
    );
    expect(now.totalGrosze - before.totalGrosze).toBe(row.gminaGrosze);
    const bad = await call('GET', '/api/v1/dps/monthly-cost?month=2026-13', who.swiadczenia!);
    expect(fields(bad).map((x) => x.path)).toEqual(['month']);
  });
});

describe('who may see it', () => {
  it('lets the director read the files and the cost, not refer; the assistant and a carer see nothing', async () => {
    const f = await dpsFile(fx());
    expect((await call('GET', `${BASE}/${f.id}`, who.dyrektor!)).statusCode).toBe(200);
    expect(
      (await call('POST', `${BASE}/${f.id}/referral-decision`, who.dyrektor!, { decidedOn: today }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `${BASE}/${f.id}/referral-decision`, who.pracownik!, { decidedOn: today }))
        .statusCode,
    ).toBe(200);
    for (const login of ['asystent', 'opiekunka']) {
      expect((await call('GET', `${BASE}/${f.id}`, who[login]!)).statusCode).toBe(403);
      expect(
        (await call('GET', `/api/v1/dps/monthly-cost?month=${today.slice(0, 7)}`, who[login]!)).statusCode,
      ).toBe(403);
      expect((await call('GET', '/api/v1/dps/waiting-list', who[login]!)).statusCode).toBe(403);
    }
  });

  it('logs the read of a file as health data of the person', async () => {
    const f = await dpsFile(fx());
    await call('GET', `${BASE}/${f.id}`, who.dyrektor!);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'dpsReferral' AND entity_id = $1 AND action = 'read'`,
      [f.id],
    );
    expect(logged.rowCount).toBe(1);
  });
});

describe('the register of homes and the decision letters', () => {
  it('the administrator adds a home with its places and a new year’s cost, never overwriting one', async () => {
    const body = { ...homeInput(`register-${++n}`), places: 96 };
    const res = await call('POST', '/api/v1/dps/homes', who.admin!, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ places: 96, costs: [{ monthlyCostGrosze: 600_000 }] });
    const id = res.json().id;
    const next = {
      validFrom: today,
      monthlyCostGrosze: 651_275,
      publishedOn: today,
      source: 'Zarządzenie (test)',
    };
    const added = await call('POST', `/api/v1/dps/homes/${id}/costs`, who.admin!, next);
    expect(added.statusCode).toBe(201);
    expect(added.json().costs.map((c: { monthlyCostGrosze: number }) => c.monthlyCostGrosze)).toEqual([
      651_275, 600_000,
    ]);
    const again = await call('POST', `/api/v1/dps/homes/${id}/costs`, who.admin!, {
      ...next,
      monthlyCostGrosze: 1,
    });
    expect(again.statusCode).toBe(400);
    expect(fields(again).map((x) => x.path)).toEqual(['validFrom']);
    const zero = await call('POST', '/api/v1/dps/homes', who.admin!, {
      ...homeInput(`zero-${++n}`),
      places: 0,
    });
    expect(fields(zero).map((x) => x.path)).toEqual(['places']);
    expect((await call('POST', '/api/v1/dps/homes', who.pracownik!, homeInput(`no-${++n}`))).statusCode).toBe(
      403,
    );
    const list = await call('GET', '/api/v1/dps/homes?limit=200', who.pracownik!);
    expect(list.json().items.find((h: { id: string }) => h.id === id)).toMatchObject({ places: 96 });
  });

  it('prints the decision referring and the one setting the fee: 1 260,00 zł of 1 800,00 zł, the gmina 4 740,00 zł', async () => {
    const f = await referredFile(fx());
    const pdf = (which: string) => call('GET', `${BASE}/${f.id}/${which}-decision/pdf`, who.dyrektor!);
    expect((await pdf('fee')).statusCode).toBe(404);
    expect((await fee(f.id, { residentIncomeGrosze: 180_000 })).statusCode).toBe(200);
    const referral = await pdf('referral');
    expect(referral.statusCode).toBe(200);
    expect(referral.headers['content-type']).toBe('application/pdf');
    const r = pdfText(referral.rawPayload).replace(/\s+/g, ' ');
    expect(r).toContain(`Znak: ${f.referralNumber}`);
    expect(r).toMatch(/skierować .* do domu pomocy społecznej: Dom Pomocy Społecznej/);
    // The thousands' separator as the PDF's text layer gives it, or none.
    const d = pdfText((await pdf('fee')).rawPayload)
      .replace(/\s+/g, ' ')
      .replace(/(\d) (\d{3},)/g, '$1$2');
    expect(d).toMatch(/odpłatność za pobyt .* w wysokości 1260,00 zł miesięcznie \(70% dochodu 1800,00 zł\)/);
    expect(d).toContain('Gmina wnosi 4740,00 zł miesięcznie.');
    expect((await call('GET', `${BASE}/${f.id}/fee-decision/pdf`, who.asystent!)).statusCode).toBe(403);
  });
});
