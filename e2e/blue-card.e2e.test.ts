// Niebieska Karta end to end (issue 5, item 6): a social worker opens a procedure with NK-A; the
// chair of the interdisciplinary team forms a group (the server's make-up error shown beside the
// field first), holds a meeting and closes the procedure; then a social worker outside the team
// searches for the victim typed without diacritics and finds nothing that leads to the procedure.
import { addDays, addWorkingDays } from '@ostoja/domain/calendar/working-days';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { description, expectAccessible, h, login, page, rnd, useHarness } from './harness.ts';

useHarness();

const pad = (n: number) => String(n).padStart(2, '0');
const randomDate = (fromYear: number, span: number) =>
  `${fromYear + rnd(span)}-${pad(1 + rnd(12))}-${pad(1 + rnd(28))}`;

const SURNAME = 'Gżegżółka-Ślęzak';
const victim = { firstName: 'Źdźisława', birthDate: randomDate(1975, 15), sex: 'F' as const };
const perpetrator = { firstName: 'Bożydar', birthDate: randomDate(1970, 15), sex: 'M' as const };
const peselOf = (p: { birthDate: string; sex: 'F' | 'M' }) => makePesel(p.birthDate, p.sex, rnd(5000));

const today = todayInPoland();
/** NK-A filled in two weeks ago and only now passed on: the chair's deadline is overdue. */
const openedOn = addDays(today, -14);
const year = openedOn.slice(0, 4);

let procedureUrl = '';
let number = '';

const menu = (p: Page) => p.getByRole('navigation', { name: 'Menu główne' });
const sections = (p: Page) => p.getByRole('navigation', { name: 'Niebieska Karta — części' });
const status = (p: Page, text: string) => p.locator('.lead').getByText(`Status: ${text}`).waitFor();

async function saved(p: Page, action: string) {
  await p.getByRole('status').getByText(`Zapisano: ${action}.`).waitFor();
}

async function expectPdf(p: Page, linkName: string | RegExp) {
  const href = await p.getByRole('link', { name: linkName }).first().getAttribute('href');
  const res = await p.request.get(`${h.baseUrl}${href}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('Niebieska Karta: from NK-A to closure, sealed from outsiders', () => {
  it('a social worker opens the procedure by filling in NK-A; NK-B handed over', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await menu(page).getByRole('link', { name: 'Niebieska Karta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Niebieskie Karty' }).waitFor();
    await expectAccessible(page);
    await sections(page).getByRole('link', { name: 'Wszczęcie procedury (NK-A)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wszczęcie procedury — formularz NK-A' }).waitFor();
    await expect.poll(() => page.title()).toBe('Wszczęcie procedury — formularz NK-A — Ostoja');
    await expect.poll(() => page.inputValue('#f-initiator-name')).toBe('Paulina Środowiskowa');
    await expectAccessible(page);

    await page.fill('#f-initiator-institution', 'Miejski Ośrodek Pomocy Społecznej w Pruszkowie');
    await page.fill('#f-openedOn', openedOn);
    for (const [i, person] of [victim, perpetrator].entries()) {
      const at = `#f-participants-${i}-person-`;
      await page.fill(`${at}pesel`, peselOf(person));
      await page.fill(`${at}firstName`, person.firstName);
      await page.fill(`${at}surname`, SURNAME);
      await page.fill(`${at}street`, 'Helenowska');
      await page.fill(`${at}building`, '7');
      await page.fill(`${at}city`, 'Pruszków');
    }
    await page.fill(
      '#f-description',
      'Awantura domowa w nocy; wyzwiska i groźby wobec żony. Zgłoszenie sąsiadów.',
    );

    // No form of violence ticked: the schema's error stands beside the group, before any request.
    await page.getByRole('button', { name: 'Wszczynam procedurę' }).click();
    await expect
      .poll(() => description(page, '#f-violenceForms'))
      .toContain('Zaznacz co najmniej jedną formę przemocy.');
    await expectAccessible(page);

    await page.getByLabel('psychiczna', { exact: true }).check();
    await page.getByRole('button', { name: 'Wszczynam procedurę' }).click();
    await page.waitForURL(/\/blue-cards\/[0-9a-f-]{36}$/);
    procedureUrl = page.url();
    const h1 = page.getByRole('heading', { level: 1, name: /^Niebieska Karta NK\/\d{4}\/\d{4}$/ });
    number = ((await h1.textContent()) ?? '').replace('Niebieska Karta ', '');
    expect(number).toMatch(new RegExp(`^NK/${year}/\\d{4}$`));
    await page.getByText(`Wszczęto procedurę. Nadano numer ${number}.`).waitFor();
    await status(page, 'wszczęta (NK-A)');
    // The chair's deadline, 5 working days from NK-A, has passed: said in words, not colour alone.
    await page.getByText(`${polishDate(addWorkingDays(openedOn, 5))} — termin minął`).waitFor();
    const forms = page.getByRole('region', { name: 'Formularze Niebieskiej Karty' });
    await expect.poll(() => forms.locator('tbody tr').count()).toBe(2);
    await forms.getByText('NK-B — informacja dla osoby doznającej przemocy').waitFor();
    await expectPdf(page, /^NK-A z /);
    await expectAccessible(page);
  });

  it('passes NK-A to the chair; only the allowed steps are offered', async () => {
    const steps = page.getByRole('region', { name: 'Czynności' });
    await expect
      .poll(() => steps.getByRole('button').allTextContents())
      .toEqual(['Dodanie osoby', 'Przekazanie NK-B', 'Przekazanie przewodniczącemu zespołu']);
    await steps.getByRole('button', { name: 'Przekazanie przewodniczącemu zespołu' }).click();
    await page.getByRole('heading', { level: 3, name: 'Przekazanie przewodniczącemu zespołu' }).waitFor();
    await page.fill('#f-on', openedOn);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz przekazanie' }).click();
    await saved(page, 'Przekazanie przewodniczącemu zespołu');
    await status(page, 'u przewodniczącego zespołu');
    // Forming the group is the chair's: the social worker is offered nothing of it.
    await expect
      .poll(() => steps.getByRole('button', { name: 'Powołanie grupy diagnostyczno-pomocowej' }).count())
      .toBe(0);
    await expectAccessible(page);
  });

  it('the chair sees it on the dashboard as overdue and as a new NK-A', async () => {
    await login(page, h.baseUrl, 'niebieska');
    await menu(page).getByRole('link', { name: 'Niebieska Karta' }).click();
    await sections(page).getByRole('link', { name: 'Pulpit przewodniczącego' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pulpit przewodniczącego zespołu' }).waitFor();
    const overdue = page.getByRole('region', { name: 'Przekroczone terminy' });
    await overdue
      .getByRole('row', { name: new RegExp(`${number}.*powołanie grupy.*termin minął`) })
      .waitFor();
    await page
      .getByRole('region', { name: 'Nowe NK-A: do powołania grupy' })
      .getByRole('link', { name: number })
      .waitFor();
    await expectAccessible(page);
    await overdue.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: `Niebieska Karta ${number}` }).waitFor();
    await expectAccessible(page);
  });

  it('forms the group: without a police officer the server refuses, beside the members', async () => {
    await page.getByRole('button', { name: 'Powołanie grupy diagnostyczno-pomocowej' }).click();
    await page.selectOption('#f-members-0-staffUserId', { label: 'Paulina Środowiskowa' });
    await expect
      .poll(() => page.inputValue('#f-members-0-institution'))
      .toBe('Miejski Ośrodek Pomocy Społecznej w Pruszkowie');
    await page.selectOption('#f-members-1-kind', 'education');
    await page.fill('#f-members-1-fullName', 'Ewa Szkolna');
    await page.fill('#f-members-1-institution', 'Szkoła Podstawowa nr 1 w Pruszkowie');
    await page.getByRole('button', { name: 'Powołaj grupę' }).click();
    await expect
      .poll(() => description(page, '#f-members'))
      .toContain('W grupie musi być funkcjonariusz Policji (lub Żandarmerii Wojskowej).');
    await page.getByRole('alert').getByText('W grupie musi być funkcjonariusz Policji').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Dodaj członka' }).click();
    await page.selectOption('#f-members-2-from-team', {
      label: 'asp. Marek Dzielnicowy — Komenda Powiatowa Policji w Pruszkowie',
    });
    await page.selectOption('#f-members-2-kind', 'police');
    await page.getByRole('button', { name: 'Powołaj grupę' }).click();
    await saved(page, 'Powołanie grupy diagnostyczno-pomocowej');
    await status(page, 'grupa powołana');
    const group = page.getByRole('region', { name: 'Członkowie grupy' });
    await expect.poll(() => group.locator('tbody tr').count()).toBe(3);
    await group.getByText('asp. Marek Dzielnicowy').waitFor();
    await page
      .getByText(polishDate(addWorkingDays(today, 10)))
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('calls a meeting and records its attendance and minutes', async () => {
    await page.getByRole('button', { name: 'Zwołanie posiedzenia' }).click();
    await page.fill('#f-place', 'MOPS Pruszków, ul. Kraszewskiego 5, pokój 12');
    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).click();
    await saved(page, 'Zwołanie posiedzenia');
    const meetings = page.getByRole('region', { name: 'Posiedzenia grupy' });
    await meetings.getByText('jeszcze bez protokołu').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: `Protokół z posiedzenia ${polishDate(today)}` }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'asp. Marek Dzielnicowy' }).isChecked())
      .toBe(true);
    await page.fill('#f-minutes', 'Omówiono sytuację rodziny; ustalono dalsze działania grupy.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz protokół' }).click();
    await saved(page, 'Posiedzenie odbyte');
    await status(page, 'w toku');
    await expectPdf(page, new RegExp(`^Protokół z ${polishDate(today).replace(/\./g, '\\.')}`));
    await expectAccessible(page);
  });

  it('closes the procedure for lack of grounds; monitoring starts', async () => {
    await page.getByRole('button', { name: 'Zakończenie procedury' }).click();
    await page.getByRole('radio', { name: 'brak zasadności podejmowania działań' }).check();
    await page.fill('#f-justification', 'Po rozmowach i wizycie brak podstaw do dalszych działań.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zakończ procedurę' }).click();
    await saved(page, 'Zakończenie procedury');
    await status(page, 'zakończona — monitorowanie');
    await page.locator('.lead').getByText('monitorowanie do').waitFor();
    await expectAccessible(page);
  });

  it('the register, the deadlines and the statistics show it to the chair', async () => {
    await page.goto(`${h.baseUrl}/blue-cards/register?year=${year}`);
    await page.getByRole('heading', { level: 1, name: `Rejestr Niebieskich Kart ${year}` }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(`${number}.*brak zasadności.*Źdźisława ${SURNAME}`) })
      .waitFor();
    const csv = await page.getByRole('link', { name: `Pobierz rejestr ${year} (CSV)` }).getAttribute('href');
    const res = await page.request.get(`${h.baseUrl}${csv}`);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(await res.text()).toContain(number);
    await expectAccessible(page);

    await sections(page).getByRole('link', { name: 'Terminy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terminy w procedurach' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${h.baseUrl}/blue-card-statistics?year=${year}`);
    await page.getByRole('heading', { level: 1, name: `Statystyka Niebieskich Kart ${year}` }).waitFor();
    await page.locator('.bc-figures').getByText('1 wszczęta procedura').waitFor();
    await expect.poll(() => page.locator('main').textContent()).not.toContain(SURNAME);
    await expectAccessible(page);
  });

  it('a social worker outside the team finds nothing of it, typing the name without diacritics', async () => {
    await login(page, h.baseUrl, 'pracownik2');
    await menu(page).getByRole('link', { name: 'Osoby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyszukiwanie osób' }).waitFor();
    for (const q of ['gzegzolka-slezak', 'zdzislawa gzegzolka']) {
      await page.getByLabel('Nazwisko, imię lub PESEL').fill(q);
      await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
      await page.getByText(`Nie znaleziono osób pasujących do „${q}”.`).waitFor();
      await expect.poll(() => page.locator('main a[href*="/blue-cards/"]').count()).toBe(0);
      await expectAccessible(page);
    }

    await menu(page).getByRole('link', { name: 'Niebieska Karta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Niebieskie Karty' }).waitFor();
    await page.getByText('Nie ma tu procedur.').waitFor();
    await page.getByLabel('Numer, nazwisko lub PESEL').fill('gzegzolka');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.getByText('Nie znaleziono procedur pasujących do „gzegzolka”.').waitFor();
    await expectAccessible(page);

    await page.goto(procedureUrl);
    await page.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' }).waitFor();
    await expect.poll(() => page.title()).toBe('Nie znaleziono strony — Ostoja');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const leak of [number, SURNAME, 'Niebieska', 'procedur']) expect(main).not.toContain(leak);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
