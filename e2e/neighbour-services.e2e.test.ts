// The benefits clerk runs neighbour services (usługi sąsiedzkie, art. 50 ust. 2a ups): the month's
// payment list at the demo rate of 25 zł an hour, a new neighbour (an address is required), an
// assignment to a client's decision, the month's hours (more than assigned refused beside the
// field) and the payment list with the new neighbour, to the grosz.
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, page, useHarness } from './harness.ts';

useHarness();

const today = todayInPoland();
const month = today.slice(0, 7);
const NEIGHBOUR = 'Halina Pomocna (test)';
const payments = () => page.getByRole('table', { name: `Wypłaty za ${month} (stawka 25,00 zł/godz.)` });
const plain = (texts: string[]) => texts.map((s) => s.replace(/\s/g, ' '));
const lineOf = async (name: string) =>
  plain(await payments().getByRole('row').filter({ hasText: name }).getByRole('cell').allTextContents());
const total = () => page.getByText(/^Razem: /);

describe('benefits clerk: neighbour services', () => {
  it('shows the month’s payment list: the demo neighbour’s hours for two clients at 25 zł', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Usługi sąsiedzkie');
    await payments().waitFor();
    // 12,25 h + 6,5 h = 18,75 h × 25,00 zł = 468,75 zł
    expect(await lineOf('Krystyna Sąsiedzka (demo)')).toEqual([
      'Krystyna Sąsiedzka (demo)',
      '61109010140000071219812874',
      '2',
      '18,75',
      '468,75 zł',
    ]);
    await expect.poll(async () => plain([(await total().textContent()) ?? ''])[0]).toBe('Razem: 468,75 zł');
    await expectAccessible(page);
  });

  it('refuses a neighbour without an address beside the field, then adds one', async () => {
    await page.fill('#f-nb-add-fullName', NEIGHBOUR);
    await page.fill('#f-nb-add-bankAccount', '12 3456');
    await page.getByRole('button', { name: 'Dodaj sąsiada' }).click();
    await page.locator('#f-nb-add-address[aria-invalid="true"]').waitFor();
    await page.locator('#f-nb-add-bankAccount[aria-invalid="true"]').waitFor();
    await page.getByText('Numer rachunku (NRB) ma 26 cyfr.').first().waitFor();
    await page.fill('#f-nb-add-address', 'ul. Ołówkowa 3, Pruszków');
    await page.fill('#f-nb-add-bankAccount', '');
    await page.getByRole('button', { name: 'Dodaj sąsiada' }).click();
    await page.getByRole('table', { name: 'Sąsiedzi świadczący usługi' }).getByText(NEIGHBOUR).waitFor();
    await expect.poll(() => page.inputValue('#f-nb-add-fullName')).toBe('');
  });

  it('assigns the neighbour to a client’s decision; more hours than assigned are refused', async () => {
    const decision = page.locator('#f-nb-assign-careServiceId');
    // Nothing is chosen until the clerk chooses (the first decision is not shown as if it were).
    expect(await decision.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('— wybierz —');
    await decision.selectOption({ index: 1 });
    const chosen = await decision.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '');
    const client = chosen.split(' — ')[0]!;
    const neighbour = await page
      .locator('#f-nb-assign-neighbourId option', { hasText: NEIGHBOUR })
      .getAttribute('value');
    await page.locator('#f-nb-assign-neighbourId').selectOption(neighbour!);
    await page.fill('#f-nb-assign-hoursPerMonth', '10,5');
    await page.fill('#f-nb-assign-periodTo', `${today.slice(0, 4)}-12-31`);
    await page.getByRole('button', { name: 'Przydziel sąsiada' }).click();
    const assignments = page.getByRole('table', { name: 'Kto komu pomaga' });
    await assignments.getByRole('row').filter({ hasText: NEIGHBOUR }).filter({ hasText: client }).waitFor();

    const assignment = await page
      .locator('#f-nb-hours-assignmentId option', { hasText: `${NEIGHBOUR} → ${client}` })
      .getAttribute('value');
    await page.locator('#f-nb-hours-assignmentId').selectOption(assignment!);
    await page.fill('#f-nb-hours-hours', '11');
    await page.getByRole('button', { name: 'Zapisz godziny' }).click();
    await page.locator('#f-nb-hours-hours[aria-invalid="true"]').waitFor();
    await page
      .getByText(/^Więcej godzin niż przydział na miesiąc/)
      .first()
      .waitFor();
    expect(await lineOf(NEIGHBOUR)).toEqual([]);
    await expectAccessible(page);

    await page.fill('#f-nb-hours-hours', '8,5');
    await page.getByRole('button', { name: 'Zapisz godziny' }).click();
    await page.getByText(`Zapisano 8,5 godz. za ${month}.`).waitFor();
    // 8,5 h × 25,00 zł = 212,50 zł; with the demo neighbour's 468,75 zł, 681,25 zł in all.
    await expect.poll(() => lineOf(NEIGHBOUR)).toEqual([NEIGHBOUR, '—', '1', '8,5', '212,50 zł']);
    await expect.poll(async () => plain([(await total().textContent()) ?? ''])[0]).toBe('Razem: 681,25 zł');
  });
});
