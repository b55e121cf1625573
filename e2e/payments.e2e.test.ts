// The benefits clerk's month of payments on the demo data: a death from the PESEL register,
// the month's run opened and built behind a progress bar, the flag resolved, the run approved,
// a transfer list's Elixir-0 file downloaded and checked against the list's total, the list
// marked paid, and one cash item paid out against an ID document with its receipt downloaded.
import { readFileSync } from 'node:fs';
import { parseElixir } from '@ostoja/domain/payments/elixir';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

// The payment settings are read from the environment at each use (apps/server/src/modules/payments/settings.ts):
// small batches make the demo run (about 50 items) build in several steps the page drives, and
// a long collection window keeps a cash list open whatever the day of the month the test runs on.
const SETTINGS = { OSTOJA_PAYMENT_BATCH: '10', OSTOJA_CASH_DAYS: '45' };
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));

const today = todayInPoland();

beforeAll(() => {
  Object.assign(process.env, SETTINGS);
});
useHarness();
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name, exact: true });

/** "15 221,87 zł" → 1522187 grosze. */
const grosze = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

async function downloaded(click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, bytes: readFileSync((await d.path())!) };
}

/** A transfer recipient with one payment due this month and a name no one else has (one row to find), to be reported dead by the register. */
let deceased: { pesel: string; name: string };

describe('benefits clerk: the month’s payments', () => {
  it('imports a death from the PESEL register; a bad line is reported by its number', async () => {
    const r = await h.db.query<{ pesel: string; name: string }>(
      // Counted over all of the month's items, whatever their method: a recipient paid a transfer
      // and a cash item (a family benefit beside a zasiłek) would be two flagged rows.
      `SELECT p.pesel, p.first_name || ' ' || p.surname AS name
         FROM payment_schedule_item s JOIN person p ON p.id = s.person_id
        WHERE s.month = ($1 || '-01')::date AND p.pesel IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id
                             AND o.first_name = p.first_name AND o.surname = p.surname)
        GROUP BY p.id
       HAVING count(*) = 1 AND bool_and(s.method = 'transfer' AND s.status = 'open')
        ORDER BY p.pesel LIMIT 1`,
      [today.slice(0, 7)],
    );
    deceased = r.rows[0]!;
    expect(deceased).toBeDefined();

    await login(page, h.baseUrl, 'swiadczenia');
    await nav('Listy wypłat').click();
    await page.getByRole('heading', { level: 1, name: 'Listy wypłat' }).waitFor();
    await expectAccessible(page);

    await openLink(page, 'Import zgonów z rejestru PESEL');
    await page.getByLabel('Wiersze z rejestru').fill(`${deceased.pesel};${today}\n12345678901;2026-01-01`);
    await page.getByRole('button', { name: 'Importuj' }).click();
    await page.getByText('Zaimportowano 1 datę zgonu (wierszy z danymi: 2).').waitFor();
    const errors = page.getByRole('region', { name: 'Błędy w wierszach' }).locator('tbody tr');
    await expect.poll(() => errors.count()).toBe(1);
    await expect.poll(() => errors.first().textContent()).toContain('Nieprawidłowy numer PESEL.');
    await expectAccessible(page);
  });

  it('opens the current month’s run and sees its build finish behind a progress bar', async () => {
    await openLink(page, 'Wszystkie listy wypłat', 'Listy wypłat');
    await expect.poll(() => page.inputValue('#f-month')).toBe(today.slice(0, 7));
    await page.getByRole('button', { name: 'Otwórz listę wypłat' }).click();
    await page.waitForURL(/\/payments\/runs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^Lista wypłat LW\/\d{4}\/\d{4} — / }).waitFor();
    const bar = page.getByRole('progressbar', { name: 'Przygotowanie listy' });
    await bar.waitFor();
    await page.getByText(/^Lista przygotowana: (\d+) z \1 pozycji\.$/).waitFor({ timeout: 30_000 });
    await expect.poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(100);
    // Built in batches of 10: the run is larger than one batch, so the page drove several steps.
    // The demo's past months have their runs; this month's is the one just opened.
    const run = await h.db.query<{ total: number }>(
      `SELECT progress_total AS total FROM payment_run WHERE status <> 'approved'`,
    );
    expect(run.rows[0]!.total).toBeGreaterThan(10);
    await expectAccessible(page);
  });

  it('resolves the flags: the deceased recipient’s payment is excluded, with the reason shown', async () => {
    const flags = page.getByRole('region', { name: 'Ostrzeżenia do rozstrzygnięcia' });
    const row = flags.locator('tbody tr', { hasText: deceased.name });
    await expect.poll(() => row.textContent()).toContain('odbiorca zmarł (rejestr PESEL)');
    await expect.poll(() => row.textContent()).toContain('Data zgonu w rejestrze PESEL:');
    await expect
      .poll(() => page.getByRole('button', { name: 'Zatwierdź listę do wypłaty' }).isDisabled())
      .toBe(true);
    await page.getByText(/Zatwierdzenie będzie możliwe po rozstrzygnięciu ostrzeżeń/).waitFor();

    await page.getByRole('button', { name: `Wyłącz z listy: ${deceased.name}` }).click();
    await page.getByRole('heading', { name: `Wyłączenie pozycji z listy: ${deceased.name}` }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Uzasadnienie (opcjonalnie)').fill('Zgon potwierdzony w rejestrze PESEL.');
    await page.getByRole('button', { name: 'Wyłącz pozycję z listy' }).click();
    await page.getByText(`Wyłączono pozycję z listy: ${deceased.name}.`).waitFor();
    await row.getByText('wyłączono z listy').waitFor();
    // Any other flag the demo data raises is accepted, one by one.
    const accept = page.getByRole('button', { name: /^Akceptuj wypłatę: / });
    while ((await accept.count()) > 0) {
      await accept.first().click();
      await page.getByRole('button', { name: 'Akceptuj pozycję' }).click();
      await page.getByText(/^Zaakceptowano pozycję: /).waitFor();
    }
    await page.getByText('Wszystkie ostrzeżenia są rozstrzygnięte.').first().waitFor();
    await expectAccessible(page);
  });

  it('approves the run', async () => {
    await page.getByRole('button', { name: 'Zatwierdź listę do wypłaty' }).click();
    // An approved run cannot change: the clerk confirms, with the run's number and net total before them.
    const ask = page.getByRole('dialog', {
      name: /^Zatwierdzić listę LW\/\d{4}\/\d{4} \(.+ zł\) do wypłaty\?/,
    });
    await ask.waitFor();
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Tak, zatwierdź listę' }).click();
    await page.getByText('Zatwierdzono listę wypłat.').waitFor();
    await page.getByText(/^Lista zatwierdzona .*, zatwierdził\(a\): Beata Świadczeniowa\.$/).waitFor();
    await expectAccessible(page);
  });

  it('downloads the Elixir-0 file of a transfer list: its amounts sum to the list’s total', async () => {
    await page
      .getByRole('link', { name: /^Lista \d+ \(przelew\)$/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Lista \d+ \(przelew\), / }).waitFor();
    await expectAccessible(page);
    const total = grosze((await page.locator('#list-total').textContent()) ?? '');
    expect(total).toBeGreaterThan(0);

    const { d, bytes } = await downloaded(() =>
      page.getByRole('button', { name: 'Pobierz plik Elixir-0' }).click(),
    );
    expect(d.suggestedFilename()).toMatch(/^LW-\d{4}-\d{4}-\d+-\d{4}-\d{2}-\d{2}\.pli$/);
    expect(bytes.length).toBeGreaterThan(0);
    const records = parseElixir(new TextDecoder('windows-1250').decode(bytes));
    expect(records.length).toBeGreaterThan(0);
    expect(records.reduce((s, r) => s + r.amount, 0)).toBe(total);
    await page.getByText(`Pobrano plik ${d.suggestedFilename()} (${bytes.length} B).`).waitFor();
    await page.getByText('wysłana do banku').first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Data realizacji przelewów').fill(today);
    await page.getByRole('button', { name: 'Oznacz listę jako zrealizowaną' }).click();
    await page.getByText(/^Oznaczono listę jako zrealizowaną\./).waitFor();
    await expectAccessible(page);
  });

  it('pays out one cash item against an ID document and downloads its receipt', async () => {
    await nav('Kasa').click();
    await page.getByRole('heading', { level: 1, name: 'Kasa' }).waitFor();
    await page.getByText(/^Do wypłaty: \d+ pozycj/).waitFor();
    await expectAccessible(page);

    const pay = page.getByRole('button', { name: /^Wypłać: / }).first();
    const name = ((await pay.getAttribute('aria-label')) ?? '').replace('Wypłać: ', '');
    await pay.click();
    await page.getByRole('heading', { name: `Wypłata w kasie: ${name}` }).waitFor();
    await page.getByLabel('Seria i numer dokumentu').fill('ab');
    await page.getByRole('button', { name: /^Wypłać \d/ }).click();
    await expect.poll(() => page.getAttribute('#f-documentNumber', 'aria-invalid')).toBe('true');
    await page.getByText('Podaj serię i numer dokumentu (5–20 liter i cyfr).').first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Dokument tożsamości').selectOption('idCard');
    await page.getByLabel('Seria i numer dokumentu').fill('ABC 123456');
    await page.getByRole('button', { name: /^Wypłać \d/ }).click();
    const paid = page.getByRole('status').filter({ hasText: /^Wypłacono / });
    await paid.getByText(new RegExp(`Odbiorca: ${name}\\. Dowód wypłaty nr KW/\\d{4}/\\d{6}\\.`)).waitFor();
    await expectAccessible(page);

    const { d, bytes } = await downloaded(() =>
      paid.getByRole('button', { name: 'Pobierz dowód wypłaty (PDF)' }).click(),
    );
    expect(d.suggestedFilename()).toMatch(/^KW-\d{4}-\d{6}\.pdf$/);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(h.pageErrors).toEqual([]);
  });
});
