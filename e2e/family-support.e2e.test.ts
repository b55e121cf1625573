// Family support in the browser: the clerk enters a powiat note and sees the discrepancy against
// art. 191 ust. 9 uwr; the assistant opens "Rodziny z asystentem", a family, and records a visit.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newFosterChild,
  newHousehold,
  userId,
} from '../apps/server/src/modules/family-support/routes.examples.ts';
import { staffContext } from '../apps/server/src/test/route-examples.ts';
import { axeViolations, type Harness, login, startHarness } from './harness.ts';

let h: Harness;
let page: Page;
let childName = '';
let familyName = '';

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const staff = await userId(h.db, 'kadra');
  const fx = { staff: () => staffContext(h.db, staff) };
  const child = await newFosterChild(fx, 901, '2024-03-15');
  childName = `${child.surname} ${child.firstName}`;
  const household = await newHousehold(fx, 902);
  familyName = `Rodzinna-902 Ewa`;
  await h.db.query(
    `INSERT INTO family_assistance (household_id, status, referred_by, referred_on, referral_reason, basis,
        assistant_id, assigned_on, consent_on)
     VALUES ($1, 'active', $2, CURRENT_DATE, 'Po wywiadzie środowiskowym', 'head', $3, CURRENT_DATE, CURRENT_DATE)`,
    [household.id, await userId(h.db, 'pracownik'), await userId(h.db, 'asystent')],
  );
});
afterAll(async () => {
  await h?.close();
});

async function expectAccessible(p: Page) {
  expect(await axeViolations(p), `axe on ${p.url()}`).toEqual([]);
}

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
    await page.getByRole('link', { name: 'Rodziny z asystentem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rodziny z asystentem rodziny' }).waitFor();
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
