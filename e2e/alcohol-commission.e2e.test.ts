// The commission's secretary registers a police report, invites the person, refers him to the two
// court experts and petitions the district court, downloading each letter as PDF; an opinion dated
// before the referral is refused on its field. The deadlines stand on her home page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

const downloads = mkdtempSync(join(tmpdir(), 'ostoja-commission-'));
const today = todayInPoland();
const PESEL = makePesel('1975-06-02', 'M', 333);

useHarness();
afterAll(async () => {
  rmSync(downloads, { recursive: true, force: true });
});

/** Downloads the letter behind a link and returns its text. */
async function letterText(name: RegExp, file: string) {
  const link = page.getByRole('link', { name }).last();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = join(downloads, file);
  await download.saveAs(path);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function step(type: string, fill: () => Promise<void>) {
  await page.locator('#f-type').selectOption(type);
  await fill();
  await page.getByRole('button', { name: 'Zapisz krok' }).click();
}

describe('the commission’s secretary', () => {
  it('sees the proceedings’ deadlines on her home page', async () => {
    await login(page, h.baseUrl, 'komisja');
    await page.getByRole('heading', { name: 'Komisja: najbliższe terminy' }).waitFor();
    await page
      .getByRole('cell', { name: /^MKRPA\// })
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('registers a report from the police', async () => {
    await page.goto(`${h.baseUrl}/alcohol-commission/proceedings/new`);
    await page.getByRole('heading', { level: 1, name: 'Nowe zgłoszenie' }).waitFor();
    await expectAccessible(page);
    await page.locator('#f-reportedOn').fill(addDays(today, -14));
    await page.getByLabel('Zgłaszający').selectOption('police');
    await page.getByLabel('Imię i nazwisko lub nazwa zgłaszającego').fill('asp. Jan Dzielnicowy');
    await page.getByLabel('Instytucja').fill('KPP w Pruszkowie');
    await page.locator('#f-person-firstName').fill('Kazimierz');
    await page.locator('#f-person-surname').fill('Przepity');
    await page.getByLabel('PESEL').fill('');
    await page.getByLabel('Ulica').fill('Jasna');
    await page.getByLabel('Nr domu').fill('12');
    await page.getByLabel('Kod pocztowy').fill('05-800');
    await page.getByLabel('Miejscowość').fill('Pruszków');
    await page.getByLabel('rozkład życia rodzinnego').check();
    await page.getByLabel('Opis zgłoszenia').fill('Interwencja domowa, awantura pod wpływem alkoholu.');
    // Without a PESEL the birth date, sex and a document are needed: the person is registered anew.
    await page.getByRole('button', { name: 'Zarejestruj zgłoszenie' }).click();
    await page.getByText('Wymagane dla osoby bez numeru PESEL.').first().waitFor();
    await page.getByLabel('PESEL').fill(PESEL);
    await page.getByRole('button', { name: 'Zarejestruj zgłoszenie' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^MKRPA\/\d{4}\/\d{4} — Kazimierz Przepity$/ })
      .waitFor();
    await page.getByText(/^wezwanie do /).waitFor();
    await expectAccessible(page);
  });

  it('invites him by letter', async () => {
    await step('invitation', async () => {
      await page.locator('#f-on').fill(addDays(today, -10));
      await page.getByLabel('Termin stawiennictwa').fill(addDays(today, -3));
      await page.getByLabel('Godzina').fill('16:30');
      await page.getByLabel('Miejsce').fill('ul. Kraszewskiego 14/16, pok. 5');
    });
    await page.getByRole('cell', { name: 'wezwanie', exact: true }).waitFor();
    const text = await letterText(/^Wezwanie \(PDF\)/, 'wezwanie.pdf');
    expect(text).toContain('WEZWANIE');
    expect(text).toContain('Kazimierz Przepity');
    expect(text).toContain('Jasna 12');
    expect(text).toContain('o godz. 16:30');
  });

  it('refers him to the experts, and refuses an opinion dated before the referral', async () => {
    await step('expertReferral', async () => {
      await page.locator('#f-on').fill(addDays(today, -2));
      await page.getByLabel('Biegły lekarz psychiatra').fill('lek. Jan Biegły');
      await page.getByLabel('Biegły psycholog').fill('mgr Anna Biegła');
      await page.getByLabel('Termin badania').fill(today);
    });
    await page.getByRole('cell', { name: 'skierowanie do biegłych', exact: true }).waitFor();
    const order = await letterText(/^Zlecenie dla biegłych \(PDF\)/, 'zlecenie.pdf');
    expect(order).toContain('ZLECENIE WYDANIA OPINII');
    expect(order).toContain(`PESEL ${PESEL}`);
    await step('expertOpinion', async () => {
      await page.locator('#f-on').fill(addDays(today, -3));
    });
    await page
      .getByText('Data nie może być wcześniejsza niż data skierowania na badanie przez biegłych.')
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('petitions the district court with the PDF and its attachments', async () => {
    await page.locator('#f-on').fill(today);
    await step('courtPetition', async () => {
      await page.locator('#f-court').fill('Sąd Rejonowy w Pruszkowie');
    });
    await page.getByRole('cell', { name: 'wniosek do sądu', exact: true }).waitFor();
    const petition = await letterText(/^Wniosek do sądu \(PDF\)/, 'wniosek.pdf');
    for (const s of [
      'WNIOSEK O ZOBOWIĄZANIE DO PODDANIA SIĘ LECZENIU',
      'Sąd Rejonowy w Pruszkowie',
      'Kazimierz Przepity',
      'powoduje rozkład życia rodzinnego',
      'zgłoszenie Policji',
      'Załączniki:',
      'Wezwanie z dnia',
    ])
      expect(petition).toContain(s);
    await page.getByText('w sądzie', { exact: true }).waitFor();
  });
});

describe('sale permits', () => {
  it('lists last year’s opinions and opens a new sale point', async () => {
    await page.goto(`${h.baseUrl}/alcohol-commission/permits`);
    await page
      .getByRole('heading', { level: 1, name: 'Zezwolenia na sprzedaż napojów alkoholowych' })
      .waitFor();
    await page.locator('#ac-opinions-year').fill(String(Number(today.slice(0, 4)) - 1));
    // The demo centre's year: 29 applications opined, two of them negative.
    await page.getByText('Pozytywne: 27, negatywne: 2.').waitFor();
    await expectAccessible(page);
    await page.locator('summary', { hasText: 'Dodaj punkt sprzedaży' }).click();
    await page.getByLabel('Punkt sprzedaży').fill('Sklep Pod Szkołą');
    await page.getByLabel('Przedsiębiorca').fill('Jan Kupiec');
    await page.getByLabel('NIP').fill('5342197856');
    await page.getByLabel('Adres').fill('ul. Szkolna 2, 05-800 Pruszków');
    await page.getByRole('button', { name: 'Dodaj punkt sprzedaży' }).click();
    await openLink(page, 'Sklep Pod Szkołą');
  });

  it('refuses a positive opinion too close to a school without a reason, then records it with one', async () => {
    await page.locator('summary', { hasText: 'Wydaj opinię' }).click();
    await page.getByLabel('Data wniosku').fill(addDays(today, -10));
    await page.getByLabel('Znak wniosku').fill('ZEZ.7340.99.2026');
    await page.getByLabel(/^A — /).check();
    await page.getByLabel('Zezwolenie od').fill(addDays(today, 30));
    await page.getByLabel('Zezwolenie do').fill(addDays(today, 30 + 365 * 4));
    await page.getByLabel('Odległość od najbliższego obiektu chronionego (m)').fill('30');
    await page.getByRole('button', { name: 'Wydaj opinię' }).click();
    await page
      .getByText('Punkt leży bliżej obiektu chronionego, niż dopuszcza uchwała rady', { exact: false })
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByLabel('Uzasadnienie').fill('Wyjątek z § 4 uchwały: szkoła za drogą krajową.');
    await page.getByRole('button', { name: 'Wydaj opinię' }).click();
    await page.getByRole('cell', { name: /^pozytywna Wyjątek/ }).waitFor();
  });

  it('records an inspection and downloads its protocol', async () => {
    await page.locator('summary', { hasText: 'Zapisz kontrolę' }).click();
    await page.getByLabel('Kontrolujący').fill('Hanna Profilaktyczna');
    await page.getByLabel('Ustalenia').fill('Informacje o zakazach wywieszone.');
    await page.getByRole('button', { name: 'Zapisz kontrolę' }).click();
    const protocol = await letterText(/^Protokół \(PDF\)/, 'kontrola.pdf');
    expect(protocol).toContain('PROTOKÓŁ KONTROLI');
    expect(protocol).toContain('Sklep Pod Szkołą');
    expect(protocol).toContain('nie stwierdzono nieprawidłowości');
  });
});
