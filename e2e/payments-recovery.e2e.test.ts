// The benefits clerk changes a decision's payment schedule (suspends, resumes, corrects the
// account), establishes a receivable for an undue benefit from it, records a repayment, waives
// the rest, finds the person's ledger balanced, and exports the month for the accounts office.
import { readFileSync } from 'node:fs';
import { makeIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import {
  description,
  expectAccessible,
  h,
  login,
  openFromMenu,
  openLink,
  page,
  useHarness,
} from './harness.ts';

const today = todayInPoland();

useHarness();

const details = (label: string) => page.locator('dl.details div', { hasText: label }).locator('dd').first();
/** Money is written with a no-break space before "zł". */
const text = async (l: ReturnType<typeof details>) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');

let decision: { id: string; number: string; name: string };

describe('benefits clerk: schedules and recovery', () => {
  it('suspends and resumes a decision’s payment from a month', async () => {
    const r = await h.db.query<{ id: string; number: string; name: string }>(
      `SELECT d.id, d.number, p.first_name || ' ' || p.surname AS name
         FROM decision d JOIN application a ON a.id = d.application_id JOIN person p ON p.id = a.applicant_id
        WHERE d.outcome = 'grant' AND d.payment_method = 'transfer'
          AND (SELECT count(*) FROM payment_schedule_item s
                WHERE s.decision_id = d.id AND s.status = 'open' AND s.month > ($1 || '-01')::date) >= 2
        ORDER BY d.number LIMIT 1`,
      [today.slice(0, 7)],
    );
    decision = r.rows[0]!;
    expect(decision).toBeDefined();

    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/payments/schedules/${decision.id}`);
    await page
      .getByRole('heading', { level: 1, name: `Harmonogram wypłat — decyzja ${decision.number}` })
      .waitFor();
    await page.getByText('Wypłata nie była wstrzymywana.').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Przyczyna').fill('Podjęcie zatrudnienia przez świadczeniobiorcę.');
    await page.getByRole('button', { name: 'Wstrzymaj wypłatę' }).click();
    // Suspending a social assistance benefit is a decision with its number in the register.
    await page.getByText(/^Wstrzymano wypłatę decyzją nr \S+\.$/).waitFor();
    const months = page.getByRole('region', { name: 'Miesiące wypłat' });
    await expect.poll(() => months.getByText('wstrzymana').count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Wstrzymania wypłaty' }).getByText('nadal wstrzymana').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Wznów wypłatę' }).click();
    await page.getByText('Wznowiono wypłatę.').waitFor();
    await expectAccessible(page);
  });

  it('changes the account from a month: a wrong IBAN is explained beside its field first', async () => {
    const iban = '#f-payee-iban';
    const good = makeIban('PL', '109010140000071219812874');
    const typo = good.slice(0, -1) + String((Number(good.at(-1)) + 1) % 10);
    await page.fill(iban, typo);
    await page.getByRole('button', { name: 'Zapisz zmianę' }).click();
    await expect.poll(() => page.getAttribute(iban, 'aria-invalid')).toBe('true');
    await expect.poll(() => description(page, iban)).toContain('nie zgadza się suma kontrolna');
    await expectAccessible(page);

    await page.fill(iban, good);
    await page.getByRole('button', { name: 'Zapisz zmianę' }).click();
    await page.getByText(/^Zmieniono \d+ miesi/).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Miesiące wypłat' }).getByText(good).count())
      .toBeGreaterThan(0);
  });

  it('establishes a receivable from the schedule, records a repayment and waives the rest', async () => {
    await page.getByRole('link', { name: 'Ustal należność' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nowa należność' }).waitFor();
    await page.getByText(`Decyzja, z której wypłacono świadczenie: ${decision.number}`).waitFor();
    await page.getByText(/^Wybrano: /).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Kwota należności').fill('300,00');
    await page.getByLabel('Termin zwrotu').fill(today);
    await page.getByLabel('Liczba rat').fill('2');
    await page
      .getByLabel('Uzasadnienie')
      .fill('Świadczenie pobrane po podjęciu zatrudnienia (art. 6 pkt 16).');
    await page.getByRole('button', { name: 'Ustal należność' }).click();
    await page.waitForURL(/\/payments\/receivables\/[0-9a-f-]{36}$/);
    await page.getByText('Ustalono należność.').waitFor();
    await expect.poll(() => text(details('Kwota należności'))).toBe('300,00 zł');
    const plan = page.getByRole('region', { name: 'Plan spłaty' }).locator('tbody tr');
    await expect.poll(() => plan.count()).toBe(2);
    await expectAccessible(page);

    await page.fill('#f-repay-amount', '100');
    await page.getByRole('button', { name: 'Zapisz wpłatę' }).click();
    await page.getByText('Zapisano wpłatę.').waitFor();
    await expect.poll(() => text(details('Pozostało'))).toBe('200,00 zł');

    await page.getByLabel('Umorzyć w całości (200,00 zł)').check();
    await page.getByLabel('Uzasadnienie umorzenia').fill('Trudna sytuacja materialna rodziny.');
    await page.getByRole('button', { name: 'Umórz' }).click();
    await page.getByText('Umorzono należność.').waitFor();
    await expect.poll(() => text(details('Pozostało'))).toBe('0,00 zł');
    await expect.poll(() => text(details('Status'))).toBe('rozliczona');
    await expectAccessible(page);
  });

  it('finds the person’s ledger balanced and the receivable in the list of all receivables', async () => {
    await page.getByRole('link', { name: 'Konto rozliczeń osoby' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Konto rozliczeń: / }).waitFor();
    await page.getByText('Konto jest zbilansowane.').waitFor();
    const txns = page.getByRole('region', { name: 'Zapisy na koncie' }).locator('tbody tr');
    // The receivable's three transactions, after the months the demo's history paid.
    const booked = await h.db.query<{ n: number; receivable: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE tx.kind IN ('receivable', 'repayment', 'waiver'))::int AS receivable
         FROM ledger_txn tx JOIN decision d ON d.id = $1 JOIN application a ON a.id = d.application_id
        WHERE tx.person_id = a.applicant_id`,
      [decision.id],
    );
    expect(booked.rows[0]!.receivable).toBe(3);
    await expect.poll(() => txns.count()).toBe(booked.rows[0]!.n);
    await expectAccessible(page);

    await openFromMenu(page, 'Należności');
    await page.getByText('Brak należności do rozliczenia.').waitFor();
    await page.getByLabel('Pokaż także rozliczone i umorzone').check();
    await page.getByText('Wyświetlono 1 należność.').waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Należności, od najnowszej decyzji' }).textContent())
      .toContain(decision.name);
    await expectAccessible(page);
  });

  it('exports the month for the accounts office as CSV', async () => {
    await page.goto(`${h.baseUrl}/payments`);
    await openLink(page, 'Zestawienie dla księgowości');
    await page.getByRole('button', { name: 'Pobierz CSV' }).waitFor();
    await expectAccessible(page);
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Pobierz CSV' }).click(),
    ]);
    expect(d.suggestedFilename()).toBe(`wyplaty-${today.slice(0, 7)}.csv`);
    const csv = readFileSync((await d.path())!, 'utf8');
    expect(csv).toContain('Miesiąc;Świadczenie;Dział;Rozdział;Paragraf');
    expect(h.pageErrors).toEqual([]);
  });
});
