// A benefits clerk decides care services on an application after its home visit: a day of 25 hours
// is refused beside its field, then the decision shows its scope and how the hourly fee was computed.
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, page, useHarness } from './harness.ts';

useHarness();

describe('benefits clerk: care services', () => {
  it('lists the demo decisions with their hourly fee', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Usługi opiekuńcze');
    const table = page.getByRole('table', { name: 'Decyzje o usługach opiekuńczych' });
    const specialist = table.getByText('specjalistyczne usługi opiekuńcze', { exact: true });
    await specialist.waitFor();
    // The header and six demo decisions: three of the services demo, two neighbour services (the
    // telecare demo) and one for a person with mental disorders (the strategy year's).
    await expect.poll(() => table.getByRole('row').count()).toBe(7);
    await expect.poll(() => specialist.count()).toBe(1);
    await expect.poll(() => table.getByText('usługi sąsiedzkie', { exact: true }).count()).toBe(2);
    await expectAccessible(page);
  });

  it('refuses 25 hours a day beside the field, then decides and shows the calculation', async () => {
    const application = page.locator('#f-applicationId');
    const first = await application.locator('option').nth(1).getAttribute('value');
    await application.selectOption(first!);
    await page.getByLabel('pielęgnacja i higiena').check();
    await page.getByLabel('zakupy').check();
    await page.fill('#f-hoursPerDay', '25');
    await page.fill('#f-periodTo', '2099-12-31');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.locator('#f-hoursPerDay[aria-invalid="true"]').waitFor();
    await page.getByText('Doba ma 24 godziny: podaj najwyżej 24.').first().waitFor();
    await expectAccessible(page);

    await page.fill('#f-hoursPerDay', '1,5');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.getByRole('heading', { level: 1, name: /^Decyzja / }).waitFor();
    await page.getByText('pielęgnacja i higiena, zakupy').waitFor();
    await page.getByText('1,5 godz. dziennie, 5 dni w tygodniu').waitFor();
    await page.getByText('XII/140/2025', { exact: true }).waitFor();
    const steps = page.getByRole('list', { name: 'Uzasadnienie: wyliczenie odpłatności' });
    await steps.getByText('Odpłatność według: XII/140/2025, obowiązującej od 01.01.2025.').waitFor();
    await steps.getByText(/^Odpłatność za jedną godzinę usług: \d+,\d\d\s?zł\./).waitFor();
    await expect
      .poll(() => steps.getByText('art. 50 ust. 6 ustawy o pomocy społecznej').count())
      .toBeGreaterThan(1);
    await expectAccessible(page);
  });

  it('shows the administrator the fee tables with their bands', async () => {
    await login(page, h.baseUrl, 'admin');
    await page.goto(`${h.baseUrl}/fee-tables`);
    await page.getByRole('heading', { level: 2, name: 'Uchwała XII/140/2025' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Rozporządzenie Dz.U. 2005 nr 189 poz. 1598' })
      .waitFor();
    await page.getByRole('cell', { name: 'powyżej 100% do 150%' }).first().waitFor();
    await expectAccessible(page);
  });

  it('lets the administrator add a resolution; a gap between bands is refused beside the band', async () => {
    const number = `XL/${Date.now() % 100_000}/2099`;
    await page.fill('#f-number', number);
    await page.fill('#f-adoptedOn', '2099-01-10');
    await page.fill('#f-validFrom', '2099-02-01');
    await page.fill('#f-bands-1-overPct', '160');
    await page.getByRole('button', { name: 'Dodaj tabelę' }).click();
    await page.locator('#f-bands-1-overPct[aria-invalid="true"]').waitFor();
    await page.fill('#f-bands-1-overPct', '150');
    await page.getByRole('button', { name: 'Dodaj tabelę' }).click();
    await page.getByRole('heading', { level: 2, name: `Uchwała ${number}` }).waitFor();
    await expectAccessible(page);
  });
});
