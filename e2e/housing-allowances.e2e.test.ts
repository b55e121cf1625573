// The dodatek mieszkaniowy's average wage as data: the clerk sees which notice of the Prezes GUS an
// application was computed with and that newer quarters are missing; the administrator enters the
// III kw. 2026 notice; the clerk's application then uses it and the warning is gone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

const textOf = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');
const nav = (p: Page) => p.getByRole('navigation', { name: 'Menu główne' });

/** The demo's application waiting for the decision (filed today). */
async function openUndecided(p: Page) {
  await nav(p).getByRole('link', { name: 'Dodatki mieszkaniowe' }).click();
  const row = p.locator('tbody tr', { hasText: 'do decyzji' }).first();
  await row.waitFor();
  await row.getByRole('link').first().click();
  await p.getByTestId('wage-notice').waitFor();
}

describe('average wage of the dodatek mieszkaniowy (komunikaty GUS)', () => {
  it('the clerk sees the IV kw. 2025 notice used and the warning that I–III kw. 2026 are missing', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openUndecided(page);
    await expect
      .poll(() => textOf(page.getByTestId('wage-notice')))
      .toContain(
        'Przeciętne wynagrodzenie 9197,79 zł — komunikat Prezesa GUS za IV kw. 2025, obowiązujący od 09.02.2026.',
      );
    const warning = page.getByRole('alert').filter({ hasText: 'Brak komunikatu GUS' });
    await expect
      .poll(() => textOf(warning))
      .toContain(
        'Brak komunikatu GUS za I kw. 2026, II kw. 2026, III kw. 2026 — wprowadź go w ustawieniach.',
      );
    await expect.poll(() => textOf(warning)).toContain('Komunikaty wprowadza administrator.');
    await expectAccessible(page);
    // Not the clerk's screen.
    await expect
      .poll(() => nav(page).getByRole('link', { name: 'Przeciętne wynagrodzenie (GUS)' }).count())
      .toBe(0);
  });

  it('the administrator enters the III kw. 2026 notice; a date inside the quarter is caught', async () => {
    await login(page, h.baseUrl, 'admin');
    await nav(page).getByRole('link', { name: 'Przeciętne wynagrodzenie (GUS)' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Przeciętne wynagrodzenie (komunikaty GUS)' })
      .waitFor();
    const rows = page
      .getByRole('region', { name: 'Komunikaty Prezesa GUS, od najnowszego' })
      .locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => textOf(rows.first())).toContain('9197,79 zł');
    await expectAccessible(page);

    await page.getByLabel('Rok').fill('2026');
    await page.getByLabel('Kwartał (1–4)').fill('3');
    await page.getByLabel('Przeciętne wynagrodzenie (zł)').fill('9 350,12');
    await page.getByLabel('Obowiązuje od (dzień publikacji)').fill('2026-09-30');
    await page.getByLabel('Monitor Polski').fill('M.P. 2026 poz. 1100');
    await page.getByRole('button', { name: 'Zapisz komunikat' }).click();
    await page
      .locator('#f-appliesFrom-error')
      .getByText('Komunikat o kwartale obowiązuje najwcześniej od 01.10.2026, po końcu kwartału.')
      .waitFor();
    await expectAccessible(page);

    await page.getByLabel('Obowiązuje od (dzień publikacji)').fill('2026-11-13');
    await page.getByRole('button', { name: 'Zapisz komunikat' }).click();
    await page.getByText('Komunikat zapisany.', { exact: false }).waitFor();
    await expect.poll(() => rows.count()).toBe(4);
    const newest = await textOf(rows.first());
    expect(newest).toContain('III kw. 2026');
    expect(newest).toContain('9350,12 zł');
    expect(newest).toContain('13.11.2026');
    expect(newest).toContain('M.P. 2026 poz. 1100');
    await expectAccessible(page);
  });

  it('the clerk’s application now uses it, with no warning', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openUndecided(page);
    await expect
      .poll(() => textOf(page.getByTestId('wage-notice')))
      .toContain(
        'Przeciętne wynagrodzenie 9350,12 zł — komunikat Prezesa GUS za III kw. 2026, obowiązujący od 13.11.2026. Publikacja: M.P. 2026 poz. 1100.',
      );
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Brak komunikatu GUS' }).count())
      .toBe(0);
    await expectAccessible(page);
  });
});

describe('the clerk decides the dodatek mieszkaniowy', () => {
  const issue = async () => {
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wydaj decyzję' }).click();
  };

  it('asks for the reason of a refusal beside the field, then grants six months to the manager, as the PDF says', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openUndecided(page);
    const monthly = await textOf(page.getByTestId('fb-monthly'));
    expect(monthly).toMatch(/^\d+,\d\d zł$/);

    await page.locator('#f-outcome').selectOption({ label: 'odmowa' });
    await issue();
    await page.locator('#f-refusalReason[aria-invalid="true"]').waitFor();
    await expectAccessible(page);

    await page.locator('#f-outcome').selectOption({ label: 'przyznanie' });
    await issue();
    const heading = page.getByRole('heading', { level: 2, name: /^Decyzja \S+\/\d{4}$|^Decyzja \S+$/ });
    await heading.waitFor();
    const number = ((await heading.textContent()) ?? '').replace(/^Decyzja /, '');
    await page.getByText('rozpatrzony', { exact: true }).waitFor();
    const schedule = page.getByRole('table', { name: 'Harmonogram wypłat' });
    // Granted for six months (art. 7 ust. 1 udm), each at the amount computed.
    await expect.poll(() => schedule.getByRole('row').count()).toBe(7);
    const amounts = await schedule.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(amounts.map((a) => a.replace(/\s/g, ' '))).toEqual(Array(6).fill(monthly));
    await expect.poll(() => page.locator('#f-outcome').count()).toBe(0);

    const href = await page.getByRole('link', { name: `Decyzja (PDF) ${number}` }).getAttribute('href');
    const pdf = await page.context().request.get(new URL(href!, h.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    const text = pdfText(await pdf.body());
    expect(text).toContain(number);
    expect(text.replace(/\s/g, '')).toContain(monthly.replace(/\s/g, ''));
    await expectAccessible(page);
  });
});
