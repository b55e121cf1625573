// The Karta Dużej Rodziny applied for on the portal: a resident finds the card among the forms of
// help, files the family online and gets a reference and the documents still to bring; the clerk
// finds the application in the KDR module and registers it, which issues the cards.
import { addMonthsToDate } from '@ostoja/domain/family-benefits/dates';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeFamily } from '../apps/server/src/modules/large-family-cards/test-family.ts';
import { expectAccessible, h, login, openLink, page, pickPerson, staffAs, useHarness } from './harness.ts';

let reference = '';
const today = todayInPoland();
const SURNAME = 'Portalowska';

useHarness();
beforeAll(async () => {
  // The same family in the registry, as the clerk enters it before registering the application.
  await largeFamily(await staffAs('swiadczenia'), 907, [
    { first: 'Kuba', birth: addMonthsToDate(today, -(19 * 12)), sex: 'M' },
    { first: 'Lena', birth: '2013-05-01', sex: 'F' },
    { first: 'Mia', birth: '2017-09-09', sex: 'F' },
  ]);
});

describe('Karta Dużej Rodziny on the portal', () => {
  it('a resident applies online: mistakes beside their fields, then a reference and what to bring', async () => {
    await page.goto(`${h.baseUrl}/portal/help/karta-duzej-rodziny`);
    await page.getByRole('heading', { level: 1, name: 'Karta Dużej Rodziny' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Jak złożyć wniosek' }).waitFor();
    await expectAccessible(page);
    await openLink(page, 'Złóż wniosek online', 'Wniosek o Kartę Dużej Rodziny');

    await page.getByRole('button', { name: 'Złóż wniosek' }).click();
    await page.getByRole('alert').filter({ hasText: 'Popraw zaznaczone pola.' }).waitFor();
    await expect.poll(() => page.getAttribute('#f-members-0-firstName', 'aria-invalid')).toBe('true');
    await expectAccessible(page);

    const family = [
      ['Ewa', '1984-03-03'],
      ['Kuba', addMonthsToDate(today, -(19 * 12))],
      ['Lena', '2013-05-01'],
      ['Mia', '2017-09-09'],
    ] as const;
    for (const [i, [first, born]] of family.entries()) {
      await page.fill(`#f-members-${i}-firstName`, first);
      await page.fill(`#f-members-${i}-surname`, SURNAME);
      await page.fill(`#f-members-${i}-birthDate`, born);
    }
    await page.fill('#f-members-1-schoolUntil', addMonthsToDate(today, 18));
    await page.fill('#f-address-street', 'Helenowska');
    await page.fill('#f-address-building', '7');
    await page.fill('#f-address-postalCode', '05-800');
    await page.fill('#f-address-city', 'Pruszków');
    await page.fill('#f-phone', '500 600 700');
    await page.getByLabel('dokumenty tożsamości członków rodziny (lub ich numery PESEL)').check();
    await page.locator('#f-declaration').check();
    await page.getByRole('button', { name: 'Złóż wniosek' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Numer wniosku' });
    await status.waitFor();
    reference = /E\/\d{4}\/\d{5}/.exec((await status.textContent())!)![0];
    await page.getByText('zaświadczenie ze szkoły lub uczelni dla dziecka, które ukończyło 18 lat').waitFor();
    await expectAccessible(page);
  });

  it('the clerk finds it among the portal applications and registers it: the cards are issued', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/large-family-cards`);
    const online = page.getByRole('table', { name: 'Wnioski z portalu' });
    await online
      .getByRole('row', { name: new RegExp(`${reference}.*Ewa ${SURNAME}.*czeka na rejestrację`) })
      .waitFor();
    await expectAccessible(page);
    await online.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Wniosek z portalu ${reference}` }).waitFor();
    await page
      .getByText('Według wpisanych danych rodzina spełnia warunek co najmniej trojga dzieci.')
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Zarejestruj wniosek' }).click();
    await page.getByText(`Rejestrujesz wniosek z portalu ${reference}.`).waitFor();
    await pickPerson(page, 'Wielodzietna', 'Ewa');
    await page.getByRole('group', { name: 'Lena Wielodzietna-907 (dziecko)' }).waitFor();
    await page.getByRole('button', { name: 'Zapisz wniosek i wydaj karty' }).click();
    await page.getByRole('table', { name: 'Karty' }).waitFor();

    await page.goto(`${h.baseUrl}/large-family-cards`);
    await online.getByRole('row', { name: new RegExp(`${reference}.*zarejestrowany`) }).waitFor();
  });
});
