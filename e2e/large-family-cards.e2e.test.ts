// Karta Dużej Rodziny in the browser: the clerk issues cards to a family of five — the mother for
// life, three children until their right ends, none to Ada, 18 and not in school — and the list of
// cards expiring next month shows Bartek's, who turns 18 on the 15th of next month.
import { addMonthsToDate } from '@ostoja/domain/family-benefits/dates';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeFamily } from '../apps/server/src/modules/large-family-cards/test-family.ts';
import { expectAccessible, h, login, openLink, page, pickPerson, staffAs, useHarness } from './harness.ts';

const today = todayInPoland();
const bartekBorn = `${addMonthsToDate(today, 1 - 18 * 12).slice(0, 7)}-15`;
// His 18th birthday is the 15th of next month: the card ends the day before.
const bartekUntil = `${addMonthsToDate(today, 1).slice(0, 7)}-14`;

useHarness();
beforeAll(async () => {
  await largeFamily(await staffAs('swiadczenia'), 905, [
    { first: 'Ada', birth: addMonthsToDate(today, -(18 * 12 + 2)), sex: 'F' },
    { first: 'Bartek', birth: bartekBorn, sex: 'M' },
    { first: 'Celina', birth: '2013-05-01', sex: 'F' },
    { first: 'Daniel', birth: '2017-09-09', sex: 'M' },
  ]);
});

describe('Karta Dużej Rodziny', () => {
  it('issues cards to a family of five and lists the one that expires next month', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openLink(page, 'Karta Dużej Rodziny');
    await openLink(page, 'Nowy wniosek o Kartę Dużej Rodziny');
    await pickPerson(page, 'Wielodzietna', 'Ewa');
    await page.getByRole('group', { name: 'Bartek Wielodzietna-905 (dziecko)' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz wniosek i wydaj karty' }).click();

    const cards = page.getByRole('table', { name: 'Karty' });
    await cards.waitFor();
    const rows = cards.getByRole('row');
    await expect.poll(() => rows.count()).toBe(5);
    const text = (await cards.textContent())!;
    expect(text).toContain('Ewa Wielodzietna-905');
    expect(text).toContain('bezterminowo');
    expect(text).toContain(polishDate(bartekUntil));
    expect(text).not.toContain('Ada');
    const ada = page.getByRole('table', { name: 'Członkowie rodziny' }).getByRole('row', { name: /Ada/ });
    expect(await ada.textContent()).toContain(
      'dziecko nie spełnia warunków wieku, nauki ani niepełnosprawności',
    );
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Karta Dużej Rodziny' }).first().click();
    const expiring = page.getByRole('table', { name: 'Karty tracące ważność w przyszłym miesiącu' });
    await expiring.waitFor();
    const bartek = expiring.getByRole('row', { name: /Bartek Wielodzietna-905/ });
    expect(await bartek.textContent()).toContain(polishDate(bartekUntil));
    expect(await expiring.getByRole('row', { name: /Celina Wielodzietna-905/ }).count()).toBe(0);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
