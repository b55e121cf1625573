// The debtor's path in the browser: on the demo centre (whose alimony fund months were paid by the
// history's runs) the clerk opens the resident debtor, sees the debt, books the bailiff's
// repayment (the debt falls by exactly that much), records the interview and prints its protocol.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

/** Grosze of a money text such as "1 234,56 zł". */
const grosze = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('the alimony debtor', () => {
  it('shows the debt, books a repayment, records the interview and prints its protocol', async () => {
    const debtor = (
      await h.db.query<{ number: string; name: string }>(
        'SELECT number, name FROM alimony_debtor WHERE resident ORDER BY number LIMIT 1',
      )
    ).rows[0]!;
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/alimony-fund/debtors`);
    await page.getByRole('heading', { level: 1, name: 'Dłużnicy alimentacyjni' }).waitFor();
    await page.getByRole('link', { name: debtor.number }).click();
    await page
      .getByRole('heading', { level: 1, name: `Dłużnik: ${debtor.name} (${debtor.number})` })
      .waitFor();

    // The months the fund paid on the debtor's behalf, and the debt with interest to today.
    const paid = page.getByRole('table', { name: 'Świadczenia wypłacone' });
    await paid.waitFor();
    expect(await paid.getByRole('row').count()).toBeGreaterThan(1);
    const total = page.getByTestId('debt-total');
    const before = grosze((await total.textContent())!);
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Kwota, zł' }).fill('100,00');
    await page.getByRole('textbox', { name: 'Sygnatura / tytuł wpłaty' }).fill('Km 121/26');
    await page.getByRole('button', { name: 'Zaksięguj wpłatę' }).click();
    await page.getByRole('table', { name: 'Wpłaty na poczet należności' }).waitFor();
    // Booked today: interest first, then the benefits — the debt is 100.00 zł less, to the grosz.
    await expect.poll(async () => grosze((await total.textContent())!)).toBe(before - 10_000);
    await expectAccessible(page);

    // The interview and property statement, the first step of the proceedings.
    await page
      .getByRole('combobox', { name: 'Krok' })
      .selectOption({ label: 'wywiad alimentacyjny i oświadczenie majątkowe' });
    await page.getByRole('textbox', { name: 'Zatrudnienie' }).fill('brak stałego zatrudnienia');
    await page.getByRole('button', { name: 'Zapisz krok postępowania' }).click();
    const steps = page.getByRole('table', { name: /^Postępowanie wobec dłużnika/ });
    await steps.waitFor();
    const link = steps.getByRole('row').nth(1).getByRole('link');
    const href = (await link.getAttribute('href'))!;
    const pdf = await page.context().request.get(new URL(href, h.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await pdf.body());
    expect(text).toContain('Protokół wywiadu alimentacyjnego');
    expect(text).toContain(debtor.name);
    expect(text).toContain('brak stałego zatrudnienia');
    await expectAccessible(page);
  });
});
