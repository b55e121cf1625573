// Family benefits between filing and the last month, in the browser (issue 18): the call to complete
// on the clerk's home page, the day an application went to the voivode, the change of a granted
// right whose months already listed above it become an undue benefit to repay, and the sprawozdanie.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  familyApplication,
  grantedFamilyApplication,
} from '../apps/server/src/modules/family-benefits/routes.examples.ts';
import { expectAccessible, h, login, openLink, page, staffAs, useHarness } from './harness.ts';

const apps = { incomplete: { id: '', number: '' }, abroad: '', granted: '' };

useHarness();
beforeAll(async () => {
  const fx = await staffAs('swiadczenia');
  const incomplete = (await familyApplication(fx, 911, { attachments: false })).application;
  apps.incomplete = { id: incomplete.id, number: incomplete.number };
  apps.abroad = (await familyApplication(fx, 912, { workingAbroad: true })).application.id;
  apps.granted = (await grantedFamilyApplication(fx, 913)).application.id;
  await login(page, h.baseUrl, 'swiadczenia');
});

/** Grosze of a money text such as "1 234,56 zł". */
const grosze = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('the family benefits clerk', () => {
  it('sees the call to complete run out on her home page, and opens the application', async () => {
    await page.goto(`${h.baseUrl}/`);
    const due = page.getByRole('region', {
      name: 'Wezwania do uzupełnienia wniosków o świadczenia rodzinne',
    });
    // Filed on 16 November 2026: the 14 days ran out on 30 November.
    const row = due.getByRole('row').filter({ hasText: apps.incomplete.number });
    await row.getByText('30.11.2026').waitFor();
    await row.getByText('Po terminie').waitFor();
    await expectAccessible(page);
    await row.getByRole('link', { name: apps.incomplete.number }).click();
    await page
      .getByRole('heading', { level: 1, name: `Świadczenia rodzinne: ${apps.incomplete.number}` })
      .waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('records the day the application went to the voivode, not before it was filed', async () => {
    await page.goto(`${h.baseUrl}/family-benefits/${apps.abroad}`);
    const form = page.getByRole('region', { name: 'Przekazanie wniosku wojewodzie' });
    const day = form.getByLabel(/Data przekazania wojewodzie/);
    await day.fill('2026-11-10');
    await form.getByRole('button', { name: 'Zapisz datę przekazania' }).click();
    await form.getByText('Data przekazania jest wcześniejsza niż data złożenia wniosku.').first().waitFor();
    await expect.poll(() => day.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await day.fill('2026-11-18');
    await form.getByRole('button', { name: 'Zapisz datę przekazania' }).click();
    await page.getByText(/Przekazano 18\.11\.2026\./).waitFor();
    const stored = await h.db.query<{ on: string }>(
      'SELECT forwarded_on::text AS on FROM family_benefit_application WHERE id = $1',
      [apps.abroad],
    );
    expect(stored.rows[0]!.on).toBe('2026-11-18');
    expect(h.pageErrors).toEqual([]);
  });

  it('changes the granted right from January; the months listed above it are undue, to repay', async () => {
    // November to February go into the runs at 248 zł (November with 100 zł for the school year).
    const api = page.context().request;
    const run = await api.post(`${h.baseUrl}/api/v1/payment-runs`, {
      data: { month: '2027-02' },
      headers: { origin: h.baseUrl },
    });
    expect(run.status()).toBeLessThan(300);

    await page.goto(`${h.baseUrl}/family-benefits/${apps.granted}`);
    const change = page.getByRole('region', { name: 'Zmiana decyzji i świadczenia nienależnie pobrane' });
    await change.getByRole('link', { name: /^Decyzja ŚR\.5230\/2026\/\d{4} \(PDF\)$/ }).waitFor();
    await change.getByLabel(/^Od miesiąca/).fill('2027-01');
    await change
      .getByLabel(/^Uzasadnienie zmiany/)
      .fill('Wnioskodawczyni uzyskała dochód od stycznia 2027 r.');
    // 2 100 zł a month: 78 zł over 3 × 674 zł, so 248 − 78 = 170 zł; January and February paid 78 zł too much each.
    await change.getByLabel(/Nowy miesięczny dochód rodziny/).fill('2100');
    await change.getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    const terms = change.getByLabel(/^Termin zwrotu/);
    await expect.poll(() => terms.getAttribute('aria-invalid')).toBe('true');
    await change
      .getByText(/156,00\szł/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await terms.fill('2027-03-15');
    await change.getByLabel(/^Liczba rat/).fill('2');
    await change.getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    await change.getByText(/Ustalono świadczenia nienależnie pobrane: 156,00\szł/).waitFor();
    const rec = await h.db.query<{ number: string; amount: number }>(
      `SELECT r.number, r.amount FROM receivable r JOIN decision d ON d.id = r.source_decision_id
        WHERE d.family_benefit_application_id = $1`,
      [apps.granted],
    );
    expect(rec.rows).toEqual([{ number: expect.any(String), amount: 15_600 }]);
    const receivable = change.getByRole('link', { name: rec.rows[0]!.number, exact: true });
    // The new decision pays 170 zł from March (January and February were listed at 248 zł).
    const schedule = page.getByRole('table', { name: 'Harmonogram wypłat' });
    const first = schedule.getByRole('row').nth(1).getByRole('cell');
    await expect.poll(() => first.nth(0).textContent()).toBe('2027-03');
    expect(grosze((await first.nth(1).textContent())!)).toBe(17_000);
    await expectAccessible(page);

    await receivable.click();
    await page
      .getByText(/156,00\szł/)
      .first()
      .waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('prints the sprawozdanie of the months chosen, its total the sum of its rows', async () => {
    await page.goto(`${h.baseUrl}/family-benefits`);
    await openLink(page, 'Sprawozdanie rzeczowo-finansowe');
    await page.getByLabel('Od miesiąca').fill('2026-11');
    await page.getByLabel('Do miesiąca').fill('2027-01');
    const table = page.getByRole('table', { name: 'Świadczenia rodzinne 2026-11 – 2027-01' });
    await table.waitFor();
    await table.getByRole('row').filter({ hasText: 'zasiłek rodzinny' }).waitFor();
    const rows = await table.getByRole('row').all();
    let sum = 0;
    for (const r of rows.slice(1)) sum += grosze((await r.getByRole('cell').nth(3).textContent())!);
    expect(sum).toBeGreaterThan(0);
    expect(grosze((await page.getByTestId('fb-report-total').textContent())!)).toBe(sum);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
