// A social worker recruits to "Seniorada VIII" (seniors 60+, income up to 300 % of the criterion):
// a senior over the income limit is refused with the reason beside the income field, one within it
// joins, and the indicator report for the funder counts and lists them.
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

let senior: { pesel: string; firstName: string; surname: string };

useHarness();
beforeAll(async () => {
  const r = await h.db.query<{ pesel: string; firstName: string; surname: string }>(
    `SELECT p.pesel, p.first_name AS "firstName", p.surname FROM person p
      WHERE p.pesel IS NOT NULL AND p.birth_date < $1::date - interval '62 years'
        AND NOT EXISTS (SELECT 1 FROM programme_participant x WHERE x.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = p.id)
      ORDER BY p.sort_key LIMIT 1`,
    [todayInPoland()],
  );
  senior = r.rows[0]!;
});

describe('projects: recruitment against the criteria, the indicator report', () => {
  const name = () => `${senior.surname} ${senior.firstName}`;
  let projectUrl = '';
  let before = 0;

  it('refuses a senior over the income limit beside the field, then takes one within it', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await openFromMenu(page, 'Projekty i programy');
    await expectAccessible(page);
    await openLink(page, 'Seniorada VIII');
    await page.getByText('wiek co najmniej 60 lat; dochód do 300% kryterium').waitFor();
    projectUrl = page.url();
    before = (
      await h.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM programme_participant x JOIN programme g ON g.id = x.programme_id
          WHERE g.name = 'Seniorada VIII'`,
      )
    ).rows[0]!.n;

    await page.fill('#f-personId', senior.pesel);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('button', { name: `Wybierz ${name()}` }).click();
    await page.fill('#f-incomePerPersonGrosze', '3100,00');
    await page.fill('#f-householdSize', '1');
    await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
    // 300 % of 1010 zł (a single person) is 3030,00 zł.
    await page.locator('#f-incomePerPersonGrosze[aria-invalid="true"]').waitFor();
    await expect
      .poll(() => page.locator('#f-incomePerPersonGrosze-error').textContent())
      .toBe('Dochód przekracza 300% kryterium dochodowego (3030,00 zł).');
    await expectAccessible(page);

    await page.fill('#f-incomePerPersonGrosze', '3030,00');
    await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
    await page.getByText(`Dodano uczestnika: ${name()}.`).waitFor();
    await page.getByRole('table', { name: 'Uczestnicy' }).getByRole('link', { name: name() }).waitFor();
  });

  it('the indicator report counts and lists the new participant', async () => {
    await page.goto(`${projectUrl}/report`);
    await page
      .getByRole('heading', { level: 1, name: 'Sprawozdanie ze wskaźników: Seniorada VIII' })
      .waitFor();
    const row = page.getByRole('row', { name: /^Liczba osób objętych wsparciem/ });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['40', String(before + 1)]);
    await page
      .getByRole('table', { name: 'Uczestnicy' })
      .getByRole('row', { name: new RegExp(`^${name()}`) })
      .waitFor();
    const href = await page.getByRole('link', { name: 'Pobierz sprawozdanie (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${h.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(page);
  });
});
