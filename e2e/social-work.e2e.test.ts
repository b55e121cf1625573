// A social worker opens a family's case file from the person page, adds a note and a task, draws
// up and signs a social contract, downloads its PDF, and finds the task on "Moja praca".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

let personId: string;
const downloads = mkdtempSync(join(tmpdir(), 'ostoja-social-work-'));

useHarness();
beforeAll(async () => {
  const r = await h.db.query<{ id: string }>(
    `SELECT m.person_id AS id FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
     JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL AND m.relation = 'applicant'
     ORDER BY h.id LIMIT 1`,
  );
  personId = r.rows[0]!.id;
});
afterAll(async () => {
  rmSync(downloads, { recursive: true, force: true });
});

describe('social worker: the case file', () => {
  it('opens a case file from the person page', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/persons/${personId}`);
    await page.getByRole('heading', { name: 'Praca socjalna' }).waitFor();
    await openLink(page, 'Załóż teczkę pracy socjalnej');
    await expectAccessible(page);
    // Nothing chosen: the problems are asked for beside their group.
    await page.getByRole('button', { name: 'Załóż teczkę' }).click();
    await page.locator('#problems-error').waitFor();
    await page.getByLabel('Powód założenia').fill('Rodzina bez dochodu po utracie pracy przez ojca');
    await page.getByLabel('ubóstwo').check();
    await page.getByLabel('bezrobocie').check();
    await page.getByRole('button', { name: 'Załóż teczkę' }).click();
    await page.getByRole('heading', { level: 1, name: /^Teczka pracy socjalnej — / }).waitFor();
    await page.getByText('Paulina Środowiskowa').first().waitFor();
    await expectAccessible(page);
  });

  it('adds a note and a task', async () => {
    await page.locator('summary', { hasText: 'Dodaj notatkę' }).click();
    await page.getByLabel('Rodzaj kontaktu').selectOption('call');
    await page.getByLabel('Treść').fill('Rozmowa telefoniczna: ojciec zarejestrował się w PUP.');
    await page.getByRole('button', { name: 'Dodaj notatkę' }).click();
    await page.getByRole('cell', { name: 'Rozmowa telefoniczna: ojciec zarejestrował się w PUP.' }).waitFor();
    await page.getByRole('cell', { name: 'rozmowa telefoniczna', exact: true }).waitFor();

    await page.locator('summary', { hasText: 'Dodaj zadanie' }).click();
    await page.locator('#task-title').fill('Sprawdzić udział w szkoleniu');
    await page.locator('#task-due').fill('2027-01-15');
    await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
    await page.getByRole('cell', { name: 'Sprawdzić udział w szkoleniu', exact: true }).waitFor();
    await expectAccessible(page);
  });

  it('draws up and signs a social contract, and downloads its PDF', async () => {
    await page.locator('summary', { hasText: 'Sporządź kontrakt' }).click();
    await page.getByLabel('Część formularza').selectOption('B');
    await page.locator('#contract-validTo').fill('2027-03-31');
    await page.getByLabel('Cele').fill('Podjęcie pracy do końca marca');
    await page.getByLabel('Zobowiązania osoby').fill('Udział w szkoleniu i comiesięczny kontakt');
    await page.getByLabel('Zobowiązania ośrodka').fill('Poradnictwo zawodowe i pomoc w dojazdach');
    await page.getByRole('button', { name: 'Sporządź kontrakt' }).click();
    const heading = page.getByRole('heading', { level: 3, name: /^Kontrakt socjalny KS\/\d{4}\/\d+/ });
    await heading.waitFor();
    await page.getByText('do podpisu', { exact: true }).waitFor();

    await page.getByRole('button', { name: /^Podpisany — KS/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Podpisany' }).click();
    await page.getByText('obowiązuje', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Niedotrzymany — KS/ }).waitFor();
    await expectAccessible(page);

    const link = page.getByRole('link', { name: /^Pobierz PDF do podpisu — KS/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = join(downloads, 'kontrakt.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('KONTRAKT SOCJALNY');
    expect(text).toContain('Część I B. Cele kontraktu');
    expect(text).toContain('Podjęcie pracy do końca marca');
    expect(text).toContain('Paulina Środowiskowa');
  });

  it('records the breach; the art. 11 ust. 2 justification is drafted from the case file', async () => {
    await page.getByRole('button', { name: /^Niedotrzymany — KS/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Niedotrzymany' }).click();
    await page.getByText('niedotrzymany', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Skutki z art. 11 ust. 2 (świadczenia w toku)' }).waitFor();
    const justification = await page.getByLabel('Projekt uzasadnienia decyzji').inputValue();
    expect(justification).toContain('stwierdzono niedotrzymanie postanowień kontraktu');
    expect(justification).toContain('ojciec zarejestrował się w PUP');
    await expectAccessible(page);
  });

  it('shows the task on "Moja praca", linking back to the case file', async () => {
    await page.goto(`${h.baseUrl}/`);
    const section = page.getByRole('region', { name: 'Zadania w pracy socjalnej' });
    await section.getByRole('link', { name: 'Sprawdzić udział w szkoleniu' }).click();
    await page.getByRole('heading', { level: 1, name: /^Teczka pracy socjalnej — / }).waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('lists the team’s case files with review dates and tasks, sortable, from the menu', async () => {
    await openFromMenu(page, 'Praca socjalna', 'Teczki pracy socjalnej');
    const table = page.getByRole('table', { name: 'Teczki pracy socjalnej' });
    await table.waitFor();
    // The demo's files of team 1 and the one opened above, each with its lead worker.
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    await table.getByRole('cell', { name: 'Paulina Środowiskowa' }).first().waitFor();
    await expectAccessible(page);
    await table.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Teczka pracy socjalnej — / }).waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
