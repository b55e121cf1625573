// Family benefits in the browser: the clerk enters a family with two children and a lost income,
// issues the decision, and the first month's payment appears in the next payment run.
import { beforeAll, describe, expect, it } from 'vitest';
import { newFamily } from '../apps/server/src/modules/family-benefits/routes.examples.ts';
import { expectAccessible, h, login, openLink, page, pickPerson, staffAs, useHarness } from './harness.ts';

useHarness();
beforeAll(async () => {
  await newFamily(await staffAs('swiadczenia'), 903);
});

describe('family benefits', () => {
  it('enters the family with a lost income, decides, and the payment is in the next run', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openLink(page, 'Świadczenia rodzinne');
    await openLink(page, 'Nowy wniosek o zasiłek rodzinny');
    await pickPerson(page, 'Zasiłkowa', 'Marta');
    const marta = page.getByRole('group', { name: 'Marta Zasiłkowa-903' });
    await marta.waitFor();
    await expectAccessible(page);
    await marta.getByRole('textbox', { name: /Przychód.*PIT/ }).fill('42 000,00');
    await marta.getByRole('textbox', { name: /Należny podatek/ }).fill('2000');
    await marta.getByRole('textbox', { name: /Składki zdrowotne/ }).fill('2000');
    await marta.getByRole('textbox', { name: /Składki społeczne/ }).fill('2000');
    await marta.getByRole('checkbox', { name: /Utrata dochodu/ }).check();
    await marta.getByLabel(/Data utraty dochodu/).fill('2026-03-01');
    await marta.getByRole('textbox', { name: /Utracony dochód/ }).fill('30 000');
    for (const a of [/zaświadczenie z urzędu skarbowego/, /zaświadczenie o składkach/, /utratę dochodu/])
      await page.getByRole('checkbox', { name: a }).check();
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();

    // (42 000 − 6 000 − 30 000) zł / 12 = 500 zł; 95 or 124 zł for each of the two children.
    await page.getByRole('heading', { level: 2, name: 'Prawo do świadczeń w pierwszym miesiącu' }).waitFor();
    expect((await page.locator('.facts').textContent())?.replace(/\s/g, ' ')).toContain('500,00 zł');
    await expect.poll(() => page.getByText('kompletny').count()).toBeGreaterThan(0);
    const monthly = (await page.getByTestId('fb-monthly').textContent())!.replace(/\s/g, ' ');
    expect(monthly).toMatch(/^(190|219|248),00 zł$/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wydaj decyzję' }).click();
    const schedule = page.getByRole('table', { name: 'Harmonogram wypłat' });
    await schedule.waitFor();
    const firstMonth = (await schedule.getByRole('row').nth(1).getByRole('cell').first().textContent())!;
    await expectAccessible(page);

    // The next payment run lists the months due by then, this family's first month among them.
    const next = new Date();
    next.setUTCMonth(next.getUTCMonth() + 1);
    const month = next.toISOString().slice(0, 7);
    const api = page.context().request;
    const headers = { origin: h.baseUrl };
    const run = await api.post(`${h.baseUrl}/api/v1/payment-runs`, { data: { month }, headers });
    expect(run.status()).toBeLessThan(300);
    const items = await h.db.query<{ month: string; status: string }>(
      `SELECT to_char(s.month, 'YYYY-MM') AS month, s.status FROM payment_schedule_item s
         JOIN decision d ON d.id = s.decision_id
         JOIN family_benefit_application f ON f.id = d.family_benefit_application_id
         JOIN person p ON p.id = f.applicant_id WHERE p.surname = 'Zasiłkowa-903' ORDER BY s.month`,
    );
    expect(items.rows.find((r) => r.month === firstMonth)?.status).toBe('listed');
    expect(h.pageErrors).toEqual([]);
  });
});
