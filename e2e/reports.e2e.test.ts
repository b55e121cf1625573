// The director's reports on the demo data: the dashboard with a chart's table view, the
// strategy report for the current year (a commentary edited and saved, the PDF downloaded),
// and MRPiPS-03 with the list behind one of its figures. axe on every page visited.
import { readFileSync } from 'node:fs';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '../apps/server/src/modules/reporting/test-data.ts';
import { expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

const year = Number(todayInPoland().slice(0, 4));

useHarness();
beforeAll(async () => {
  // The demo has no counselling visits yet: three in January for the appointments chart.
  await bookings(h.db, [
    [`${year}-01-12`, 'attended'],
    [`${year}-01-12`, 'attended'],
    [`${year}-01-13`, 'noShow'],
  ]);
});

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name, exact: true });

describe('director: reports', () => {
  it('opens the dashboard; a chart’s table view shows its numbers', async () => {
    await login(page, h.baseUrl, 'dyrektor');
    // The director lands on the dashboard.
    expect(new URL(page.url()).pathname).toBe('/reports/dashboard');
    await nav('Pulpit').click();
    await page.getByRole('heading', { level: 1, name: 'Pulpit dyrektora' }).waitFor();
    const charts = page.getByRole('img');
    await charts.first().waitFor();
    expect(await charts.count()).toBe(5);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/\d/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Pokaż tabelę' }).first().click();
    const table = page.getByRole('region', { name: /^Tabela: / });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(12);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^\d/);
    await expectAccessible(page);
    // Every figure says its unit, and opens the list it counts: as many families as the figure.
    expect(await table.locator('thead th').nth(1).textContent()).toBe(
      'Osoby w rodzinach objętych pomocą (liczba osób)',
    );
    const link = table.locator('tbody td:nth-of-type(2) a').last();
    const shown = Number(/^[\d\s\u00a0]+/.exec((await link.textContent())!)![0].replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    await link.click();
    await page
      .getByRole('heading', { level: 1, name: /^Lista za \d{2}\.\d{4}: Rodziny \(liczba rodzin\)$/ })
      .waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: String(shown) })
      .waitFor();
    expect(await page.locator('tbody tr').count()).toBe(shown);
    await expectAccessible(page);
    await page.goBack();

    // A worker's caseload, a kind of deadline and a month's counselling visits each open the
    // records they count: the list is titled with the figure's series and row, as long as the figure.
    for (const chart of [
      'Rodziny na pracownika socjalnego a norma',
      'Terminy zagrożone',
      'Wizyty u specjalistów: odbyte i nieodbyte',
    ]) {
      const region = page.getByRole('region', { name: chart });
      await region.getByRole('button', { name: 'Pokaż tabelę' }).click();
      const link = region.locator('tbody td a').first();
      const { row, series } = await link.evaluate((a) => {
        const td = a.closest('td')!;
        const tr = td.closest('tr')!;
        const at = [...tr.children].indexOf(td);
        return {
          row: tr.querySelector('th')!.textContent!,
          series: tr.closest('table')!.querySelectorAll('thead th')[at]!.textContent!,
        };
      });
      const shown = Number((await link.textContent())!.replace(/\D.*$/, ''));
      expect(shown, chart).toBeGreaterThan(0);
      await link.click();
      const title = /^\d{2}\.\d{4}$/.test(row) ? `Lista za ${row}: ${series}` : `Lista: ${series} — ${row}`;
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: String(shown) })
        .waitFor();
      expect(await page.locator('tbody tr').count(), title).toBe(shown);
      await expectAccessible(page);
      await openLink(page, 'Wróć do pulpitu', 'Pulpit dyrektora');
    }
  });

  it('edits a commentary of the strategy report for this year and downloads the PDF', async () => {
    await nav('Raporty').click();
    await page.getByRole('heading', { level: 1, name: 'Raport z realizacji strategii' }).waitFor();
    await expect.poll(() => page.getByLabel('Rok').inputValue()).toBe(String(year));
    const table = page.getByRole('region', { name: new RegExp(`wskaźniki za ${year} r\\.$`) });
    await table.waitFor();
    await expectAccessible(page);

    const note = `Komentarz dyrektora ${Date.now()}`;
    await table
      .getByRole('button', { name: /^Edytuj komentarz/ })
      .first()
      .click();
    await table.getByLabel(/^Komentarz do wskaźnika/).fill(note);
    await table.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText(/^Zapisano komentarz do wskaźnika/).waitFor();
    await table.getByText(note).waitFor();
    await expectAccessible(page);

    // Saved on the server: a fresh load shows it, and the next edit goes with the new version.
    await page.reload();
    await page.getByText(note).waitFor();
    const saved = await h.db.query<{ commentary: string }>(
      'SELECT commentary FROM strategy_indicator_entry WHERE year = $1 AND commentary = $2',
      [year, note],
    );
    expect(saved.rows).toHaveLength(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Pobierz PDF' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // The same report as a workbook (a zip: "PK").
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Pobierz XLSX' }).click(),
    ]);
    expect(sheet.suggestedFilename()).toBe(`strategia-${year}.xlsx`);
    expect(
      readFileSync((await sheet.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  it('opens MRPiPS-03 for this year and the list behind one figure', async () => {
    await openLink(page, 'Sprawozdanie MRPiPS-03');
    await page.getByRole('region', { name: /^Świadczenia przyznane decyzją/ }).waitFor();
    // The non-cash sections and the ministry's cross-checks, which hold on the demo centre.
    await page.getByRole('region', { name: /^Usługi opiekuńcze i specjalistyczne/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Wszystkie reguły kontrolne są spełnione.' }).waitFor();
    await expectAccessible(page);

    const figure = page
      .getByRole('region', { name: /^Świadczenia przyznane decyzją/ })
      .getByRole('link', { name: /^Lista: Ogółem — Liczba osób:/ });
    const count = Number((await figure.textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await figure.click();
    await page.getByRole('heading', { level: 1, name: 'Lista: Ogółem — Liczba osób' }).waitFor();
    const rows = page.getByRole('region', { name: 'Lista: Ogółem — Liczba osób' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(count, 100));
    await expect.poll(() => page.getByRole('link', { name: 'Eksportuj CSV' }).isVisible()).toBe(true);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
