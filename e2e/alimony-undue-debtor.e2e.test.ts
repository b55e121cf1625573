// The alimony fund after the decision, in the browser (issue 19): a month the demo centre's runs
// already paid is found undue and its repayment decided; the debtor of a newly granted application,
// living in another gmina, is entered and that gmina's organ gets its letter; and a resident debtor
// who refused the property statement is found to be evading work (uchylający się).
import { beforeAll, describe, expect, it } from 'vitest';
import { grantedApplication } from '../apps/server/src/modules/alimony-fund/debtor-fixtures.ts';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, page, staffAs, useHarness } from './harness.ts';

let grantedId = '';

useHarness();
beforeAll(async () => {
  grantedId = (await grantedApplication(await staffAs('swiadczenia'), 907)).application.id;
  await login(page, h.baseUrl, 'swiadczenia');
});

/** Grosze of a money text such as "1 234,56 zł". */
const grosze = (text: string) => Number(text.replace(/[^\d]/g, ''));

const pdfOf = async (href: string) => {
  const res = await page.context().request.get(new URL(href, h.baseUrl).toString());
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  return pdfText(await res.body()).replace(/\s+/g, ' ');
};

describe('undue alimony-fund benefits', () => {
  it('decides the repayment of a month the runs already paid, to the grosz', async () => {
    // The latest month a granted application's decision has paid (the demo's history runs).
    const paid = (
      await h.db.query<{ id: string; month: string; amount: number }>(
        `WITH last AS (
           SELECT DISTINCT ON (d.alimony_fund_application_id) d.alimony_fund_application_id AS app, d.id, d.outcome
             FROM decision d WHERE d.alimony_fund_application_id IS NOT NULL
            ORDER BY d.alimony_fund_application_id, d.created_at DESC)
         SELECT l.app AS id, to_char(pi.month, 'YYYY-MM') AS month, sum(pi.amount)::int AS amount
           FROM last l JOIN payment_item pi ON pi.decision_id = l.id
          WHERE l.outcome = 'grant' AND pi.status = 'paid'
          GROUP BY 1, 2 ORDER BY 2 DESC, 1 LIMIT 1`,
      )
    ).rows[0]!;
    expect(paid.amount).toBeGreaterThan(0);
    await page.goto(`${h.baseUrl}/alimony-fund/${paid.id}`);
    const undue = page.getByRole('region', { name: 'Świadczenia nienależnie pobrane' });
    await undue.getByText('Nie wydano decyzji o nienależnie pobranych świadczeniach.').waitFor();
    await undue.getByLabel('Miesiąc wypłaty').fill(paid.month);
    await undue
      .getByLabel(/^Uzasadnienie/)
      .fill('Dłużnik wpłacił alimenty za ten miesiąc bezpośrednio matce.');
    await undue.getByRole('button', { name: 'Wydaj decyzję o zwrocie' }).click();

    const table = undue.getByRole('table', { name: 'Świadczenia nienależnie pobrane' });
    await table.waitFor();
    const cells = table.getByRole('row').nth(1).getByRole('cell');
    await expect.poll(() => cells.nth(2).textContent()).toBe(paid.month);
    // The whole month's payment is the principal; interest runs from the month after it was paid.
    expect(grosze((await cells.nth(3).textContent())!)).toBe(paid.amount);
    const interest = grosze((await cells.nth(4).textContent())!);
    expect(grosze((await cells.nth(5).textContent())!)).toBe(paid.amount + interest);
    const stored = await h.db.query<{ principal: number; interest: number }>(
      'SELECT principal, interest FROM alimony_fund_undue WHERE application_id = $1',
      [paid.id],
    );
    expect(stored.rows).toEqual([{ principal: paid.amount, interest }]);

    // Its letter: the decision on the undue benefit under art. 23 of the act.
    const text = await pdfOf(
      (await cells.nth(0).getByRole('link', { name: 'decyzja (PDF)' }).getAttribute('href'))!,
    );
    expect(text).toContain('nienależnie pobrane');
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('the debtor', () => {
  it('living in another gmina: entered from the granted application, that gmina gets its letter', async () => {
    await page.goto(`${h.baseUrl}/alimony-fund/${grantedId}`);
    const form = page.getByRole('region', { name: 'Wpisz dłużnika do rejestru' });
    await form.getByRole('textbox', { name: /Gmina zamieszkania dłużnika/ }).fill('Gmina Raszyn');
    await form.getByRole('button', { name: 'Wpisz dłużnika do rejestru' }).click();
    await page.getByRole('heading', { level: 1, name: /^Dłużnik: Jan Dłużny/ }).waitFor();

    const notices = page.getByRole('table', { name: 'Zawiadomienia między gminami' });
    await notices.waitFor();
    const row = notices.getByRole('row').nth(1);
    await row.getByText('wniosek o podjęcie działań wobec dłużnika').waitFor();
    await row.getByText('Gmina Raszyn').waitFor();
    const text = await pdfOf((await row.getByRole('link', { name: /pismo \(PDF\)/ }).getAttribute('href'))!);
    expect(text).toContain('art. 8 ust. 1 ustawy z dnia 7 września 2007 r.');
    expect(text).toContain('Jan Dłużny');
    expect(text).toContain('Wnosimy o podjęcie wobec dłużnika działań');
    await expectAccessible(page);

    // The register of notices between gminas lists it too.
    await page.goto(`${h.baseUrl}/alimony-fund/notices`);
    const register = page.getByRole('table', { name: 'Zawiadomienia między gminami' });
    await register.getByRole('link', { name: 'Jan Dłużny' }).first().waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('living here: refuses the property statement and is found to be evading, with the decision letter', async () => {
    const debtor = (
      await h.db.query<{ id: string; name: string; number: string }>(
        `SELECT d.id, d.name, d.number FROM alimony_debtor d WHERE d.resident
            AND NOT EXISTS (SELECT 1 FROM alimony_debtor_step s WHERE s.debtor_id = d.id)
          ORDER BY d.number LIMIT 1`,
      )
    ).rows[0]!;
    await page.goto(`${h.baseUrl}/alimony-fund/debtors/${debtor.id}`);
    await page
      .getByRole('heading', { level: 1, name: `Dłużnik: ${debtor.name} (${debtor.number})` })
      .waitFor();
    const proceeding = page.getByRole('region', { name: 'Postępowanie wobec dłużnika (art. 5 ustawy)' });
    await proceeding
      .getByRole('combobox', { name: 'Krok' })
      .selectOption({ label: 'wywiad alimentacyjny i oświadczenie majątkowe' });
    await proceeding.getByLabel('Dłużnik odmówił złożenia oświadczenia majątkowego').check();
    await proceeding.getByRole('button', { name: 'Zapisz krok postępowania' }).click();
    await proceeding.getByText(/^Przesłanki decyzji o uchylaniu się: odmowa wywiadu/).waitFor();

    await proceeding
      .getByRole('combobox', { name: 'Krok' })
      .selectOption({ label: 'decyzja o uznaniu za uchylającego się' });
    await proceeding.getByRole('button', { name: 'Zapisz krok postępowania' }).click();
    await proceeding.getByText('uchylający się', { exact: true }).waitFor();

    const steps = proceeding.getByRole('table', { name: 'Postępowanie wobec dłużnika (art. 5 ustawy)' });
    const decision = steps.getByRole('row').filter({ hasText: 'decyzja o uznaniu za uchylającego się' });
    const text = await pdfOf((await decision.getByRole('link').first().getAttribute('href'))!);
    expect(text).toContain('uchylającego się od zobowiązań alimentacyjnych');
    expect(text).toContain(debtor.name);
    expect(text).toContain('art. 5 ust. 3');
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
