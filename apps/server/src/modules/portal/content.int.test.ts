import { HELP_CATALOGUE } from '@ostoja/domain/portal/help-catalogue';
import { isOpenNow } from '@ostoja/domain/portal/offices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { b64, fakePdf, fakePng } from './test-files.ts';

// Public content on a real PostgreSQL with the demo centre's catalogue, news and pages.
let t: TestApp;
let editor: string; // kadra: centre staff, edits the portal
let worker: string; // pracownik: social worker, may not

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.login('kadra');
  worker = await t.login('pracownik');
});
afterAll(() => t?.close());

const get = (url: string, lang?: string, cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { ...(lang ? { 'accept-language': lang } : {}), ...(cookie ? { cookie } : {}) },
  });
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = editor) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { cookie } });

const pl = {
  title: 'Posiłek',
  summary: 'Obiad w stołówce.',
  description: 'Opis.',
  eligibility: 'Każdy w potrzebie.',
  whatToBring: '- dowód',
};

describe('public pages (no login)', () => {
  it('list the forms of help in the asked language, falling back to Polish per item', async () => {
    const uk = await get('/api/v1/portal/help-forms', 'uk');
    expect(uk.statusCode).toBe(200);
    const items = uk.json().items as {
      slug: string;
      title: string;
      lang: string;
      selfCheck: string | null;
    }[];
    expect(items.map((i) => i.slug)).toEqual(HELP_CATALOGUE.map((h) => h.slug));
    expect(items[0]).toMatchObject({
      lang: 'uk',
      title: 'Періодична допомога (zasiłek okresowy)',
      selfCheck: 'zasilekOkresowy',
    });

    const created = await send('POST', '/api/v1/portal-content/help-forms', {
      slug: 'posilek',
      category: 'inKind',
      texts: { pl },
      published: true,
    });
    expect(created.statusCode).toBe(201);
    const en = (await get('/api/v1/portal/help-forms', 'en')).json().items;
    expect(en.find((i: { slug: string }) => i.slug === 'posilek')).toMatchObject({
      title: 'Posiłek',
      lang: 'pl',
    });
  });

  it('show a form of help with what to bring and where, with each office’s hours and "open now"', async () => {
    const r = await get('/api/v1/portal/help-forms/zasilek-okresowy', 'en');
    expect(r.statusCode).toBe(200);
    const f = r.json();
    expect(f).toMatchObject({ lang: 'en', title: 'Periodic allowance (zasiłek okresowy)' });
    expect(f.whatToBring).toMatch(/identity card/);
    expect(f.offices.map((o: { name: string }) => o.name)).toEqual([
      'Siedziba MOPS — punkt obsługi',
      'Centrum Aktywności Lokalnej i Punkt Przeciwdziałania Przemocy',
    ]);
    expect(f.offices[0]).toMatchObject({
      street: 'ul. Helenowska',
      building: '3A',
      openNow: expect.any(Boolean),
    });
    expect((await get('/api/v1/portal/help-forms/nie-ma-takiej')).statusCode).toBe(404);
  });

  it('say how to apply: the online form where the centre takes one, otherwise where and when; and the self-check', async () => {
    const kdr = (await get('/api/v1/portal/help-forms/karta-duzej-rodziny', 'uk')).json();
    expect(kdr).toMatchObject({
      lang: 'uk',
      title: 'Карта великої родини',
      onlineForm: 'largeFamilyCard',
      selfCheck: 'familyBenefits',
    });
    expect(kdr.howToApply).toMatch(/онлайн/);
    const funeral = (await get('/api/v1/portal/help-forms/pogrzeb', 'en')).json();
    expect(funeral).toMatchObject({ title: 'Arranging a funeral', onlineForm: null, selfCheck: null });
    expect(funeral.howToApply).toMatch(/^Apply in person at the centre/);
    expect(funeral.whatToBring).toMatch(/death certificate/);
    const meals = (await get('/api/v1/portal/help-forms/posilek-w-szkole-i-w-domu')).json();
    expect(meals).toMatchObject({ lang: 'pl', onlineForm: 'meals' });
  });

  it('list offices with hours and "open now" computed for Warsaw and the field teams they serve', async () => {
    const before = new Date();
    const r = (await get('/api/v1/portal/offices')).json();
    expect(r.at.timeZone).toBe('Europe/Warsaw');
    expect(r.centre.name).toMatch(/Miejski Ośrodek Pomocy Społecznej/);
    const jasna = r.offices.find((o: { building: string }) => o.building === '3');
    expect(jasna.fieldTeams).toEqual(['Zespół Terenowy nr 2 — Żbików']);
    for (const o of r.offices) expect(o.openNow).toBe(isOpenNow(o.openingHours, before));
  });

  it('show published news newest first with a pinned announcement, and hide drafts and expired items', async () => {
    const list = (await get('/api/v1/portal/news?limit=2')).json();
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).toEqual(expect.any(String));
    const rest = (await get(`/api/v1/portal/news?limit=2&after=${list.nextCursor}`)).json();
    const all = [...list.items, ...rest.items];
    expect(all.map((n: { title: string }) => n.title)).toEqual([
      'Wniosek o pomoc złożysz także przez internet',
      'Szukamy wolontariuszy do pomocy seniorom',
      'Dyżury konsultantów w Punkcie Przeciwdziałania Przemocy',
    ]);
    expect((await get('/api/v1/portal/news?pinned=true')).json().items).toHaveLength(1);
    expect(all[0]).not.toHaveProperty('body');
    expect((await get('/api/v1/portal/news?after=bm90LWEtY3Vyc29y')).json().error.fields[0].path).toBe(
      'after',
    );

    const draft = (
      await send('POST', '/api/v1/portal-content/news', {
        kind: 'news',
        texts: { pl: { title: 'Szkic', summary: 's', body: 'b' } },
      })
    ).json();
    const expired = (
      await send('POST', '/api/v1/portal-content/news', {
        kind: 'announcement',
        texts: { pl: { title: 'Minione', summary: 's', body: 'b' } },
        publishedAt: '2026-01-02T08:00:00+01:00',
        validUntil: '2026-01-03',
      })
    ).json();
    const titles = (await get('/api/v1/portal/news?limit=50'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(titles).not.toContain('Szkic');
    expect(titles).not.toContain('Minione');
    expect((await get(`/api/v1/portal/news/${draft.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/portal/news/${expired.id}`)).statusCode).toBe(404);
    const one = await get(`/api/v1/portal/news/${all[2].id}`, 'uk');
    expect(one.json()).toMatchObject({ lang: 'uk', body: expect.stringContaining('500 135 649') });

    // Publishing the draft (with the version it was read at) makes it public; a stale version is refused.
    const publish = {
      kind: 'news',
      texts: draft.texts,
      publishedAt: new Date().toISOString(),
      version: draft.version,
    };
    expect((await send('PUT', `/api/v1/portal-content/news/${draft.id}`, publish)).statusCode).toBe(200);
    expect((await send('PUT', `/api/v1/portal-content/news/${draft.id}`, publish)).statusCode).toBe(409);
    expect((await get(`/api/v1/portal/news/${draft.id}`)).statusCode).toBe(200);
  });

  it('serve the accessibility statement with its facts, and the contact page', async () => {
    const a = (await get('/api/v1/portal/pages/accessibility', 'en')).json();
    expect(a).toMatchObject({
      title: 'Accessibility statement',
      lang: 'en',
      compliance: 'partial',
      sitePublishedOn: '2026-01-15',
      preparedOn: '2026-03-31',
    });
    expect(a.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get('/api/v1/portal/pages/contact')).json().body).toMatch(/Helenowska 3A/);
    expect((await get('/api/v1/portal/pages/regulamin')).statusCode).toBe(400);
  });

  it('carry no third-party address in any public answer', async () => {
    const urls = [
      '/api/v1/portal/offices',
      '/api/v1/portal/help-forms',
      '/api/v1/portal/news?limit=50',
      '/api/v1/portal/documents',
      '/api/v1/portal/pages/accessibility',
      '/api/v1/portal/pages/contact',
      '/api/v1/portal/help-forms/przemoc-domowa',
    ];
    for (const lang of ['pl', 'uk', 'en'])
      for (const url of urls) {
        const body = (await get(url, lang)).body;
        expect(body, url).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      }
  });
});

describe('staff editing', () => {
  it('is for portal editors only, and refuses links to other sites and half translations', async () => {
    expect((await get('/api/v1/portal-content/help-forms', undefined, worker)).statusCode).toBe(403);
    const link = await send('POST', '/api/v1/portal-content/help-forms', {
      slug: 'link',
      category: 'cash',
      texts: { pl: { ...pl, description: 'Zobacz <img src=https://tracker.example/x.png>' } },
    });
    expect(link.statusCode).toBe(400);
    expect(link.json().error.fields).toEqual([
      { path: 'texts.pl.description', message: expect.stringMatching(/nie umieszczamy linków/) },
    ]);
    const half = await send('POST', '/api/v1/portal-content/help-forms', {
      slug: 'pol',
      category: 'cash',
      texts: { pl, en: { ...pl, whatToBring: '' } },
    });
    expect(half.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['texts.en.whatToBring']);
    const dup = await send('POST', '/api/v1/portal-content/help-forms', {
      slug: 'zasilek-staly',
      category: 'cash',
      texts: { pl },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual([{ path: 'slug', message: 'Ten adres strony jest już zajęty.' }]);
    const office = await send('POST', '/api/v1/portal-content/help-forms', {
      slug: 'x',
      category: 'cash',
      texts: { pl },
      officeIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(office.json().error.fields[0].path).toBe('officeIds.0');
  });

  it('edits the accessibility statement only with its dates and compliance, on the current version', async () => {
    const current = (await get('/api/v1/portal-content/pages/accessibility', undefined, editor)).json();
    const missing = await send('PUT', '/api/v1/portal-content/pages/accessibility', {
      texts: current.texts,
      version: current.version,
    });
    expect(missing.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'sitePublishedOn',
      'preparedOn',
      'compliance',
    ]);
    const { texts, sitePublishedOn, preparedOn, version } = current;
    const ok = await send('PUT', '/api/v1/portal-content/pages/accessibility', {
      texts,
      sitePublishedOn,
      preparedOn,
      compliance: 'full',
      version,
    });
    expect(ok.statusCode).toBe(200);
    expect((await get('/api/v1/portal/pages/accessibility')).json().compliance).toBe('full');
  });

  it('uploads a PDF document in parts, checked by its bytes, and publishes it once complete', async () => {
    const pdf = fakePdf(1_200_000);
    const meta = {
      category: 'regulation',
      texts: { pl: { title: 'Regulamin', description: 'Regulamin ośrodka.' } },
    };
    const first = await send('POST', '/api/v1/portal-content/documents', {
      ...meta,
      fileName: 'C:\\tmp\\Regulamin ośrodka.PDF',
      size: pdf.length,
      data: b64(pdf.subarray(0, 524_288)),
    });
    expect(first.statusCode).toBe(201);
    const doc = first.json();
    expect(doc).toMatchObject({
      fileName: 'Regulamin ośrodka.pdf',
      mediaType: 'application/pdf',
      received: 524_288,
      complete: false,
    });
    const early = await send('PUT', `/api/v1/portal-content/documents/${doc.id}`, {
      ...meta,
      published: true,
      version: 1,
    });
    expect(early.json().error.fields).toEqual([
      { path: 'published', message: expect.stringMatching(/Najpierw prześlij cały plik/) },
    ]);
    const wrong = await send('POST', `/api/v1/portal-content/documents/${doc.id}/parts`, {
      offset: 0,
      data: b64(pdf.subarray(524_288, 1_048_576)),
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error).toMatchObject({ code: 'uploadOffset', received: 524_288 });
    await send('POST', `/api/v1/portal-content/documents/${doc.id}/parts`, {
      offset: 524_288,
      data: b64(pdf.subarray(524_288, 1_048_576)),
    });
    const last = await send('POST', `/api/v1/portal-content/documents/${doc.id}/parts`, {
      offset: 1_048_576,
      data: b64(pdf.subarray(1_048_576)),
    });
    expect(last.json()).toMatchObject({ received: pdf.length, complete: true });
    expect(
      (
        await send('PUT', `/api/v1/portal-content/documents/${doc.id}`, {
          ...meta,
          published: true,
          version: 1,
        })
      ).statusCode,
    ).toBe(200);

    const listed = (await get('/api/v1/portal/documents', 'uk')).json().items;
    const item = listed.find((d: { id: string }) => d.id === doc.id);
    expect(item).toMatchObject({
      title: 'Regulamin',
      lang: 'pl',
      size: pdf.length,
      href: `/api/v1/portal/documents/${doc.id}/file`,
    });
    const file = await get(item.href);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Regulamin%20o%C5%9Brodka.pdf");
    expect(Buffer.compare(file.rawPayload, pdf)).toBe(0);
    expect(
      listed.some((d: { fileName: string }) => d.fileName === 'porozumienie-wolontariackie-wzor.pdf'),
    ).toBe(true);
  });

  it('refuses a document that is not a PDF, whatever its name or declared type', async () => {
    const meta = { category: 'form', texts: { pl: { title: 'Wniosek', description: 'Wzór.' } } };
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);
    const r = await send('POST', '/api/v1/portal-content/documents', {
      ...meta,
      fileName: 'wniosek.pdf',
      mediaType: 'application/pdf',
      size: exe.length,
      data: b64(exe),
    });
    expect(r.json().error.fields).toEqual([
      { path: 'data', message: 'Można dołączyć tylko pliki PDF, JPG lub PNG.' },
    ]);
    const png = fakePng();
    const img = await send('POST', '/api/v1/portal-content/documents', {
      ...meta,
      fileName: 'wniosek.png',
      size: png.length,
      data: b64(png),
    });
    expect(img.statusCode).toBe(400);
    const big = await send('POST', '/api/v1/portal-content/documents', {
      ...meta,
      fileName: 'duzy.pdf',
      size: 11 * 1024 * 1024,
      data: b64(fakePdf(100)),
    });
    expect(big.json().error.fields).toEqual([
      { path: 'size', message: 'Plik jest za duży (najwyżej 10 MB).' },
    ]);
  });
});
