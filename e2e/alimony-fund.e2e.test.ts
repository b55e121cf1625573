// The alimony fund in the browser: the clerk enters a mother of two with the court alimony and
// the bailiff's certificate, grants the fund, and the first month's payment is in the next run.
import { beforeAll, describe, expect, it } from 'vitest';
import { newFamily } from '../apps/server/src/modules/family-benefits/routes.examples.ts';
import { expectAccessible, h, login, openLink, page, pickPerson, staffAs, useHarness } from './harness.ts';

/** The decision's first month of payment, as its schedule shows it (YYYY-MM). */
let firstMonth = '';

useHarness();
beforeAll(async () => {
  await newFamily(await staffAs('swiadczenia'), 904);
});

describe('alimony fund', () => {
  it('grants the fund to a mother of two, and the payment is in the next run', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openLink(page, 'Fundusz alimentacyjny');
    await openLink(page, 'Nowy wniosek o fundusz alimentacyjny');
    await pickPerson(page, 'Zasiłkowa', 'Marta');
    const marta = page.getByRole('group', { name: 'Marta Zasiłkowa-904' });
    await marta.waitFor();
    await marta.getByRole('textbox', { name: /Przychód.*PIT/ }).fill('24 000,00');
    // A court alimony of 0 is refused naming the field, before anything is sent.
    const ola = page.getByRole('group', { name: 'Ola Zasiłkowa-904' });
    await ola.getByRole('textbox', { name: /Alimenty ustalone przez sąd/ }).fill('0');
    await page.getByRole('textbox', { name: 'Imię i nazwisko dłużnika' }).fill('Jan Dłużny');
    await page.getByRole('textbox', { name: 'Adres dłużnika' }).fill('ul. Długa 5, 00-001 Warszawa');
    await page.getByRole('textbox', { name: /Komornik/ }).fill('Komornik Sądowy w Pruszkowie');
    await page.getByRole('textbox', { name: 'Sygnatura sprawy egzekucyjnej' }).fill('Km 904/26');
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();
    await page.getByText('Alimenty ustalone przez sąd muszą być większe od zera.').first().waitFor();
    await expectAccessible(page);

    await ola.getByRole('textbox', { name: /Alimenty ustalone przez sąd/ }).fill('600');
    await page
      .getByRole('group', { name: 'Kuba Zasiłkowa-904' })
      .getByRole('textbox', { name: /Alimenty ustalone przez sąd/ })
      .fill('450');
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();

    // 24 000 zł / 12 = 2000 zł, 666,67 zł a person: within 1209 zł, so 600 + 450 zł in full.
    await page.getByRole('heading', { level: 2, name: 'Prawo do świadczeń w pierwszym miesiącu' }).waitFor();
    const monthly = (await page.getByTestId('fb-monthly').textContent())!.replace(/\s/g, '');
    expect(monthly).toBe('1050,00zł');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wydaj decyzję' }).click();
    const schedule = page.getByRole('table', { name: 'Harmonogram wypłat' });
    await schedule.waitFor();
    firstMonth = (await schedule.getByRole('row').nth(1).getByRole('cell').first().textContent())!;
    await expectAccessible(page);

    const next = new Date();
    next.setUTCMonth(next.getUTCMonth() + 1);
    const month = next.toISOString().slice(0, 7);
    const api = page.context().request;
    const run = await api.post(`${h.baseUrl}/api/v1/payment-runs`, {
      data: { month },
      headers: { origin: h.baseUrl },
    });
    expect(run.status()).toBeLessThan(300);
    const items = await h.db.query<{ month: string; status: string; amount: number }>(
      `SELECT to_char(s.month, 'YYYY-MM') AS month, s.status, s.amount FROM payment_schedule_item s
         JOIN decision d ON d.id = s.decision_id
         JOIN alimony_fund_application f ON f.id = d.alimony_fund_application_id
         JOIN person p ON p.id = f.applicant_id WHERE p.surname = 'Zasiłkowa-904' ORDER BY s.month`,
    );
    expect(items.rows.find((r) => r.month === firstMonth)).toMatchObject({
      status: 'listed',
      amount: 105_000,
    });
    expect(h.pageErrors).toEqual([]);
  });

  it('refuses an undue-benefit decision for a month not yet paid, beside the month', async () => {
    const undue = page.getByRole('region', { name: 'Świadczenia nienależnie pobrane' });
    await undue.getByText('Nie wydano decyzji o nienależnie pobranych świadczeniach.').waitFor();
    await undue.getByLabel('Miesiąc wypłaty').fill(firstMonth);
    await undue.getByLabel(/^Uzasadnienie/).fill('Dłużnik wpłacił alimenty bezpośrednio matce.');
    await undue.getByRole('button', { name: 'Wydaj decyzję o zwrocie' }).click();
    await undue.getByText('Za ten miesiąc nie wypłacono świadczenia z tej decyzji.').first().waitFor();
    await expect.poll(() => page.locator('#f-months-0-month').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    const written = await h.db.query('SELECT 1 FROM alimony_fund_undue');
    expect(written.rowCount).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
