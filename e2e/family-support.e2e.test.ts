// Family support in the browser: the clerk enters a powiat note and sees the discrepancy against
// art. 191 ust. 9 uwr; the assistant opens "Rodziny z asystentem", a family, and records a visit.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  newFosterChild,
  newHousehold,
  userId,
} from '../apps/server/src/modules/family-support/routes.examples.ts';
import { expectAccessible, h, login, openLink, page, staffAs, useHarness } from './harness.ts';

let childName = '';
let familyName = '';
let referredPersonId = '';

useHarness();
beforeAll(async () => {
  const fx = await staffAs('kadra');
  const child = await newFosterChild(fx, 901, '2024-03-15');
  childName = `${child.surname} ${child.firstName}`;
  const household = await newHousehold(fx, 902);
  await newHousehold(fx, 903);
  referredPersonId = (
    await h.db.query<{ id: string }>(`SELECT id FROM person WHERE surname = 'Rodzinna-903'`)
  ).rows[0]!.id;
  familyName = `Rodzinna-902 Ewa`;
  await h.db.query(
    `INSERT INTO family_assistance (household_id, status, referred_by, referred_on, referral_reason, basis,
        assistant_id, assigned_on, consent_on)
     VALUES ($1, 'active', $2, CURRENT_DATE, 'Po wywiadzie środowiskowym', 'head', $3, CURRENT_DATE, CURRENT_DATE)`,
    [household.id, await userId(h.db, 'pracownik'), await userId(h.db, 'asystent')],
  );
});

describe('foster care co-financing', () => {
  it('enters a note and shows the difference from the share the rule gives, to the grosz', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.getByRole('link', { name: 'Piecza zastępcza' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Piecza zastępcza — współfinansowanie gminy' })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: childName }).click();
    await page.getByRole('heading', { level: 1, name: childName }).waitFor();
    await page.getByLabel('Miesiąc', { exact: false }).first().fill('2026-03');
    await page.getByRole('textbox', { name: /Numer noty/ }).fill('PCPR.N.3.2026');
    await page.getByRole('textbox', { name: /Koszt miesiąca/ }).fill('4 123,45');
    await page.getByRole('textbox', { name: /Obciążenie gminy/ }).fill('1 700,00');
    await page.getByRole('button', { name: 'Zapisz notę' }).click();
    // 4 123,45 zł: 14 days at 30 % and 17 at 50 % → 1 689,28 zł; the powiat charged 10,72 zł more.
    const row = page.getByRole('row', { name: /PCPR\.N\.3\.2026/ });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s/g, ' ')).toMatch(/1689,28 zł.*różnica 10,72 zł/);
    await expectAccessible(page);
  });
});

describe('family assistant', () => {
  it('opens her family from "Rodziny z asystentem" and records a visit', async () => {
    await login(page, h.baseUrl, 'asystent');
    await openLink(page, 'Rodziny z asystentem', 'Rodziny z asystentem rodziny');
    await expectAccessible(page);
    await page.getByRole('link', { name: familyName }).click();
    await page.getByRole('heading', { level: 1, name: familyName }).waitFor();
    await page
      .getByRole('textbox', { name: /Notatka/ })
      .fill('Wizyta w domu: rodzina ustaliła plan zakupów.');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('wizyta w domu: Wizyta w domu: rodzina ustaliła plan zakupów.').waitFor();
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('from the referral to the end of the work', () => {
  it('the worker refers the family from the person page; the head assigns; the assistant starts and ends', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/persons/${referredPersonId}`);
    const section = page.getByRole('region', { name: 'Asystent rodziny' });
    await section.getByText('Rodzina nie była kierowana do asystenta.').waitFor();
    await section.locator('summary', { hasText: 'Skieruj rodzinę do asystenta' }).click();
    // The court's order needs its reference: asked for beside the field.
    await section.getByLabel('Podstawa').selectOption('court');
    await section.getByLabel('Powód skierowania').fill('Zaniedbania opiekuńcze stwierdzone w wywiadzie.');
    await section.getByRole('button', { name: 'Skieruj' }).click();
    await section.getByText('To pole jest wymagane.').first().waitFor();
    await section.getByLabel('Sygnatura postanowienia sądu').fill('III Nsm 120/26');
    await section.getByRole('button', { name: 'Skieruj' }).click();
    await section.getByText('skierowana', { exact: true }).waitFor();
    await expectAccessible(page);

    await login(page, h.baseUrl, 'dyrektor');
    await page.goto(`${h.baseUrl}/persons/${referredPersonId}`);
    await page
      .getByRole('region', { name: 'Asystent rodziny' })
      .getByRole('link', { name: /^Skierowanie z / })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Przydziel asystenta rodziny' }).waitFor();
    await page.getByLabel('Asystent rodziny').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Przydziel', exact: true }).click();
    await page.getByText('przydzielony asystent', { exact: true }).waitFor();

    await login(page, h.baseUrl, 'asystent');
    await page.goto(`${h.baseUrl}/persons/${referredPersonId}`);
    await page
      .getByRole('region', { name: 'Asystent rodziny' })
      .getByRole('link', { name: /^Skierowanie z / })
      .click();
    await page.getByRole('button', { name: 'Rodzina wyraziła zgodę — rozpocznij pracę' }).click();
    await page.getByText('w pracy', { exact: true }).waitFor();
    await page.locator('summary', { hasText: 'Zakończ pracę z rodziną' }).click();
    await page.getByLabel('Powód zakończenia').fill('Rodzina przeprowadziła się do innej gminy.');
    await page.getByRole('button', { name: 'Zakończ pracę' }).click();
    await page.getByText('zakończona', { exact: true }).waitFor();
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a child placed in foster care', () => {
  it('is added by picking the registered child, and opens on its page', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.getByRole('link', { name: 'Piecza zastępcza' }).click();
    await page.locator('summary', { hasText: 'Dodaj dziecko umieszczone w pieczy' }).click();
    await page.getByRole('button', { name: 'Dodaj dziecko' }).click();
    await page.locator('#f-placedOn-error').waitFor();
    await page.getByLabel('Znajdź osobę').fill('Rodzinna');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page
      .getByRole('button', { name: /Rodzinna-903/ })
      .first()
      .click();
    await page.getByLabel('Data umieszczenia').fill('2026-06-01');
    await page.getByLabel('Rodzina zastępcza lub placówka').fill('Rodzina zastępcza niezawodowa Nowak');
    await page.getByLabel('Powiat obciążający gminę').fill('Powiat warszawski zachodni');
    await page.getByRole('button', { name: 'Dodaj dziecko' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rodzinna-903 Ewa' }).waitFor();
    await expectAccessible(page);
  });
});
