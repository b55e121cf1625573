// Benefits administration and queues: the administrator adds a legal parameter period (amounts in
// złoty) and a council resolution; the clerk pages through all applications with "load more".
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

useHarness();

const textOf = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');
const nav = (p: Page) => p.getByRole('navigation', { name: 'Menu główne' });

describe('administrator: legal parameters and local resolutions', () => {
  it('lists the periods and adds one from 2027, prefilled from the latest; a bad amount is caught', async () => {
    await login(page, h.baseUrl, 'admin');
    await nav(page).getByRole('link', { name: 'Parametry ustawowe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parametry ustawowe' }).waitFor();
    const rows = page
      .getByRole('region', { name: 'Okresy parametrów ustawowych, najnowszy najpierw' })
      .locator('tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(5);
    await expect.poll(() => textOf(rows.first())).toContain('1010,00 zł');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Dodaj okres' }).click();
    await expect.poll(() => page.inputValue('#f-criterionSingle')).toBe('1010,00');
    await page.fill('#f-validFrom', '2027-10-01');
    await page.fill('#f-criterionSingle', '1 150,5');
    await page.fill('#f-criterionPerPerson', '9x0');
    await page.fill(
      '#f-legalBasis',
      'rozporządzenie Rady Ministrów z dnia 10 lipca 2027 r. (Dz.U. 2027 poz. 1)',
    );
    await page.getByRole('button', { name: 'Zapisz okres' }).click();
    await expect.poll(() => page.getAttribute('#f-criterionPerPerson', 'aria-invalid')).toBe('true');
    await expect
      .poll(() => textOf(page.getByRole('alert').first()))
      .toContain('Kryterium — osoba w rodzinie: Podaj kwotę w złotych');
    await expectAccessible(page);

    await page.fill('#f-criterionPerPerson', '930,00');
    await page.getByRole('button', { name: 'Zapisz okres' }).click();
    await page.getByText('Dodano nowy okres parametrów.').waitFor();
    await expect.poll(() => rows.count()).toBe(6);
    const newest = await textOf(rows.first());
    expect(newest).toContain('01.10.2027');
    expect(newest).toContain('1150,50 zł');
    expect(newest).toContain('930,00 zł');
    await expectAccessible(page);

    // The same start date again: the server's answer lands beside the date.
    await page.getByRole('button', { name: 'Dodaj okres' }).click();
    await page.fill('#f-validFrom', '2027-10-01');
    await page.fill('#f-legalBasis', 'duplikat');
    await page.getByRole('button', { name: 'Zapisz okres' }).click();
    await page.locator('#f-validFrom-error').getByText('Okres od tego dnia już istnieje.').waitFor();
    await page.getByRole('button', { name: 'Anuluj' }).click();
  });

  it('adds a council resolution raising the okresowy minimum', async () => {
    await openLink(page, 'Uchwały rady gminy podwyższające kwoty i kryteria', 'Uchwały rady gminy');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Dodaj uchwałę' }).click();
    await page.getByLabel('Numer uchwały').fill('XII/140/2026');
    await page.getByLabel('Tytuł').fill('w sprawie podwyższenia kwoty zasiłku okresowego');
    await page.getByLabel('Data podjęcia').fill('2026-11-20');
    await page.getByLabel('Obowiązuje od').fill('2027-01-01');
    await page.getByLabel('Procent').fill('40');
    await page.getByRole('button', { name: 'Zapisz uchwałę' }).click();
    await expect.poll(() => page.getAttribute('#f-percent', 'aria-invalid')).toBe('true');
    await page.getByLabel('Procent').fill('60');
    await page.getByRole('button', { name: 'Zapisz uchwałę' }).click();
    await page.getByText('Zapisano uchwałę.').waitFor();
    const row = page.getByRole('region', { name: 'Uchwały rady, najnowsze najpierw' }).locator('tbody tr');
    await expect.poll(() => textOf(row.first())).toContain('XII/140/2026');
    await expect.poll(() => textOf(row.first())).toContain('60%');
    await expectAccessible(page);
  });

  it('a social worker has no access to these pages', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await expect.poll(() => nav(page).getByRole('link', { name: 'Parametry ustawowe' }).count()).toBe(0);
    await page.goto(`${h.baseUrl}/admin/legal-parameters`);
    await page.getByRole('heading', { level: 1, name: 'Brak dostępu' }).waitFor();
  });
});

describe('queues', () => {
  it('the clerk widens the queue to every status and loads more (keyset)', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await nav(page).getByRole('link', { name: 'Wnioski', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wnioski' }).waitFor();
    await page.selectOption('#f-status', 'all');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await page.waitForURL(/status=all/);
    const rows = page
      .getByRole('region', { name: 'Wnioski, najbliższy termin decyzji najpierw' })
      .locator('tbody tr');
    await page.getByText('Wyświetlono 25 wniosków. Są kolejne wnioski.').waitFor();
    await expect.poll(() => rows.count()).toBe(25);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Pokaż więcej' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(25);
    const numbers = await rows.locator('td:first-child a').allTextContents();
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('the social worker sees their own applications first', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await nav(page).getByRole('link', { name: 'Wnioski', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wnioski' }).waitFor();
    await expect.poll(() => page.isChecked('#f-mine')).toBe(true);
    await page.locator('tbody tr').first().waitFor();
    const workers = await page.locator('tbody tr td:last-child').allTextContents();
    expect(workers.length).toBeGreaterThan(0);
    expect(new Set(workers)).toEqual(new Set(['Paulina Środowiskowa']));
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
