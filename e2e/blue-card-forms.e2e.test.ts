// Niebieska Karta, the group's work: the chair registers a police NK-A already passed to her, and
// the group meets the victim, fills in NK-C, NK-D and NK-E, refers the person using violence, and
// closes the procedure. Each rule the server enforces is shown beside its field; PDFs download.
import { makePesel } from '@ostoja/domain/shared/pesel';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { description, expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();
beforeAll(async () => {
  await login(page, h.baseUrl, 'niebieska');
});

const today = todayInPoland();
const SURNAME = 'Wróblewska-Kuć';

const saved = (p: Page, action: string) => p.getByRole('status').getByText(`Zapisano: ${action}.`).waitFor();
const step = (p: Page, name: string) =>
  p.getByRole('region', { name: 'Czynności' }).getByRole('button', { name, exact: true }).click();

async function expectPdf(p: Page, name: RegExp) {
  const href = await p.getByRole('link', { name }).first().getAttribute('href');
  const res = await p.request.get(`${h.baseUrl}${href}`);
  expect(res.status(), String(name)).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
}

describe('Niebieska Karta: the group’s work, forms NK-C, NK-D, NK-E', () => {
  it('the chair registers a police NK-A passed straight to her, without registry access', async () => {
    await page.goto(`${h.baseUrl}/blue-cards/new`);
    await page.getByRole('heading', { level: 1, name: 'Wszczęcie procedury — formularz NK-A' }).waitFor();
    // Without registry access there is no picker: persons are entered, and sealed.
    await expect.poll(() => page.getByRole('radio', { name: 'Osoba już zarejestrowana' }).count()).toBe(0);
    await page.selectOption('#f-initiator-kind', 'police');
    await page.fill('#f-initiator-name', 'sierż. Anna Patrolowa');
    await page.fill('#f-initiator-institution', 'Komenda Powiatowa Policji w Pruszkowie');
    const people = [
      { role: 'victim', firstName: 'Halina', sex: 'F' as const, birthDate: '1984-03-12' },
      { role: 'perpetrator', firstName: 'Zenon', sex: 'M' as const, birthDate: '1980-07-30' },
      { role: 'child', firstName: 'Staś', sex: 'M' as const, birthDate: '2016-05-04' },
    ];
    for (const [i, p] of people.entries()) {
      if (i === 2) await page.getByRole('button', { name: 'Dodaj osobę' }).click();
      const at = `#f-participants-${i}-`;
      await page.selectOption(`${at}role`, p.role);
      await page.fill(`${at}person-pesel`, makePesel(p.birthDate, p.sex, Math.floor(Math.random() * 5000)));
      await page.fill(`${at}person-firstName`, p.firstName);
      await page.fill(`${at}person-surname`, SURNAME);
    }
    await page.getByLabel('fizyczna', { exact: true }).check();
    await page.fill('#f-description', 'Interwencja domowa Policji: pobicie, dziecko w domu.');
    await page.getByLabel('Formularz wypełniono w obecności osoby doznającej przemocy').uncheck();
    await page.getByLabel('Przekazano formularz NK-B osobom doznającym przemocy').uncheck();
    await page.fill('#f-transferredToChairOn', today);
    await page.getByRole('button', { name: 'Wszczynam procedurę' }).click();
    // Filled in without the victim: the reason is required, beside its field.
    await expect.poll(() => description(page, '#f-presenceNote')).toContain('podaj przyczynę');
    await page.fill('#f-presenceNote', 'Osoba w szpitalu; obecna siostra.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Wszczynam procedurę' }).click();
    await page.waitForURL(/\/blue-cards\/[0-9a-f-]{36}$/);
    await page.locator('.lead').getByText('Status: u przewodniczącego zespołu').waitFor();
  });

  it('forms a group from the team and meets the victim — never with the person using violence', async () => {
    await step(page, 'Powołanie grupy diagnostyczno-pomocowej');
    await page.selectOption('#f-members-0-staffUserId', { label: 'Paulina Środowiskowa' });
    await page.selectOption('#f-members-1-from-team', {
      label: 'asp. Marek Dzielnicowy — Komenda Powiatowa Policji w Pruszkowie',
    });
    await page.getByRole('button', { name: 'Powołaj grupę' }).click();
    await saved(page, 'Powołanie grupy diagnostyczno-pomocowej');

    await step(page, 'Zwołanie posiedzenia');
    await page.selectOption('#f-kind', 'withVictim');
    await page.fill('#f-place', 'MOPS Pruszków, pokój 12');
    await page.getByRole('checkbox', { name: /^Halina/ }).check();
    await page.getByRole('checkbox', { name: /^Zenon/ }).check();
    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).click();
    await expect
      .poll(() => description(page, '#f-invitedPersonIds'))
      .toContain('Osoby stosującej przemoc nie zaprasza się razem z osobą doznającą przemocy');
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: /^Zenon/ }).uncheck();
    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).click();
    await saved(page, 'Zwołanie posiedzenia');

    await step(page, `Protokół z posiedzenia ${polishDate(today)}`);
    await page.getByRole('checkbox', { name: `Halina ${SURNAME}` }).check();
    await page.fill('#f-minutes', 'Rozmowa z osobą doznającą przemocy; ustalono plan pomocy.');
    await page.getByRole('button', { name: 'Zapisz protokół' }).click();
    await saved(page, 'Posiedzenie odbyte');
    await page.locator('.lead').getByText('Status: w toku').waitFor();
  });

  it('fills in NK-C with a plan, NK-D and NK-E, and refers the person using violence', async () => {
    await step(page, 'Wypełnienie NK-C');
    await page.getByRole('heading', { level: 3, name: 'NK-C — ocena sytuacji i plan pomocy' }).waitFor();
    await page.getByRole('button', { name: 'Zapisz formularz' }).click();
    await expect.poll(() => description(page, '#f-situation')).toContain('To pole jest wymagane.');
    await page.fill('#f-situation', 'Przemoc fizyczna od roku; osoba gotowa na pomoc.');
    await page.fill('#f-plan-0-action', 'Konsultacja psychologiczna');
    await page.fill('#f-plan-0-responsible', 'Łukasz Poradniczy');
    await page.getByRole('button', { name: 'Dodaj działanie' }).click();
    await page.fill('#f-plan-1-action', 'Pomoc prawna');
    await page.fill('#f-plan-1-responsible', 'Punkt nieodpłatnej pomocy prawnej');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz formularz' }).click();
    await saved(page, 'Wypełnienie NK-C');

    await step(page, 'Przekazanie NK-D');
    await page.getByRole('button', { name: 'Zapisz przekazanie NK-D' }).click();
    await saved(page, 'Przekazanie NK-D');

    await step(page, 'Wypełnienie NK-E');
    await page.fill('#f-assessment', 'Osoba przyznaje się częściowo; zgoda na program.');
    await page.fill('#f-actions-0-action', 'Rozmowa dyscyplinująca');
    await page.fill('#f-actions-0-responsible', 'asp. Marek Dzielnicowy');
    await page.getByRole('button', { name: 'Zapisz formularz' }).click();
    await saved(page, 'Wypełnienie NK-E');

    await step(page, 'Skierowanie do programu');
    await page.fill('#f-institution', 'Powiatowe Centrum Pomocy Rodzinie w Pruszkowie');
    await page.getByRole('button', { name: 'Zapisz skierowanie' }).click();
    await saved(page, 'Skierowanie do programu');
    await page
      .getByRole('region', { name: 'Skierowania' })
      .getByText('program korekcyjno-edukacyjny')
      .waitFor();

    const forms = page.getByRole('region', { name: 'Formularze Niebieskiej Karty' });
    await expect.poll(() => forms.locator('tbody tr').count()).toBe(4);
    for (const f of ['C', 'D', 'E']) await expectPdf(page, new RegExp(`^NK-${f} z `));
    await expectAccessible(page);
  });

  it('closes because violence stopped only once the plan is done; monitoring cannot end early', async () => {
    await step(page, 'Zakończenie procedury');
    await page.getByRole('radio', { name: 'ustanie przemocy i realizacja planu pomocy' }).check();
    await page.fill('#f-justification', 'Przemoc ustała, plan zrealizowany.');
    await page.getByRole('button', { name: 'Zakończ procedurę' }).click();
    await expect.poll(() => description(page, '#f-reason')).toContain('wymaga zrealizowania planu pomocy');
    await expectAccessible(page);
    await page.getByLabel('Plan pomocy został zrealizowany').check();
    await page.getByRole('button', { name: 'Zakończ procedurę' }).click();
    await saved(page, 'Zakończenie procedury');

    await step(page, 'Zakończenie monitorowania');
    await page.getByRole('button', { name: 'Zakończ monitorowanie' }).click();
    await expect.poll(() => description(page, '#f-on')).toContain('Monitorowanie trwa do');
    await page.getByRole('button', { name: 'Anuluj' }).click();
    // The keyboard focus returns to the button that opened the form.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Zakończenie monitorowania');
  });

  it('shows who read and changed the procedure, and works in English', async () => {
    await page.getByRole('button', { name: 'Pokaż dziennik dostępu' }).click();
    const log = page.getByRole('region', { name: 'Dziennik dostępu do procedury' });
    await log.getByText('Powołanie grupy diagnostyczno-pomocowej').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steps' }).waitFor();
    await page.locator('.lead').getByText('Status: closed — monitoring').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Polski' }).click();
    expect(h.pageErrors).toEqual([]);
  });
});
