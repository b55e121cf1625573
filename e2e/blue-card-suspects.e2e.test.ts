// Niebieska Karta from the police, who know the person suspected of violence only by name: the social
// worker records NK-A with that name (nothing enters the registry), the procedure page says the record
// is incomplete and lists the suspect, and the team completes it with the identified person's PESEL.
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, page, rnd, useHarness } from './harness.ts';

useHarness();

const today = todayInPoland();
// The screen's dates as a Polish reader sees them: 05.12.2026.
const shown = (iso: string) => iso.split('-').reverse().join('.');
const SURNAME = `Nieustalony-${rnd(100_000)}`;
const victim = { firstName: 'Halina', surname: `Pokrzywdzona-${rnd(100_000)}` };
const persons = async (surname: string) =>
  (await h.db.query('SELECT 1 FROM person WHERE surname = $1', [surname])).rowCount;

describe('Niebieska Karta: a suspect known only by name', () => {
  it('opens NK-A with the suspect by name: flagged incomplete, the suspect listed, nobody new in the registry', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/blue-cards/new`);
    await page.getByRole('heading', { level: 1, name: 'Wszczęcie procedury — formularz NK-A' }).waitFor();
    await page.getByLabel('Kto wszczyna').selectOption({ label: 'Policja' });
    await page.fill('#f-initiator-name', 'sierż. Anna Patrolowa');
    await page.fill('#f-initiator-institution', 'KPP w Pruszkowie');
    const at = '#f-participants-0-person-';
    await page.fill(`${at}pesel`, makePesel('1984-05-17', 'F', rnd(5000)));
    await page.fill(`${at}firstName`, victim.firstName);
    await page.fill(`${at}surname`, victim.surname);
    await page.fill(`${at}street`, 'Kraszewskiego');
    await page.fill(`${at}building`, '12');
    await page.fill(`${at}city`, 'Pruszków');
    // The police gave no PESEL of the man: his row goes, his name is recorded as a suspect.
    await page
      .getByRole('button', { name: /^Usuń osobę/ })
      .last()
      .click();
    await page.getByRole('checkbox', { name: 'Osoba podejrzewana znana tylko z imienia i nazwiska' }).check();
    await page.fill('#f-suspects-0-firstName', 'Zenon');
    await page.fill('#f-suspects-0-surname', SURNAME);
    await page.fill('#f-suspects-0-address', 'Pruszków, ul. Kraszewskiego (nr nieznany)');
    await page.fill('#f-suspects-0-description', 'Ok. 45 lat, partner pokrzywdzonej.');
    await page.getByLabel('psychiczna', { exact: true }).check();
    await page.fill('#f-description', 'Wyzwiska i groźby wobec partnerki; interwencja Policji w nocy.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Wszczynam procedurę' }).click();
    await page.waitForURL(/\/blue-cards\/[0-9a-f-]{36}$/);

    await page
      .getByText('Dane niepełne: osobę podejrzewaną o stosowanie przemocy trzeba jeszcze zidentyfikować.')
      .waitFor();
    const suspects = page.getByRole('table', { name: 'Osoby podejrzewane znane z nazwiska' });
    const row = suspects.getByRole('row', { name: new RegExp(`Zenon ${SURNAME}`) });
    await row
      .getByRole('cell', {
        name: 'Pruszków, ul. Kraszewskiego (nr nieznany); Ok. 45 lat, partner pokrzywdzonej.',
      })
      .waitFor();
    await row.getByRole('button', { name: 'Uzupełnij dane' }).waitFor();
    await expectAccessible(page);
    expect(await persons(SURNAME)).toBe(0);
  });

  it('the team completes the record: the suspect becomes a participant and the warning goes', async () => {
    const suspects = page.getByRole('table', { name: 'Osoby podejrzewane znane z nazwiska' });
    await suspects.getByRole('button', { name: 'Uzupełnij dane' }).click();
    await page.getByRole('heading', { name: `Uzupełnienie danych: Zenon ${SURNAME}` }).waitFor();
    expect(await page.inputValue('#f-person-surname')).toBe(SURNAME);
    await page.fill('#f-person-pesel', makePesel('1981-02-03', 'M', rnd(5000)));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz dane osoby' }).click();

    await page.getByRole('status').getByText('Uzupełniono dane osoby podejrzewanej.').waitFor();
    await suspects
      .getByRole('row', { name: new RegExp(`Zenon ${SURNAME}`) })
      .getByRole('cell', { name: `uzupełniono ${shown(today)}` })
      .waitFor();
    await page.getByText('Dane niepełne:').waitFor({ state: 'detached' });
    await expectAccessible(page);
    expect(await persons(SURNAME)).toBe(1);
  });
});
