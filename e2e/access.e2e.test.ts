// What a role cannot see: a clear "no access" page, and a navigation without what it may not use.
import { describe, expect, it } from 'vitest';
import { axeViolations, h, login, useHarness } from './harness.ts';

useHarness();

describe('access', () => {
  it('a blue-card team member without registry access sees "Brak dostępu" on /persons', async () => {
    const page = await h.newPage();
    await login(page, h.baseUrl, 'niebieska');
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    const links = await nav.getByRole('link').allTextContents();
    // A blue-card team member works in other areas; the registry is not among them.
    expect(links).toContain('Moja praca');
    expect(links).not.toContain('Osoby');
    // No quick search on the home page either.
    await expect.poll(() => page.getByRole('search').count()).toBe(0);

    await page.goto(`${h.baseUrl}/persons`);
    await page.getByRole('heading', { level: 1, name: 'Brak dostępu' }).waitFor();
    await expect.poll(() => page.title()).toBe('Brak dostępu — Ostoja');
    await page.getByText('Twoje role nie dają dostępu do tej strony.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Brak dostępu' }).waitFor();
    await page.close();
  });

  it('a specialist may read the registry but not register a household', async () => {
    const page = await h.newPage();
    await login(page, h.baseUrl, 'psycholog');
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Moja praca', 'Osoby']));
    expect(links).not.toContain('Nowe gospodarstwo');
    await nav.getByRole('link', { name: 'Osoby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyszukiwanie osób' }).waitFor();
    await page.getByLabel('Nazwisko, imię lub PESEL').fill('kowal');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.locator('table tbody tr').first().waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Nowe gospodarstwo' }).count()).toBe(0);

    await page.locator('table tbody tr a').first().click();
    await page.getByRole('heading', { name: 'Dane osobowe' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Edytuj' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${h.baseUrl}/households/new`);
    await page.getByRole('heading', { level: 1, name: 'Brak dostępu' }).waitFor();
    await page.close();
  });

  it('a signed-out visitor is sent to the login page and back to where they were going', async () => {
    const page = await h.newPage();
    await page.context().clearCookies();
    await page.goto(`${h.baseUrl}/persons?q=kowal`);
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('dyrektor');
    await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill('Ostoja-demo-2026');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyszukiwanie osób' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    expect(new URL(page.url()).search).toBe('?q=kowal');
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
  it('a resident opening the site address lands on the portal, with a way in for staff', async () => {
    const page = await h.newPage();
    await page.context().clearCookies();
    await page.goto(`${h.baseUrl}/`);
    await page.waitForURL(/\/portal$/);
    await page
      .getByRole('link', { name: 'Wyjdź szybko' })
      .or(page.getByRole('button', { name: 'Wyjdź szybko' }))
      .first()
      .waitFor();
    await page.locator('a[href="/login"]').first().waitFor({ state: 'attached' });
    await page.close();
  });
});
