// The administrator enters the council's fee resolution for shelters (art. 97 ust. 5 ups): a date in
// force before adoption is refused beside its field, the resolution is listed with its cost and
// bands, the same one entered twice is refused beside its number, and a benefits clerk reads the
// register without the form.
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

useHarness();

describe('administrator: the shelter fee resolutions', () => {
  const number = 'XIV/212/2026';
  const table = () => page.getByRole('table', { name: 'Uchwały o odpłatności za schronienie' });
  const submit = () => page.getByRole('button', { name: 'Wprowadź uchwałę' }).click();
  /** The resolution's number, dates, cost and its first band's fees. */
  const fill = async (validFrom: string) => {
    for (const [field, value] of [
      ['number', number],
      ['adoptedOn', '2026-11-20'],
      ['validFrom', validFrom],
      ['dailyCostGrosze', '45,50'],
      ['bands-0-singlePct', '10'],
      ['bands-0-familyPct', '5'],
    ])
      await page.fill(`#f-${field}`, value!);
  };

  it('refuses a date in force before adoption beside the field, then lists the resolution', async () => {
    await login(page, h.baseUrl, 'admin');
    await openFromMenu(page, 'Schronienie');
    await openLink(page, 'Rejestr schronisk');
    await openLink(page, 'Uchwały o odpłatności', 'Uchwały o odpłatności za schronienie');
    await page.getByText('Nie wprowadzono jeszcze uchwał.').waitFor();

    await fill('2026-11-01');
    await page.fill('#f-bands-0-overPct', '100');
    await page.fill('#f-bands-0-upToPct', '150');
    await page.getByRole('button', { name: 'Dodaj próg' }).click();
    await page.fill('#f-bands-1-singlePct', '20');
    await page.fill('#f-bands-1-familyPct', '15');
    await submit();
    await page.locator('#f-validFrom[aria-invalid="true"]').waitFor();
    await page.getByText('Data wejścia w życie nie może poprzedzać daty podjęcia.').first().waitFor();
    await expectAccessible(page);

    await page.fill('#f-validFrom', '2027-01-01');
    await submit();
    const row = table().getByRole('row', { name: new RegExp(number.replaceAll('/', '\\/')) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual([number, 'schronisko dla osób bezdomnych', '20.11.2026', '01.01.2027']);
    expect(cells[4]).toMatch(/^45,50\s?zł$/);
    expect(cells[5]).toBe('100–150%: 10% / 5%; 150–∞%: 20% / 15%');
    // The form started afresh for the next resolution.
    await expect.poll(() => page.inputValue('#f-number')).toBe('');
    await expectAccessible(page);
  });

  it('refuses the same resolution entered again beside its number', async () => {
    await fill('2027-01-01');
    await submit();
    await page.locator('#f-number[aria-invalid="true"]').waitFor();
    await page.getByText('Ta uchwała z tą datą wejścia w życie została już wprowadzona.').first().waitFor();
    await expect.poll(() => table().getByRole('row').count()).toBe(2);
  });

  it('shows a benefits clerk the resolutions but not the form', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/shelters/fee-resolutions`);
    await table().getByRole('cell', { name: number, exact: true }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Nowa uchwała' }).count()).toBe(0);
    await expect.poll(() => page.locator('#f-number').count()).toBe(0);
    await expectAccessible(page);
  });
});
