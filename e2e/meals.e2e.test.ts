// A benefits clerk enters the demo school's list for this month: the pupils with decisions come
// prefilled, one pupil is added at the headteacher's request (last month fed 5, so 1 is allowed);
// a second such pupil is refused beside its checkbox; the yearly report shows the meals and cost.
import { describe, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, page, useHarness } from './harness.ts';

useHarness();

/** Finds a registered person by surname in the list's picker and adds them at the headteacher's request. */
async function addException(surname: string) {
  await page.fill('#f-adding', surname);
  await page.getByRole('button', { name: 'Szukaj' }).click();
  await page.locator('.pick-list button').first().click();
}

describe('benefits clerk: Posiłek w szkole i w domu', () => {
  it('saves the month’s list with one exception pupil and refuses a second beside the field', async () => {
    const names = await h.db.query<{ surname: string }>(
      // Surnames only one person has, so the search finds that person and not a pupil already listed.
      `SELECT p.surname FROM person p
        WHERE NOT EXISTS (SELECT 1 FROM meal_aid m WHERE m.person_id = p.id) AND p.surname ~ '^[A-Z]'
          AND NOT EXISTS (SELECT 1 FROM person o WHERE o.surname ILIKE p.surname || '%' AND o.id <> p.id)
        ORDER BY p.surname LIMIT 2`,
    );
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Posiłek w szkole i w domu');
    const school = page.locator('#ml-provider');
    await school.selectOption({ label: 'Szkoła Podstawowa nr 1 (demo) (posiłek w szkole)' });
    await page
      .getByText(/W poprzednim miesiącu żywiono 5 dzieci: bez decyzji można żywić najwyżej 1 uczniów/)
      .waitFor();
    for (let i = 0; i < 5; i++) await page.fill(`#f-entries-${i}-meals`, '20');
    await page.fill('#f-costPerMealGrosze', '9,50');
    await page.fill('#f-invoiceNumber', 'FV/E2E/1');
    await addException(names.rows[0]!.surname);
    await page.fill('#f-entries-5-meals', '10');
    await page.getByRole('button', { name: 'Zapisz listę' }).click();
    await page.getByText(/Lista zapisana: 110 posiłków, koszt 1045,00\s?zł\./).waitFor();
    await expectAccessible(page);

    await addException(names.rows[1]!.surname);
    await page.fill('#f-entries-6-meals', '4');
    await page.getByRole('button', { name: 'Zapisz listę' }).click();
    await page.locator('#f-entries-6-exception[aria-invalid="true"]').waitFor();
    await page
      .getByText(/Przekroczono limit uczniów żywionych bez decyzji: najwyżej 1/)
      .first()
      .waitFor();
  });

  it('shows the yearly report with the meals and their cost', async () => {
    await page.goto(`${h.baseUrl}/meals-programme/report`);
    const table = page.getByRole('table');
    const school = table.getByRole('row', { name: /Posiłek w szkole/ });
    await school.waitFor();
    await school.getByText(/\d+,\d\d\s?zł/).waitFor();
    await page.getByText('W tym uczniowie żywieni bez decyzji na wniosek dyrektora szkoły: 1').waitFor();
    await expectAccessible(page);
  });
});
