// The coordinator refers a person to a care home (DPS): opens the file on a home visit, attaches
// the consent and the medical certificate, issues the decision referring, sets the fee (a share
// above 70 % refused beside its field), then sees the waiting list and the gmina's monthly cost.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

useHarness();

const PDF = { mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n') };

async function attach(kind: string, label: string) {
  await page.locator('#f-kind').selectOption(kind);
  await page.locator('#f-dataBase64').setInputFiles({ name: `${kind}.pdf`, ...PDF });
  await page.getByRole('button', { name: 'Dołącz dokument' }).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: `${label}: ${kind}.pdf` })
    .waitFor();
}

describe('coordinator: DPS referral and fee', () => {
  it('refers a person, sets the fee by the payer order and sees the waiting list and the monthly cost', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Domy pomocy społecznej');
    const waiting = page.getByRole('table', { name: 'Lista oczekujących' });
    await waiting.getByRole('row').nth(1).waitFor();
    await expect.poll(() => waiting.getByRole('row').count()).toBe(2); // the header and the demo person waiting
    await expectAccessible(page);

    const application = page.locator('#f-applicationId');
    const first = await application.locator('option').nth(1).getAttribute('value');
    await application.selectOption(first!);
    const home = await page.locator('#f-homeId option', { hasText: 'Przystań' }).getAttribute('value');
    await page.locator('#f-homeId').selectOption(home!);
    await page.getByRole('button', { name: 'Załóż skierowanie' }).click();
    await page.getByRole('heading', { level: 1, name: /^Skierowanie do DPS: / }).waitFor();

    await attach('consent', 'zgoda osoby');
    await attach('medical', 'zaświadczenie lekarskie');
    await page.getByRole('button', { name: 'Wydaj decyzję kierującą' }).click();
    await page.getByText('oczekuje', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('dps-place').textContent()).toBe('2');

    await page.fill('#f-residentIncomeGrosze', '1800,00');
    await page.fill('#f-residentPct', '71');
    await page.getByRole('button', { name: 'Ustal opłatę' }).click();
    await page.locator('#f-residentPct[aria-invalid="true"]').waitFor();
    await page.getByText('Mieszkaniec wnosi najwyżej 70% swojego dochodu.').first().waitFor();
    await expectAccessible(page);

    await page.fill('#f-residentPct', '70');
    await page.getByRole('button', { name: 'Ustal opłatę' }).click();
    const payers = page.getByRole('table', { name: /Średni miesięczny koszt: 6\s?124,50\s?zł/ });
    await payers.getByRole('row', { name: /mieszkaniec 1\s?260,00\s?zł/ }).waitFor();
    await payers.getByRole('row', { name: /gmina 4\s?864,50\s?zł/ }).waitFor();
    const steps = page.getByRole('list', { name: 'Uzasadnienie: kolejność wnoszenia opłaty' });
    await steps
      .getByText(/^Gmina pokrywa różnicę do średniego kosztu: 4\s?864,50\s?zł miesięcznie\./)
      .waitFor();
    await expectAccessible(page);
    // The fee decision's letter, as the resident and the home will read it.
    const href = await page.getByRole('link', { name: 'Decyzja o odpłatności (PDF)' }).getAttribute('href');
    const pdf = await page.context().request.get(new URL(href!, h.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdfText(await pdf.body()).replace(/\s+/g, '')).toContain('1260,00');
    await expect.poll(() => page.getByRole('link', { name: 'Decyzja kierująca (PDF)' }).count()).toBe(1);

    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Domy pomocy społecznej' })
      .click();
    await waiting.getByRole('row').nth(2).waitFor();
    await expect.poll(() => waiting.getByRole('row').count()).toBe(3);
    await openLink(page, 'Miesięczny koszt gminy', 'Miesięczny koszt gminy za pobyt w DPS');
    const cost = page.getByRole('table', { name: 'Miesięczny koszt gminy za pobyt w DPS' });
    await cost.getByRole('row').nth(3).waitFor();
    await expect.poll(() => cost.getByRole('row').count()).toBe(4); // the header and three demo residents
    await expect.poll(() => page.getByTestId('dps-total').textContent()).toMatch(/^\d[\d\s]*,\d\d\s?zł$/);
    await expectAccessible(page);
  });
});
