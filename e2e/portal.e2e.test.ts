// The resident's journey 1 (user-journeys.md): forms of help → "Czy mogę dostać?" → which office →
// apply online with an attachment sent in parts → status with the code; the social worker of that
// street sees the intake. Also: the quick exit, the three languages, no request to any other
// host, axe on every public page visited, and the JavaScript a first visit of /portal downloads.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, h, login, openFromMenu, page, useHarness } from './harness.ts';

/** Every URL the resident's pages requested (page.on('request')). */
const requested: string[] = [];
/** Public pages audited by axe. */
const audited = new Set<string>();

useHarness();
beforeAll(async () => {
  page.on('request', (r) => requested.push(r.url()));
});

async function expectAccessible(p: Page) {
  expect(await axeViolations(p), `axe on ${p.url()}`).toEqual([]);
  audited.add(new URL(p.url()).pathname);
}

const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
const portalNav = (p: Page) => p.getByRole('navigation', { name: 'Menu portalu' });

/** A small but real-looking PDF of `size` bytes: the signature first, "%%EOF" at the end. */
function fakePdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n% Ostoja e2e\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
}

const SURNAME = `Okresowa-${Math.random().toString(36).slice(2, 6)}`;
const filed = { reference: '', code: '' };

describe('resident journey 1: from the forms of help to the status of an online application', () => {
  it('reads about zasiłek okresowy in the catalogue', async () => {
    await page.goto(`${h.baseUrl}/portal`);
    await h1(page, 'Jak możemy pomóc?');
    await expect.poll(() => page.title()).toBe('Jak możemy pomóc? — Ostoja');
    await expectAccessible(page);

    await portalNav(page).getByRole('link', { name: 'Formy pomocy' }).click();
    await h1(page, 'Formy pomocy');
    await page
      .getByRole('link', { name: /Zasiłek okresowy/ })
      .first()
      .waitFor();
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /Zasiłek okresowy/ })
      .first()
      .click();
    await h1(page, 'Zasiłek okresowy');
    await page.getByRole('heading', { level: 2, name: 'Co przynieść' }).waitFor();
    await page.getByText('Siedziba MOPS — punkt obsługi').first().waitFor();
    await expectAccessible(page);
  });

  it('checks "Czy mogę dostać?" in three steps and reads the answer explained', async () => {
    await page.getByRole('link', { name: 'Czy mogę dostać?' }).last().click();
    await h1(page, 'Czy mogę dostać zasiłek?');
    // The allowance comes chosen from the page the resident came from.
    await expect.poll(() => page.getByRole('radio', { name: /Zasiłek okresowy/ }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: /Ile osób/ }).fill('0');
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByText('Wpisz liczbę osób od 1 do 15.').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /Ile osób/ }).fill('3');
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByText('Krok 2 z 2').waitFor();
    await page.getByRole('textbox', { name: 'Twój dochód netto (zł)' }).fill('1 500');
    await page.getByRole('textbox', { name: 'Dochód netto osoby 2 (zł)' }).fill('0');
    await page.getByRole('textbox', { name: 'Dochód netto osoby 3 (zł)' }).fill('zero');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByText('Wpisz kwotę w złotych, np. 1200 albo 1200,50.').first().waitFor();
    await page.getByRole('textbox', { name: 'Dochód netto osoby 3 (zł)' }).fill('0');
    await page.getByRole('button', { name: 'Sprawdź' }).click();

    // 3 × 823 zł − 1500 zł = 969 zł; at least half of it: 484,50 zł ("około 485 zł").
    await page.getByText(/Prawdopodobnie tak: co najmniej 484,50\s*zł miesięcznie/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Jak to obliczyliśmy' }).waitFor();
    await expect.poll(() => page.locator('ol.explanation').first().locator('li').count()).toBeGreaterThan(3);
    await page.getByText(/zaświadczenia lub oświadczenia o dochodach netto/).waitFor();
    await expectAccessible(page);
    // Nothing typed is stored: not in the address bar, not in the browser's storage.
    expect(page.url()).not.toContain('1500');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain('1500');
    expect(stored).not.toContain('1 500');
  });

  it('finds the field team, office and hours for the street', async () => {
    await page.getByRole('link', { name: 'Który ośrodek mnie obsługuje?' }).last().click();
    await h1(page, 'Który ośrodek mnie obsługuje?');
    await page.getByRole('textbox', { name: 'Ulica' }).fill('Nieistniejąca');
    await page.getByRole('textbox', { name: 'Numer domu' }).fill('5');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page
      .getByText(/Żaden zespół terenowy nie obsługuje tej ulicy/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Ulica' }).fill('Helenowska');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByText('Zespół Terenowy nr 1 — Centrum').waitFor();
    await page.getByRole('heading', { name: 'Siedziba MOPS — punkt obsługi' }).waitFor();
    await page.getByText(/^(Otwarte teraz|Teraz zamknięte)$/).waitFor();
    await page.getByText('poniedziałek').first().waitFor();
    await expectAccessible(page);
  });

  it('applies online: mistakes beside their fields, then a reference number and a code; the PDF goes in parts', async () => {
    await page.getByRole('link', { name: 'Złóż wniosek online' }).click();
    await h1(page, 'Wniosek o pomoc online');
    await page.getByRole('button', { name: 'Wyślij wniosek' }).click();
    await page.getByRole('alert').filter({ hasText: 'Popraw zaznaczone pola.' }).waitFor();
    await expect.poll(() => page.getAttribute('#f-applicant-firstName', 'aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.fill('#f-applicant-firstName', 'Magdalena');
    await page.fill('#f-applicant-surname', SURNAME);
    await page.fill('#f-address-street', 'Helenowska');
    await page.fill('#f-address-building', '12');
    await page.fill('#f-address-apartment', '4');
    await page.fill('#f-address-postalCode', '05-800');
    await page.fill('#f-address-city', 'Pruszków');
    await page.fill('#f-phone', '500 600 700');
    for (const [i, name] of ['Ola', 'Jaś'].entries()) {
      await page.getByRole('button', { name: 'Dodaj osobę' }).click();
      await page.selectOption(`#f-household-${i}-relation`, 'child');
      await page.fill(`#f-household-${i}-firstName`, name);
      await page.fill(`#f-household-${i}-surname`, SURNAME);
      await page.fill(`#f-household-${i}-birthDate`, `201${i + 4}-03-0${i + 1}`);
    }
    await page.getByRole('checkbox', { name: 'zasiłek okresowy', exact: true }).check();
    await page.getByRole('checkbox', { name: 'bezrobocie' }).check();
    await page.fill(
      '#f-description',
      'Straciłam pracę w zeszłym miesiącu, mam dwoje dzieci i nie starcza na czynsz.',
    );
    // 700 kB: more than one 512 KiB part, so the upload goes in two requests.
    await page.setInputFiles('#f-files', {
      name: 'zaświadczenie o dochodach.pdf',
      mimeType: 'application/pdf',
      buffer: fakePdf(700_000),
    });
    await page.getByText('zaświadczenie o dochodach.pdf').first().waitFor();
    await page.getByRole('checkbox', { name: 'Oświadczam, że dane we wniosku są prawdziwe.' }).check();
    await page.getByRole('button', { name: 'Wyślij wniosek' }).click();

    await h1(page, 'Wniosek wysłany');
    filed.reference = (await page.getByTestId('intake-reference').textContent()) ?? '';
    filed.code = (await page.getByTestId('intake-code').textContent()) ?? '';
    expect(filed.reference).toMatch(/^E\/\d{4}\/\d{5}$/);
    expect(filed.code.length).toBeGreaterThan(8);
    await page.getByText('Wniosek przyjmie: Zespół Terenowy nr 1 — Centrum.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^wysłano$/ })
      .waitFor();
    const parts = requested.filter((u) =>
      /\/api\/v1\/portal\/intakes\/attachments\/[0-9a-f-]+\/parts$/.test(u),
    );
    expect(parts.length).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
  });

  it('checks the status with the reference and the code', async () => {
    await page.getByRole('link', { name: 'Sprawdź status wniosku' }).first().click();
    await h1(page, 'Sprawdź status wniosku');
    await page.getByRole('textbox', { name: 'Numer wniosku' }).fill(filed.reference);
    await page.getByRole('textbox', { name: 'Kod' }).fill('ZLY-KOD-1234');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page
      .getByText(/Nie znaleziono wniosku o tym numerze i kodzie/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Kod' }).fill(filed.code.toLowerCase());
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`Wniosek ${filed.reference}`) }).waitFor();
    await page.getByText(/zaświadczenie o dochodach\.pdf/).waitFor();
    await expectAccessible(page);
  });

  it('the social worker of that street sees the intake and takes it; the resident sees it in review', async () => {
    const staff = await h.newPage();
    await login(staff, h.baseUrl, 'pracownik');
    await openFromMenu(staff, 'Wnioski online');
    await staff.getByRole('link', { name: filed.reference }).click();
    await h1(staff, `Wniosek ${filed.reference}`);
    await staff.getByText(`Magdalena ${SURNAME}`).first().waitFor();
    await staff.getByRole('link', { name: 'zaświadczenie o dochodach.pdf' }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Biorę wniosek' }).click();
    await staff
      .getByText(/Paulina Środowiskowa/)
      .first()
      .waitFor();
    await staff.context().clearCookies();
    await staff.close();

    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`Wniosek ${filed.reference}`) }).waitFor();
    await page.getByText('Pracownik socjalny zajmuje się wnioskiem. Skontaktuje się z Tobą.').waitFor();
  });
});

describe('the portal in three languages', () => {
  it('switches to Ukrainian and English on every page, remembered after a reload', async () => {
    await page.goto(`${h.baseUrl}/portal/help`);
    await h1(page, 'Formy pomocy');
    await page.getByRole('button', { name: 'Українська' }).click();
    await h1(page, 'Види допомоги');
    await page.getByText('Періодична допомога (zasiłek okresowy)').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Forms of help');
    await page.reload();
    await h1(page, 'Forms of help');
    await expectAccessible(page);
    await page.goto(`${h.baseUrl}/portal/offices`);
    await h1(page, 'Offices and opening hours');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Polski' }).click();
    await h1(page, 'Placówki i godziny otwarcia');
  });

  // One test per language: 16 pages with axe each take about half the time limit on a busy machine.
  it.each([
    ['Українська', 'uk'],
    ['English', 'en'],
  ] as const)('every public page passes axe in %s too', async (language, lang) => {
    const paths = [
      '/portal',
      '/portal/help',
      '/portal/help/zasilek-staly',
      '/portal/self-check',
      '/portal/which-office',
      '/portal/offices',
      '/portal/counselling',
      '/portal/counselling/book',
      '/portal/counselling/booking',
      '/portal/apply',
      '/portal/apply/status',
      '/portal/news',
      '/portal/documents',
      '/portal/accessibility',
      '/portal/contact',
      '/portal/volunteer',
    ];
    await page.goto(`${h.baseUrl}/portal`);
    await page.getByRole('button', { name: language }).click();
    for (const path of paths) {
      await page.goto(`${h.baseUrl}${path}`);
      await page.locator(`html[lang="${lang}"] h1`).first().waitFor();
      await page.locator('main .loading').waitFor({ state: 'detached' });
      await expectAccessible(page);
    }
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.locator('html[lang="pl"]').waitFor();
  });

  it('news, documents, the accessibility statement, contact, volunteering pass axe', async () => {
    for (const [path, title] of [
      ['/portal/news', 'Aktualności i ogłoszenia'],
      ['/portal/documents', 'Dokumenty do pobrania'],
      ['/portal/accessibility', 'Deklaracja dostępności'],
      ['/portal/contact', 'Kontakt'],
      ['/portal/volunteer', 'Zostań wolontariuszem'],
      ['/portal/no-such-page', 'Nie znaleziono strony'],
    ] as const) {
      await page.goto(`${h.baseUrl}${path}`);
      await h1(page, title);
      await expectAccessible(page);
    }
    await page.goto(`${h.baseUrl}/portal/accessibility`);
    await expect.poll(() => page.locator('#a11y-status').textContent()).toContain('zgodna');
    await expect.poll(() => page.locator('#a11y-data-publikacja').textContent()).toMatch(/2026/);
  });
});

describe('quick exit', () => {
  it('is the first thing Tab reaches, and leaves at once with the page replaced in history', async () => {
    const p = await h.newPage();
    await p
      .context()
      .route('https://www.google.pl/**', (r) =>
        r.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }),
      );
    await p.goto(`${h.baseUrl}/portal/help/przemoc-domowa`);
    await h1(p, /przemocy/);
    const before = await p.evaluate(() => history.length);
    await p.keyboard.press('Tab');
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toBe('Wyjdź szybko');
    await p.keyboard.press('Enter');
    await p.waitForURL('https://www.google.pl/');
    // location.replace: no new history entry, so "Back" does not return to the page left.
    await expect.poll(() => p.evaluate(() => history.length)).toBe(before);
    await p.close();
  });

  it('Escape pressed twice leaves too', async () => {
    const p = await h.newPage();
    await p.goto(`${h.baseUrl}/portal/counselling`);
    await h1(p, 'Poradnictwo specjalistyczne');
    await p.keyboard.press('Escape');
    await p.keyboard.press('Escape');
    await p.waitForURL('https://www.google.pl/');
    await p.close();
  });
});

describe('first load of /portal', () => {
  it('downloads less than 150 kB of JavaScript (gzip)', async () => {
    const p = await h.newPage();
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts: Promise<number>[] = [];
    p.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r.body().then((b) => gzipSync(b).length));
    });
    await p.goto(`${h.baseUrl}/portal`);
    await h1(p, 'Jak możemy pomóc?');
    await p.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`first load of /portal: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} kB gzip`);
    expect(total).toBeLessThan(150 * 1024);
    await p.close();
  });
});

describe('volunteering', () => {
  it('a resident signs up; the coordinator accepts and concludes the agreement as PDF', async () => {
    await page.goto(`${h.baseUrl}/portal/volunteer`);
    await h1(page, 'Zostań wolontariuszem');
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectAccessible(page);
    await page.fill('#f-firstName', 'Wiktoria');
    await page.fill('#f-surname', SURNAME);
    await page.fill('#f-email', 'wiktoria@example.org');
    await page.getByRole('checkbox', { name: 'Mam ukończone 18 lat' }).check();
    await page
      .getByRole('group', { name: /Dni tygodnia/ })
      .getByRole('checkbox', { name: 'wtorek' })
      .check();
    await page
      .getByRole('group', { name: /Pora dnia/ })
      .getByRole('checkbox')
      .first()
      .check();
    await page
      .getByRole('group', { name: /W czym możesz pomóc/ })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByRole('checkbox', { name: /Zgadzam się na przetwarzanie/ }).check();
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await page.getByText('Dziękujemy za zgłoszenie!').waitFor();
    await expectAccessible(page);

    const staff = await h.newPage();
    await login(staff, h.baseUrl, 'wolontariat');
    await staff.goto(`${h.baseUrl}/volunteers`);
    await h1(staff, 'Wolontariusze');
    await staff.getByRole('link', { name: `${SURNAME} Wiktoria` }).click();
    await h1(staff, `Wiktoria ${SURNAME}`);
    // What she offered, as the coordinator reads it before calling her.
    expect(await staff.locator('dt:has-text("Kontakt") + dd').textContent()).toBe('wiktoria@example.org');
    expect(await staff.locator('dt:has-text("Pełnoletni") + dd').textContent()).toBe('tak');
    expect(await staff.locator('dt:has-text("Kiedy możesz pomagać") + dd').textContent()).toMatch(
      /^wtorek; /,
    );
    await staff.getByRole('radio', { name: 'Przyjmij' }).check();
    await staff.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await staff.getByRole('heading', { name: 'Nowe porozumienie' }).waitFor();
    await staff.fill('#f-scope', 'Pomoc osobom starszym w zakupach.');
    await staff.fill('#f-place', 'Pruszków');
    await staff.fill('#f-hours', 'wtorki rano');
    await staff.fill('#f-address', 'ul. Lipowa 3, 05-800 Pruszków');
    await staff.getByRole('button', { name: 'Zawrzyj porozumienie' }).click();
    const pdf = staff.getByRole('link', { name: /Porozumienie PW\/\d{4}\/\d{4} \(PDF\)/ });
    await pdf.waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    const href = (await pdf.getAttribute('href')) ?? '';
    const res = await staff.request.get(`${h.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await staff.context().clearCookies();
    await staff.close();
  });
});

describe('portal content edited by staff', () => {
  it('a news item in Polish and English, and a PDF sent in parts, appear on the portal', async () => {
    const staff = await h.newPage();
    await login(staff, h.baseUrl, 'kadra');
    await openFromMenu(staff, 'Treści portalu');
    expect(await axeViolations(staff)).toEqual([]);

    await staff.getByRole('link', { name: 'Dodaj wiadomość' }).click();
    await h1(staff, 'Dodaj wiadomość');
    await staff.getByRole('button', { name: 'Zapisz' }).click();
    await staff.locator('#f-texts-pl-title[aria-invalid="true"]').waitFor();
    await staff.fill('#f-texts-pl-title', `Dzień otwarty ${SURNAME}`);
    await staff.fill('#f-texts-pl-summary', 'Zapraszamy w sobotę.');
    await staff.fill('#f-texts-pl-body', 'Zapraszamy w sobotę od 10:00.');
    await staff.fill('#f-texts-en-title', `Open day ${SURNAME}`);
    await staff.getByRole('button', { name: 'Zapisz' }).click();
    // An English title alone is half a translation: each field the Polish text fills is needed.
    await staff.locator('#f-texts-en-summary[aria-invalid="true"]').waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.fill('#f-texts-en-summary', 'Come on Saturday.');
    await staff.fill('#f-texts-en-body', 'Come on Saturday from 10:00.');
    await staff.getByRole('checkbox', { name: 'Opublikuj' }).check();
    await staff.getByRole('button', { name: 'Zapisz' }).click();
    await staff.getByText(`Zapisano: Dzień otwarty ${SURNAME}.`).waitFor();

    await staff.getByRole('link', { name: 'Dokumenty do pobrania' }).click();
    await h1(staff, 'Dokumenty do pobrania');
    await staff.fill('#f-texts-pl-title', `Regulamin ${SURNAME}`);
    await staff.fill('#f-texts-pl-description', 'Regulamin korzystania z usług.');
    await staff.setInputFiles('#f-file', {
      name: 'regulamin.pdf',
      mimeType: 'application/pdf',
      buffer: fakePdf(600_000),
    });
    await staff.getByRole('button', { name: 'Wyślij dokument' }).click();
    await staff.getByText(`Wysłano dokument: Regulamin ${SURNAME}.`).waitFor();
    await staff.getByRole('row', { name: new RegExp(`Regulamin ${SURNAME}.*opublikowane`) }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.context().clearCookies();
    await staff.close();

    await page.goto(`${h.baseUrl}/portal/news`);
    await page.getByRole('link', { name: `Dzień otwarty ${SURNAME}` }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: `Open day ${SURNAME}` }).click();
    await h1(page, `Open day ${SURNAME}`);
    await page.getByText('Come on Saturday from 10:00.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.goto(`${h.baseUrl}/portal/documents`);
    const link = page.getByRole('link', { name: new RegExp(`Regulamin ${SURNAME}`) });
    const res = await page.request.get(`${h.baseUrl}${await link.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect((await res.body()).length).toBe(600_000);
  });
});

describe('privacy of public pages', () => {
  it('makes no request to any host but its own', () => {
    const origin = new URL(h.baseUrl).origin;
    const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(requested.length).toBeGreaterThan(50);
    expect(foreign).toEqual([]);
    expect(audited.size).toBeGreaterThanOrEqual(12);
  });
});
