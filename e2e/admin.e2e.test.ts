// The administrator: a new staff account, a unit's opening hours, a field team's streets, the audit log.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

useHarness();
beforeAll(async () => {
  await login(page, h.baseUrl, 'admin');
});

const nav = () => page.getByRole('navigation', { name: 'Menu główne' });
const suffix = Math.random().toString(36).slice(2, 7);

describe('administration', () => {
  it('shows the administration in the navigation, and no registry', async () => {
    const links = await nav().getByRole('link').allTextContents();
    // Every area adds its own administration; the foundation's must be there, the registry not.
    expect(links).toEqual(
      expect.arrayContaining(['Moja praca', 'Użytkownicy', 'Jednostki', 'Dziennik zdarzeń']),
    );
    expect(links).not.toContain('Osoby');
    expect(links).not.toContain('Nowe gospodarstwo');
  });

  it('creates a staff account (roles required), then the new user can sign in', async () => {
    await nav().getByRole('link', { name: 'Użytkownicy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Użytkownicy' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page);

    await openLink(page, 'Nowy użytkownik');
    await page.getByRole('textbox', { name: 'Imię i nazwisko' }).fill('Żaneta Nowakowska');
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill(`znowak-${suffix}`);
    await page.getByRole('textbox', { name: 'Hasło' }).fill('Bardzo-dlugie-haslo-2026');
    await page.getByRole('button', { name: 'Utwórz konto' }).click();
    await page.getByText('Wybierz co najmniej jedną rolę.').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('checkbox', { name: 'pracownik socjalny' }).check();
    await page
      .getByRole('combobox', { name: 'Jednostka' })
      .selectOption({ label: 'Zespół Terenowy nr 2 — Żbików' });
    await page.getByRole('button', { name: 'Utwórz konto' }).click();
    await page.getByText('Zapisano konto: Żaneta Nowakowska.').waitFor();
    await page.getByRole('link', { name: 'Żaneta Nowakowska' }).waitFor();

    const other = await h.newPage();
    await login(other, h.baseUrl, `znowak-${suffix}`, 'Bardzo-dlugie-haslo-2026');
    await other.getByText('Twoje role: pracownik socjalny.').waitFor();
    await other.close();
    // The other tab signed in with the shared cookie jar; sign the administrator in again.
    await login(page, h.baseUrl, 'admin', DEMO_PASSWORD);
  });

  it('edits a unit: adds opening hours', async () => {
    await nav().getByRole('link', { name: 'Jednostki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jednostki organizacyjne' }).waitFor();
    await expectAccessible(page);
    await openLink(page, 'Sekcja Świadczeń', 'Jednostka: Sekcja Świadczeń');
    await page.getByRole('button', { name: 'Dodaj godziny przyjęć' }).click();
    await page.locator('#f-openingHours-0-open').fill('09:00');
    await page.locator('#f-openingHours-0-close').fill('08:00');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('Godzina zamknięcia musi być późniejsza niż godzina otwarcia.').first().waitFor();
    await expectAccessible(page);
    await page.locator('#f-openingHours-0-close').fill('15:30');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('Zapisano jednostkę: Sekcja Świadczeń.').waitFor();
    // The list may show its cached rows for a moment before the refetch brings the new hours.
    await page
      .getByRole('row', { name: /Sekcja Świadczeń/ })
      .filter({ hasText: 'pon. 09:00–15:30' })
      .waitFor();
  });

  it('assigns a street with an odd number range to a field team, then removes it', async () => {
    await page.getByRole('link', { name: 'Ulice — Zespół Terenowy nr 2 — Żbików' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ulice rejonu: Zespół Terenowy nr 2 — Żbików' })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Ulica' }).fill('Świerkowa');
    await page.getByRole('textbox', { name: 'Od numeru' }).fill('1');
    await page.getByRole('textbox', { name: 'Do numeru' }).fill('49');
    await page.getByRole('combobox', { name: 'Numery' }).selectOption('odd');
    await page.getByRole('button', { name: 'Przypisz ulicę' }).click();
    await page.getByText('Przypisano ulicę Świerkowa.').waitFor();
    const row = page.getByRole('row', { name: /Świerkowa/ });
    await expect.poll(() => row.textContent()).toContain('1–49, nieparzyste');

    await row.getByRole('button', { name: 'Usuń — Świerkowa' }).click();
    await page.getByRole('button', { name: 'Potwierdź usunięcie: Świerkowa' }).click();
    await page.getByText('Usunięto ulicę Świerkowa.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Świerkowa/ }).count()).toBe(0);
  });

  it('filters the audit log by event and record type, newest first', async () => {
    await nav().getByRole('link', { name: 'Dziennik zdarzeń' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dziennik zdarzeń' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'Zdarzenie' }).selectOption('delete');
    await page.getByRole('combobox', { name: 'Rodzaj rekordu' }).selectOption('fieldTeamStreet');
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await page.getByText('Wyświetlono 1 zdarzenie.').waitFor();
    const entry = await page.locator('tbody tr').first().textContent();
    expect(entry).toContain('admin');
    expect(entry).toContain('usunięcie');
    expect(entry).toContain('ulica rejonu');
    expect(new URL(page.url()).searchParams.get('action')).toBe('delete');
    expect(h.pageErrors).toEqual([]);
  });
});
