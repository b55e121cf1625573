import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { residentHttp } from '../../test/http.ts';
import { expectPdf, pdfText } from '../../test/pdf-text.ts';
import { agreementBody, signUpBody } from './routes.examples.ts';

// Volunteering: the public form, the coordinator's review, and the agreement as PDF.
let t: TestApp;
let coordinator: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.login('wolontariat');
});
afterAll(() => t?.close());

const { post } = residentHttp(() => t, 40);
const get = (url: string, cookie = coordinator) => t.app.inject({ method: 'GET', url, headers: { cookie } });
async function signUpAndFind(surname: string) {
  const r = await post('/api/v1/volunteers/sign-up', {
    ...signUpBody(),
    surname,
    email: 'w.pomocna@example.org',
  });
  expect(r.statusCode).toBe(201);
  expect(r.json()).toEqual({ received: true });
  const list = (await get('/api/v1/volunteers?status=new')).json();
  return list.items.find((v: { surname: string }) => v.surname === surname) as {
    id: string;
    version: number;
  };
}

describe('volunteering', () => {
  it('takes a sign-up without an account and asks for consent and a contact, in the resident’s language', async () => {
    const r = await post(
      '/api/v1/volunteers/sign-up',
      { ...signUpBody(), phone: null, consent: false },
      { lang: 'en' },
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual(
      expect.arrayContaining([
        {
          path: 'consent',
          message: 'Without consent to the processing of your data we cannot accept the sign-up.',
        },
        { path: 'phone', message: 'Give a phone number or an e-mail address so that we can contact you.' },
      ]),
    );
    expect((await get('/api/v1/volunteers', await t.login('pracownik'))).statusCode).toBe(403);
  });

  it('the coordinator accepts a volunteer and prints the agreement (art. 44) for signing', async () => {
    const v = await signUpAndFind('Źdźbło');
    expect(v).toMatchObject({
      adult: true,
      skills: ['shopping', 'companionship'],
      availability: { weekdays: [2, 4] },
    });
    const early = await post(`/api/v1/volunteers/${v.id}/agreements`, agreementBody, { cookie: coordinator });
    expect(early.json().error.code).toBe('volunteerNotAccepted');
    const accepted = await post(
      `/api/v1/volunteers/${v.id}/review`,
      { decision: 'accept', note: 'Rozmowa odbyta.', version: 1 },
      { cookie: coordinator },
    );
    expect(accepted.json()).toMatchObject({ status: 'accepted', reviewedByName: 'Weronika Pomocna' });
    const stale = await post(
      `/api/v1/volunteers/${v.id}/review`,
      { decision: 'reject', version: 1 },
      { cookie: coordinator },
    );
    expect(stale.statusCode).toBe(409);

    const today = todayInPoland();
    const a = await post(
      `/api/v1/volunteers/${v.id}/agreements`,
      { ...agreementBody, validTo: addDays(today, 20), travelCosts: true },
      { cookie: coordinator },
    );
    expect(a.statusCode).toBe(201);
    expect(a.json().number).toMatch(/^PW\/\d{4}\/\d{4}$/);
    const pdf = await get(`/api/v1/volunteer-agreements/${a.json().id}/pdf`);
    const text = expectPdf(pdf, [
      'POROZUMIENIE WOLONTARIACKIE',
      `nr ${a.json().number}`,
      'na podstawie art. 44 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie',
      'Wiktoria Źdźbło',
      'Pomoc osobom starszym w zakupach spożywczych i aptecznych',
      'ul. Lipowa 5/2',
      'Miejski Ośrodek Pomocy Społecznej w Pruszkowie (demo)',
    ]);
    // Up to 30 days the centre insures against accidents (art. 46 ust. 1 pkt 4) and pays travel costs.
    expect(text).toMatch(
      /nie dłuższy niż 30 dni: Korzystający ubezpiecza Wolontariusza od następstw nieszczęśliwych wypadków/,
    );
    expect(text).toContain('koszty podróży służbowych i diet');
    expect(text).toContain('z zachowaniem okresu wypowiedzenia wynoszącego 7 dni');
    expect(text).toMatch(/Pruszków, dnia \d{2}\.\d{2}\.\d{4} r\./);

    const long = await post(`/api/v1/volunteers/${v.id}/agreements`, agreementBody, { cookie: coordinator });
    const open = pdfText((await get(`/api/v1/volunteer-agreements/${long.json().id}/pdf`)).rawPayload);
    expect(open).toContain('na czas nieokreślony');
    expect(open).toContain('ubezpieczeniu społecznym z tytułu wypadków przy pracy');
    expect(open).toContain('zwalnia Korzystającego z obowiązku pokrycia kosztów podróży');

    const full = (await get(`/api/v1/volunteers/${v.id}`)).json();
    expect(full.agreements).toHaveLength(2);
    const erase = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/volunteers/${v.id}`,
      headers: { cookie: coordinator },
    });
    expect(erase.json().error.code).toBe('volunteerBound');
  });

  it('erases a sign-up on request, and lists sign-ups newest first in pages', async () => {
    const v = await signUpAndFind('Doskasowania');
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/volunteers/${v.id}`,
      headers: { cookie: coordinator },
    });
    expect(del.statusCode).toBe(200);
    expect((await get(`/api/v1/volunteers/${v.id}`)).statusCode).toBe(404);
    for (const s of ['Pierwsza', 'Druga', 'Trzecia']) await signUpAndFind(s);
    const page = (await get('/api/v1/volunteers?limit=2')).json();
    expect(page.items.map((x: { surname: string }) => x.surname)).toEqual(['Trzecia', 'Druga']);
    const next = (await get(`/api/v1/volunteers?limit=2&after=${page.nextCursor}`)).json();
    expect(next.items[0].surname).toBe('Pierwsza');
  });

  it('publishes the blank agreement for download', async () => {
    const docs = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/documents' })).json().items;
    const blank = docs.find(
      (d: { fileName: string }) => d.fileName === 'porozumienie-wolontariackie-wzor.pdf',
    );
    const text = pdfText((await t.app.inject({ method: 'GET', url: blank.href })).rawPayload);
    expect(text).toContain('POROZUMIENIE WOLONTARIACKIE');
    expect(text).toContain('Korzystającym');
  });
});
