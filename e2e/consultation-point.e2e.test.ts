// The consultation point's specialist reads last year's figures (895 consultations of 166 persons,
// anonymous ones counted), starts a group and records its session; the commission's secretary
// reads the municipal programme's yearly report counted from the data. Every screen passes axe.
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, it } from 'vitest';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

const today = todayInPoland();
const lastYear = String(Number(today.slice(0, 4)) - 1);

useHarness();

describe('the consultation point', () => {
  it('shows last year’s consultations and the co-dependent group’s 68 hours', async () => {
    await login(page, h.baseUrl, 'psycholog');
    await page.goto(`${h.baseUrl}/consultation-point`);
    await page.getByRole('heading', { level: 1, name: 'Punkt Informacyjno-Konsultacyjny' }).waitFor();
    await page.locator('#pik-year').fill(lastYear);
    await page.getByText(/^Konsultacje: 895, osoby: 166, w tym anonimowe konsultacje: \d+\.$/).waitFor();
    await page.getByRole('row', { name: /Grupa terapeutyczna dla osób współuzależnionych.* 68$/ }).waitFor();
    await expectAccessible(page);
  });

  it('starts a group and records its session', async () => {
    await page.locator('#pik-year').fill(today.slice(0, 4));
    await page.locator('summary', { hasText: 'Dodaj grupę' }).click();
    await page.getByLabel('Nazwa grupy').fill('Grupa wsparcia dla DDA');
    await page.getByLabel('Prowadzący').fill('mgr Ewa Terapeutka');
    await page.getByLabel('Początek').fill(today);
    await page.getByLabel('Liczba uczestników').fill('8');
    await page.getByRole('button', { name: 'Dodaj grupę' }).click();
    await page.getByRole('cell', { name: /^Grupa wsparcia dla DDA/ }).waitFor();
    await page.locator('summary', { hasText: 'Zapisz spotkanie' }).click();
    await page.locator('#pik-session-group').selectOption({ label: 'Grupa wsparcia dla DDA' });
    await page.getByLabel('Data spotkania').fill(today);
    await page.getByLabel('Czas trwania (minuty)').fill('90');
    await page.getByLabel('Obecnych').fill('9');
    await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    await page.getByText('Obecnych nie może być więcej niż uczestników grupy.').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Obecnych').fill('7');
    await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    await page.getByRole('row', { name: /^Grupa wsparcia dla DDA.* 1 1\.5$/ }).waitFor();
  });
});

describe('the municipal programme', () => {
  it('gives the secretary last year’s report counted from the data', async () => {
    await page.context().clearCookies();
    await login(page, h.baseUrl, 'komisja');
    await page.goto(`${h.baseUrl}/alcohol-commission/programme`);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Gminny program profilaktyki i rozwiązywania problemów alkoholowych',
      })
      .waitFor();
    await page.locator('#programme-year').fill(lastYear);
    await page.getByRole('row', { name: 'Zaopiniowane wnioski o zezwolenia 29' }).waitFor();
    await page.getByRole('row', { name: 'Kontrole (audyty) punktów sprzedaży 100' }).waitFor();
    await page.getByRole('row', { name: 'Konsultacje w punkcie 895' }).waitFor();
    await page.getByRole('heading', { name: 'Ankieta PARPA-G1' }).waitFor();
    await expectAccessible(page);
  });
});
