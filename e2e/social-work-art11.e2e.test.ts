// Issue 15's path end to end: a social worker opens a family's case, signs a kontrakt socjalny and
// records its breach; the benefits clerk then suspends the family's running benefit on art. 11
// ust. 2 — the ground and its drafted justification offered on the suspension form — and sees the
// month held back with its amount, the current month still due, and the ground in the history; the
// suspension is a decision with its number, whose letter the clerk prints from the schedule and
// finds among the application's decisions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

const today = todayInPoland();
const plDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const monthName = (m: string) =>
  new Intl.DateTimeFormat('pl-PL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${m}-01T00:00:00Z`),
  );
const zl = (grosze: number) =>
  new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(grosze / 100);
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A running benefit of a field-team-1 household with no case file yet, with a month still to pay after this one. */
let b: {
  decisionId: string;
  number: string;
  applicationId: string;
  personId: string;
  name: string;
  nextMonth: string;
  nextAmount: number;
};
let contract = '';
const downloads = mkdtempSync(join(tmpdir(), 'ostoja-art11-'));

useHarness();
beforeAll(async () => {
  const r = await h.db.query<typeof b>(
    `SELECT d.id AS "decisionId", d.number, a.id AS "applicationId", a.applicant_id AS "personId",
            p.first_name || ' ' || p.surname AS name,
            to_char(n.month, 'YYYY-MM') AS "nextMonth", n.amount AS "nextAmount"
       FROM decision d JOIN application a ON a.id = d.application_id JOIN person p ON p.id = a.applicant_id
       JOIN household hh ON hh.id = a.household_id JOIN org_unit f ON f.id = hh.field_team_id AND f.name LIKE '%nr 1%'
       JOIN household_membership m ON m.household_id = hh.id AND m.person_id = p.id AND m.valid_to IS NULL
       CROSS JOIN LATERAL (SELECT s.month, s.amount FROM payment_schedule_item s
                            WHERE s.decision_id = d.id AND s.status = 'open' AND s.month > ($1 || '-01')::date
                            ORDER BY s.month LIMIT 1) n
      WHERE d.outcome = 'grant' AND d.kind = 'original'
        AND NOT EXISTS (SELECT 1 FROM decision x WHERE x.amends_decision_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM payment_suspension s WHERE s.decision_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.household_id = hh.id)
      ORDER BY d.number LIMIT 1`,
    [today.slice(0, 7)],
  );
  b = r.rows[0]!;
});
afterAll(async () => {
  rmSync(downloads, { recursive: true, force: true });
});

describe('a broken social contract suspends a running benefit (art. 11 ust. 2)', () => {
  it('the worker opens the case, signs a contract and records its breach', async () => {
    expect(b).toBeDefined();
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/persons/${b.personId}`);
    await page.getByRole('link', { name: 'Załóż teczkę pracy socjalnej' }).click();
    await page.getByLabel('Powód założenia').fill('Bezrobocie wnioskodawcy, brak aktywności');
    await page.getByLabel('bezrobocie').check();
    await page.getByRole('button', { name: 'Załóż teczkę' }).click();
    await page.getByRole('heading', { level: 1, name: /^Teczka pracy socjalnej — / }).waitFor();

    await page.locator('summary', { hasText: 'Dodaj notatkę' }).click();
    await page.getByLabel('Treść').fill('Organizator szkolenia potwierdził trzy nieobecności.');
    await page.getByRole('button', { name: 'Dodaj notatkę' }).click();
    await page.getByRole('cell', { name: 'Organizator szkolenia potwierdził trzy nieobecności.' }).waitFor();

    await page.locator('summary', { hasText: 'Sporządź kontrakt' }).click();
    await page.getByLabel('Część formularza').selectOption('B');
    await page.locator('#contract-personId').selectOption({ label: b.name });
    await page.locator('#contract-validTo').fill(`${Number(today.slice(0, 4)) + 1}-03-31`);
    await page.getByLabel('Cele').fill('Podjęcie pracy');
    await page.getByLabel('Zobowiązania osoby').fill('udziału w szkoleniu zawodowym');
    await page.getByLabel('Zobowiązania ośrodka').fill('Poradnictwo zawodowe');
    await page.getByRole('button', { name: 'Sporządź kontrakt' }).click();
    const heading = page.getByRole('heading', { level: 3, name: /^Kontrakt socjalny KS\/\d{4}\/\d+/ });
    contract = /KS\/\d{4}\/\d+/.exec((await heading.textContent()) ?? '')![0];
    await page.getByRole('button', { name: `Podpisany — ${contract}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Podpisany' }).click();
    await page.getByText('obowiązuje', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Niedotrzymany — ${contract}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Niedotrzymany' }).click();
    await page.getByText('niedotrzymany', { exact: true }).waitFor();
    // The running benefit the breach can touch is listed, by its decision number.
    const consequences = page.getByRole('region', { name: 'Skutki z art. 11 ust. 2 (świadczenia w toku)' });
    await consequences.getByRole('link', { name: b.number }).waitFor();
    await expectAccessible(page);
  });

  it('the clerk suspends the benefit from next month on the broken contract', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/applications/${b.applicationId}`);
    await page.getByRole('link', { name: 'Harmonogram wypłat' }).first().click();
    await page.getByRole('heading', { level: 1, name: `Harmonogram wypłat — decyzja ${b.number}` }).waitFor();
    // The clerk sees the breach before choosing a ground.
    await page
      .getByText(`Kontrakt socjalny nr ${contract} (${b.name}) — niedotrzymany ${plDate(today)}.`)
      .waitFor();
    await expectAccessible(page);

    await page.locator('#f-suspend-fromMonth').fill(b.nextMonth);
    await page.getByLabel(`Niedotrzymanie kontraktu socjalnego nr ${contract} (art. 11 ust. 2)`).check();
    const reason = await page.getByLabel('Przyczyna').inputValue();
    expect(reason).toContain(`kontrakt socjalny nr ${contract}`);
    expect(reason).toContain('Organizator szkolenia potwierdził trzy nieobecności.');
    expect(reason).toContain('art. 11 ust. 2');
    await page.getByRole('button', { name: 'Wstrzymaj wypłatę' }).click();
    const notice = page.getByText(/^Wstrzymano wypłatę decyzją nr /);
    await notice.waitFor();
    const number = /decyzją nr (.+)\.$/.exec((await notice.textContent()) ?? '')![1]!;
    expect(number).not.toBe(b.number);

    // The month held back keeps its amount; this month (if still in the schedule) is still due.
    const months = page.getByRole('region', { name: 'Miesiące wypłat' });
    const held = months.locator('tbody tr', { hasText: monthName(b.nextMonth) }).first();
    expect(squash(await held.textContent())).toContain(squash(zl(b.nextAmount)));
    expect(squash(await held.textContent())).toContain('wstrzymana');
    const before = months.locator('tbody tr', { hasText: monthName(today.slice(0, 7)) });
    if ((await before.count()) > 0)
      expect(squash(await before.first().textContent())).not.toContain('wstrzymana');

    const history = page.getByRole('region', { name: 'Wstrzymania wypłaty' }).locator('tbody tr');
    await expect.poll(() => history.count()).toBe(1);
    const row = squash(await history.first().textContent());
    expect(row).toContain(monthName(b.nextMonth));
    expect(row).toContain('nadal wstrzymana');
    expect(row).toContain(`art. 11 ust. 2 (kontrakt nr ${contract})`);
    expect(row).toContain(plDate(today));
    await expectAccessible(page);

    // The clerk prints the suspension decision from the schedule.
    const link = page.getByRole('link', { name: `Pobierz decyzję ${number} (PDF)` });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = join(downloads, 'wstrzymanie.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(number);
    expect(text).toContain('art. 11 ust. 2 w związku z art. 106 ust. 5');
    expect(text).toContain(`wypłatę zasiłku`);
    expect(text).toContain(`decyzją nr ${b.number}`);
    expect(text).toContain('Wstrzymana wypłata za miesiące:');
    expect(text).toContain(b.nextMonth);
    expect(text).toContain('Organizator szkolenia potwierdził trzy nieobecności.');

    // And finds it among the application's decisions, beside the one it suspends.
    await page.goto(`${h.baseUrl}/applications/${b.applicationId}`);
    const card = page.getByRole('article', { name: `Decyzja ${number}` });
    await card.waitFor();
    expect(squash(await card.textContent())).toContain('wstrzymanie wypłaty');
    await card.getByRole('link', { name: `Pobierz decyzję ${number} (PDF)` }).waitFor();
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
