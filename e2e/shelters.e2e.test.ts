// A benefits clerk adds a shelter to the register and refers a person with an application after
// its home visit there: a decision with its number, found again on the person's page.
import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, it } from 'vitest';
import {
  expectAccessible,
  h,
  login,
  openFromMenu,
  openLink,
  page,
  useHarness,
  type VisitedApplicant,
  visitedApplicant,
} from './harness.ts';

let person: VisitedApplicant;

useHarness();
beforeAll(async () => {
  person = await visitedApplicant();
});

describe('benefits clerk: a shelter referral (art. 48a ups)', () => {
  const today = todayInPoland();
  const name = () => `${person.surname} ${person.firstName}`;

  it('adds a shelter to the register', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Schronienie');
    await openLink(page, 'Rejestr schronisk');
    await page.fill('#f-name', 'Schronisko im. św. Brata Alberta');
    await page.fill('#f-address', 'ul. Działkowa 7, 05-800 Pruszków');
    await page.fill('#f-places', '0');
    await page.getByRole('button', { name: 'Dodaj do rejestru' }).click();
    await page.locator('#f-places[aria-invalid="true"]').waitFor();
    await page.getByText('Podaj liczbę miejsc większą od zera.').first().waitFor();
    await page.fill('#f-places', '30');
    await page.getByRole('button', { name: 'Dodaj do rejestru' }).click();
    await page.getByRole('cell', { name: 'Schronisko im. św. Brata Alberta' }).waitFor();
    await expectAccessible(page);
  });

  it('refuses a shelter without an application beside the field, then decides and shows it on the person’s page', async () => {
    await page.goto(`${h.baseUrl}/shelter-referrals`);
    await page.getByRole('heading', { level: 2, name: 'Nowe skierowanie' }).waitFor();
    await page.fill('#f-personId', person.pesel);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('button', { name: `Wybierz ${name()}` }).click();
    await page
      .locator('#f-shelterId')
      .selectOption({ label: 'Schronisko im. św. Brata Alberta — schronisko dla osób bezdomnych (0/30)' });
    await page.fill('#f-periodTo', addDays(today, 30));
    await page.getByRole('button', { name: 'Skieruj' }).click();
    await page.locator('#f-applicationId[aria-invalid="true"]').waitFor();
    await page
      .getByText('Decyzja o schronisku albo odpłatność wymaga wniosku z wywiadem środowiskowym.')
      .first()
      .waitFor();
    await expectAccessible(page);

    const option = page.locator('#f-applicationId option', { hasText: person.number });
    await page.locator('#f-applicationId').selectOption((await option.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Skieruj' }).click();
    await page.getByRole('heading', { level: 1, name: `Skierowanie: ${name()}` }).waitFor();
    const number = (await page.locator('dt:has-text("Decyzja") + dd').textContent())!;
    if (!new RegExp(`\\.${today.slice(0, 4)}$`).test(number))
      throw new Error(`no decision number: ${number}`);
    await page.locator('dt:has-text("Doby") + dd', { hasText: '31' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: name() }).click();
    const section = page.getByRole('region', { name: 'Schronienie' });
    await section
      .getByRole('link', { name: /Schronisko im\. św\. Brata Alberta \(schronisko dla osób bezdomnych\)/ })
      .waitFor();
    await section.getByText(number).waitFor();
    await expectAccessible(page);
  });
});
