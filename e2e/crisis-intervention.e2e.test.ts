// The psychologist takes a crisis intervention case (art. 47 ups) for a registered person, records a
// contact (a length of 0 minutes is refused beside the field) and a hostel stay at the demo crisis
// point, and finds the case on the list and on the person's page.
import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, it } from 'vitest';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

let person: { id: string; pesel: string; firstName: string; surname: string };

beforeAll(async () => {
  // An adult of the registry with a PESEL, no crisis case yet and nothing sealed.
  const r = await h.db.query<typeof person>(
    `SELECT p.id, p.pesel, p.first_name AS "firstName", p.surname FROM person p
      WHERE p.pesel IS NOT NULL AND NOT p.sealed AND p.birth_date < '1990-01-01'
        AND NOT EXISTS (SELECT 1 FROM crisis_case c WHERE c.person_id = p.id)
      ORDER BY p.sort_key LIMIT 1`,
  );
  person = r.rows[0]!;
});

describe('psychologist: a crisis intervention case', () => {
  const today = todayInPoland();
  const name = () => `${person.surname} ${person.firstName}`;

  it('opens the list from the menu and takes a case for a person', async () => {
    await login(page, h.baseUrl, 'psycholog');
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Interwencja kryzysowa' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Interwencja kryzysowa' }).waitFor();
    // The demo's open cases are listed.
    await page.getByRole('table', { name: 'Sprawy interwencji kryzysowej' }).waitFor();
    await expectAccessible(page);

    await page.fill('#f-personId', person.pesel);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('button', { name: `Wybierz ${name()}` }).click();
    await page.locator('#f-source').selectOption('hospital');
    await page.locator('#f-kind').selectOption('suicide');
    await page.fill('#f-summary', 'Zgłoszenie ze szpitala po próbie samobójczej.');
    await page.getByRole('button', { name: 'Przyjmij sprawę' }).click();
    await page.getByRole('heading', { level: 1, name: `Interwencja kryzysowa: ${name()}` }).waitFor();
    await page.locator('dt:has-text("Prowadzący") + dd', { hasText: 'Łukasz Poradniczy' }).waitFor();
    await expectAccessible(page);
  });

  it('records a contact, refusing 0 minutes beside the field', async () => {
    await page.locator('#f-contact-form').selectOption('hospital');
    await page.fill('#f-contact-minutes', '0');
    await page.fill('#f-contact-note', 'Rozmowa na oddziale, ocena ryzyka.');
    await page.getByRole('button', { name: 'Zapisz kontakt' }).click();
    await page.locator('#f-contact-minutes[aria-invalid="true"]').waitFor();
    await page.getByText('Podaj czas kontaktu od 1 do 720 minut.').first().waitFor();
    await expectAccessible(page);
    await page.fill('#f-contact-minutes', '45');
    await page.getByRole('button', { name: 'Zapisz kontakt' }).click();
    const contacts = page.getByRole('table', { name: 'Kontakty' });
    await contacts.getByRole('cell', { name: 'Rozmowa na oddziale, ocena ryzyka.' }).waitFor();
    await contacts.getByRole('cell', { name: 'w szpitalu' }).waitFor();
  });

  it('records a hostel stay of 11 nights at the crisis point', async () => {
    const option = page.locator('#f-stay-facilityId option', {
      hasText: 'Punkt Interwencji Kryzysowej z hostelem',
    });
    await page.locator('#f-stay-facilityId').selectOption((await option.getAttribute('value'))!);
    await page.fill('#f-stay-from', today);
    await page.fill('#f-stay-to', addDays(today, 10));
    await page.getByRole('button', { name: 'Zapisz pobyt' }).click();
    const stays = page.getByRole('table', { name: 'Schronienie w hostelu' });
    await stays.getByRole('cell', { name: 'Punkt Interwencji Kryzysowej z hostelem' }).waitFor();
    await stays.getByRole('cell', { name: '11', exact: true }).waitFor();
    await page.getByText('Pobyty w tej sprawie mogą trwać najpóźniej do').waitFor();
    await expectAccessible(page);
  });

  it('shows the case on the list and on the person’s page', async () => {
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Interwencja kryzysowa' })
      .click();
    const table = page.getByRole('table', { name: 'Sprawy interwencji kryzysowej' });
    const row = table.getByRole('row', { name: new RegExp(name()) });
    await row.getByRole('cell', { name: 'próba samobójcza lub ryzyko samobójstwa' }).waitFor();
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();
    await expectAccessible(page);

    await row.getByRole('link', { name: name() }).click();
    await page.getByRole('link', { name: name() }).first().click();
    const section = page.getByRole('region', { name: 'Interwencja kryzysowa' });
    await section
      .getByRole('link', { name: /próba samobójcza lub ryzyko samobójstwa \(otwarta\)/ })
      .waitFor();
    await expectAccessible(page);
  });
});
