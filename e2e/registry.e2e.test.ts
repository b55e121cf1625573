// A social worker registers a household of three, finds it again typing without diacritics, opens it.
import { makePesel } from '@ostoja/domain/shared/pesel';
import { describe, expect, it } from 'vitest';
import { description, expectAccessible, h, login, openFromMenu, page, rnd, useHarness } from './harness.ts';

useHarness();

const pad = (n: number) => String(n).padStart(2, '0');
const randomDate = (fromYear: number, span: number) =>
  `${fromYear + rnd(span)}-${pad(1 + rnd(12))}-${pad(1 + rnd(28))}`;

// Random birth dates and serials, so reruns against a kept database never collide.
const SURNAME = 'Źdźbło-Łącka';
const members = [
  { relation: 'applicant', firstName: 'Bożena', sex: 'F' as const, birthDate: randomDate(1975, 15) },
  { relation: 'spouse', firstName: 'Grzegorz', sex: 'M' as const, birthDate: randomDate(1975, 15) },
  { relation: 'child', firstName: 'Jaś', sex: 'M' as const, birthDate: randomDate(2012, 8) },
].map((m) => ({ ...m, pesel: makePesel(m.birthDate, m.sex, rnd(5000)) }));
/** The applicant's PESEL with a wrong check digit: a typo the form must catch. */
const wrongPesel = members[0]!.pesel.slice(0, 10) + String((Number(members[0]!.pesel[10]) + 1) % 10);

describe('social worker: household registration', () => {
  it('logs in and sees "Moja praca"', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await expect.poll(() => page.title()).toBe('Moja praca — Ostoja');
    await page.getByText('Twoje role: pracownik socjalny.').waitFor();
    await expectAccessible(page);
  });

  it('creates a household of three; a wrong PESEL is shown beside its field first', async () => {
    await openFromMenu(page, 'Nowe gospodarstwo', 'Nowe gospodarstwo domowe');
    await expectAccessible(page);

    await page.fill('#f-address-street', 'Helenowska');
    await page.fill('#f-address-building', '12');
    await page.fill('#f-address-apartment', '4');
    await page.fill('#f-address-postalCode', '05-800');
    await page.fill('#f-address-city', 'Pruszków');
    await page.getByText('Ten adres obsługuje:').waitFor();

    for (const [i, m] of members.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Dodaj członka gospodarstwa' }).click();
      const at = `#f-members-${i}-`;
      await page.selectOption(`${at}relation`, m.relation);
      await page.fill(`${at}person-pesel`, i === 0 ? wrongPesel : m.pesel);
      await page.fill(`${at}person-firstName`, m.firstName);
      await page.fill(`${at}person-surname`, SURNAME);
    }
    // A valid PESEL fills the birth date and sex.
    await expect.poll(() => page.inputValue('#f-members-1-person-birthDate')).toBe(members[1]!.birthDate);
    await expect.poll(() => page.inputValue('#f-members-1-person-sex')).toBe('M');

    await page.getByRole('button', { name: 'Zarejestruj gospodarstwo' }).click();
    const pesel0 = '#f-members-0-person-pesel';
    await expect.poll(() => page.getAttribute(pesel0, 'aria-invalid')).toBe('true');
    await expect.poll(() => description(page, pesel0)).toContain('błędną cyfrę kontrolną');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('błędną cyfrę kontrolną');
    await expectAccessible(page);

    await page.fill(pesel0, members[0]!.pesel);
    await page.getByRole('button', { name: 'Zarejestruj gospodarstwo' }).click();
    await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Gospodarstwo domowe: Bożena ${SURNAME}` }).waitFor();
    await page.getByText('Zarejestrowano gospodarstwo domowe.').waitFor();
    const rows = page.getByRole('region', { name: 'Członkowie gospodarstwa' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByText('3 osoby').first().waitFor();
    await expectAccessible(page);
  });

  it('finds the household again with a query typed without diacritics and opens it', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Osoby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyszukiwanie osób' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nazwisko, imię lub PESEL').fill('zdzblo-lacka');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.getByText('Wyświetlono 3 osoby.').waitFor();
    const results = page.locator('table tbody tr');
    await expect.poll(() => results.count()).toBe(3);
    await expect.poll(() => results.first().textContent()).toContain('Helenowska 12/4');
    await expectAccessible(page);

    await page.getByRole('link', { name: `${SURNAME} Bożena` }).click();
    await page.getByRole('heading', { level: 1, name: `Bożena ${SURNAME}` }).waitFor();
    await page.getByText(members[0]!.pesel).waitFor();
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /Helenowska 12\/4/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: `Gospodarstwo domowe: Bożena ${SURNAME}` }).waitFor();
    await page.getByText('Zespół Terenowy nr 1', { exact: false }).first().waitFor();
    await expectAccessible(page);
  });

  it('records a member moving out, kept in the household history', async () => {
    await page.getByRole('button', { name: `Wyprowadzka — ${SURNAME} Jaś` }).click();
    await page.getByRole('button', { name: 'Zapisz wyprowadzkę' }).click();
    await page.getByText('Zapisano wyprowadzkę.', { exact: false }).waitFor();
    const rows = page.getByRole('region', { name: 'Członkowie gospodarstwa' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const history = page.getByRole('region', { name: 'Historia składu gospodarstwa' }).locator('tbody tr');
    await expect.poll(() => history.count()).toBe(3);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });

  it('the person page shows what the centre did for the person, newest first', async () => {
    // A beneficiary of the demo's paid history.
    const b = (
      await h.db.query<{ personId: string; n: number }>(
        `SELECT person_id AS "personId", count(*)::int AS n FROM payment_item WHERE status = 'paid'
          GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1`,
      )
    ).rows[0]!;
    await page.goto(`${h.baseUrl}/persons/${b.personId}`);
    const section = page.getByRole('region', { name: 'Historia w ośrodku' });
    const table = section.getByRole('table', { name: /^Wnioski, wywiady, decyzje i wypłaty/ });
    await table.waitFor();
    const kinds = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(kinds.filter((k) => k === 'Wypłata świadczenia').length).toBe(b.n);
    for (const k of ['Wniosek', 'Wywiad środowiskowy', 'Decyzja']) expect(kinds).toContain(k);
    // Newest first: the application is the oldest of its events.
    expect(kinds.lastIndexOf('Wniosek')).toBeGreaterThan(kinds.indexOf('Decyzja'));
    await expectAccessible(page);
  });
});

// Read logging at screen level (issue 21 item 5): the web app names the screen the user is on in
// every request, and the person's page shows whoever reads the audit log which screen read the record.
describe('who read this record', () => {
  it('names the screen that read the person, beside the API route', async () => {
    const person = await h.db.query<{ id: string }>(
      'SELECT id FROM person WHERE household_id IS NOT NULL ORDER BY surname, id LIMIT 1',
    );
    await login(page, h.baseUrl, 'audytor');
    await page.goto(`${h.baseUrl}/persons/${person.rows[0]!.id}`);
    await page.getByRole('heading', { name: 'Kto czytał te dane' }).waitFor();
    // The list was asked for with the page; the page's own read shows on the next visit.
    await page.reload();
    await page
      .getByRole('row', { name: /audytor read · person \/persons\/:id GET \/api\/v1\/persons\/:id/ })
      .first()
      .waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
