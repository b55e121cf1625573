// The administrator keeps the register of DPS homes and the monthly cost each starosta publishes
// (art. 60 ups): a name already in the register and a cost from a day already given are refused
// beside their fields, a new cost stands above the older one, and a social worker has no way in.
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, page, useHarness } from './harness.ts';

useHarness();

const year = Number(todayInPoland().slice(0, 4));
const home = 'Dom Pomocy Społecznej „Słoneczny Brzeg” (test)';
const table = () => page.getByRole('table', { name: 'Domy pomocy społecznej' });
const row = (name: string) => table().getByRole('row').filter({ hasText: name });
/** A cost's four fields in the form whose ids start with `prefix`. */
async function fillCost(
  prefix: string,
  validFrom: string,
  cost: string,
  publishedOn: string,
  source: string,
) {
  await page.fill(`#${prefix}validFrom`, validFrom);
  await page.fill(`#${prefix}monthlyCostGrosze`, cost);
  await page.fill(`#${prefix}publishedOn`, publishedOn);
  await page.fill(`#${prefix}source`, source);
}
// Amounts are written with a no-break space before "zł".
const plain = (texts: string[]) => texts.map((s) => s.replace(/\s/g, ' '));

describe('administrator: the register of DPS homes', () => {
  it('lists the demo homes with the cost in force', async () => {
    await login(page, h.baseUrl, 'admin');
    await openFromMenu(page, 'Rejestr DPS', 'Rejestr domów pomocy społecznej');
    await expect.poll(() => table().getByRole('row').count()).toBe(3);
    await row('Przystań')
      .getByText(new RegExp(`^6124,50\\szł od 01\\.04\\.${year - 1}$`))
      .waitFor();
    await expectAccessible(page);
  });

  it('refuses a name already in the register beside the field, then adds the home with its cost', async () => {
    await page.fill('#f-home-name', 'Dom Pomocy Społecznej „Przystań” (demo)');
    await page.locator('#f-home-kind').selectOption({ label: 'dla osób niepełnosprawnych fizycznie' });
    await page.fill('#f-home-powiat', 'pruszkowski');
    await page.fill('#f-home-places', '48');
    await fillCost(
      'f-home-cost-',
      `${year}-04-01`,
      '7210,35',
      `${year}-03-27`,
      'Zarządzenie Starosty (test)',
    );
    await page.getByRole('button', { name: 'Dodaj dom' }).click();
    await page.locator('#f-home-name[aria-invalid="true"]').waitFor();
    await page.getByText('Dom o tej nazwie jest już w rejestrze.').first().waitFor();
    await expect.poll(() => table().getByRole('row').count()).toBe(3);
    await expectAccessible(page);

    await page.fill('#f-home-name', home);
    await page.getByRole('button', { name: 'Dodaj dom' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Dodano dom „${home}”.` })
      .waitFor();
    const cells = plain(await row(home).getByRole('cell').allTextContents());
    expect(cells.slice(1)).toEqual([
      'dla osób niepełnosprawnych fizycznie',
      'pruszkowski',
      '48',
      `7210,35 zł od 01.04.${year}`,
    ]);
    // The form starts afresh for the next home.
    await expect.poll(() => page.inputValue('#f-home-name')).toBe('');
  });

  it('refuses a second cost from the same day beside it, then lists the newer cost first', async () => {
    const id = await page.locator('#f-cost-homeId option', { hasText: home }).getAttribute('value');
    await page.locator('#f-cost-homeId').selectOption(id!);
    await fillCost('f-cost-', `${year}-04-01`, '7400', `${year}-03-30`, 'Korekta zarządzenia (test)');
    await page.getByRole('button', { name: 'Zapisz koszt' }).click();
    await page.locator('#f-cost-validFrom[aria-invalid="true"]').waitFor();
    await page.getByText('Koszt obowiązujący od tego dnia jest już wprowadzony.').first().waitFor();

    await page.fill('#f-cost-validFrom', `${year + 1}-04-01`);
    await page.getByRole('button', { name: 'Zapisz koszt' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Zapisano koszt domu „${home}”.` })
      .waitFor();
    const costs = row(home).getByRole('cell').last().locator('div');
    await expect
      .poll(async () => plain(await costs.allTextContents()))
      .toEqual([`7400,00 zł od 01.04.${year + 1}`, `7210,35 zł od 01.04.${year}`]);
    await expectAccessible(page);
  });

  it('gives a social worker neither the menu entry nor the page', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await expect.poll(() => page.getByRole('link', { name: 'Rejestr DPS' }).count()).toBe(0);
    await page.goto(`${h.baseUrl}/dps/homes`);
    await page.getByRole('heading', { level: 1, name: 'Brak dostępu' }).waitFor();
  });
});
