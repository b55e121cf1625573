// The login form by keyboard alone, the server's messages (wrong password, lockout), and the
// language switch (Ukrainian, English) that changes what is shown and is remembered.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, DEMO_PASSWORD, h, login, useHarness } from './harness.ts';

useHarness();

/** What has the keyboard focus: its id, else its text. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.id || el?.textContent?.trim() || el?.tagName || '';
  });

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(p: Page, target: string, max = 30) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if ((await focused(p)) === target) return;
  }
  throw new Error(`${target} not reached with Tab; focus is on ${await focused(p)}`);
}

describe('login', () => {
  it('works with the keyboard alone: skip link, fields in order, visible focus, Enter submits', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    await expect.poll(() => page.title()).toBe('Logowanie — Ostoja');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('Przejdź do treści');
    await page.getByRole('link', { name: 'Przejdź do treści' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('f-login');
    // The focus is visible: an outline around the field.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.type('pracownik');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('f-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Moja praca' }).waitFor();

    // The main navigation is reachable and usable by keyboard too.
    await tabTo(page, 'Osoby');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wyszukiwanie osób' }).waitFor();
    // After a client-side navigation the focus moves to the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('button', { name: 'Wyloguj' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    await page.close();
  });

  it("shows the server's message for a wrong password, then the lockout after repeated failures", async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('wolontariat');
    const alert = page.locator('.error-summary');
    for (let i = 1; i <= 5; i++) {
      await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(`wrong-password-${i}`);
      await page.getByRole('button', { name: 'Zaloguj się' }).click();
      await page.getByRole('button', { name: 'Zaloguj się' }).waitFor();
      if (i === 1) {
        await expect.poll(() => alert.textContent()).toContain('Nieprawidłowy login lub hasło.');
        expect(await axeViolations(page)).toEqual([]);
      }
    }
    await expect.poll(() => alert.textContent()).toContain('Zbyt wiele nieudanych prób logowania');
    // This address now waits (the first wait, 30 s): even the right password is refused for now.
    await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByText('Spróbuj ponownie za 1 min.', { exact: false }).waitFor();
    expect(page.url()).toContain('/login');
    await page.close();
  });
});

describe('language', () => {
  it('switches to Ukrainian and English, changes the visible text and <html lang>, and is remembered', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('pl');

    await page.getByRole('button', { name: 'Українська' }).click();
    await page.getByRole('heading', { level: 1, name: 'Вхід' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('uk');
    await expect.poll(() => page.title()).toBe('Вхід — Ostoja');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    // The server answers in the chosen language too.
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('kadra');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong login or password.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('kadra');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByText('Your roles: centre staff.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moja praca' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('pl');
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('each role lands on its work: the director on the dashboard, the worker on visits and the area’s online applications', async () => {
    const page = await h.newPage();
    // A resident of ul. Helenowska (field team 1, pracownik's) applies online.
    const applied = await page.request.post(`${h.baseUrl}/api/v1/portal/intakes`, {
      data: {
        applicant: { firstName: 'Irena', surname: 'Internetowa', pesel: null, birthDate: '1975-03-03' },
        address: {
          street: 'ul. Helenowska',
          building: '9',
          apartment: null,
          postalCode: '05-800',
          city: 'Pruszków',
        },
        phone: '600 700 800',
        preferredContact: 'phone',
        household: [],
        help: ['zasilekOkresowy'],
        description: 'Nie mam z czego zapłacić za leki.',
        declaration: true,
      },
    });
    expect(applied.status()).toBe(201);
    const reference = (await applied.json()).reference as string;

    await login(page, h.baseUrl, 'dyrektor');
    expect(new URL(page.url()).pathname).toBe('/reports/dashboard');
    expect(await axeViolations(page)).toEqual([]);

    await login(page, h.baseUrl, 'pracownik');
    expect(new URL(page.url()).pathname).toBe('/');
    const row = page.locator('tbody tr', { hasText: reference });
    await row.getByText('Wniosek złożony przez internet — kontakt i wywiad').first().waitFor();
    await row.getByText('Irena Internetowa').waitFor();
    await page.locator('tbody tr', { hasText: 'Aktualizacja wywiadu' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: new RegExp(reference.replaceAll('/', '\\/')) }).click();
    await page.waitForURL(/\/intakes\/[0-9a-f-]{36}$/);

    // The other field team's worker does not get it.
    await login(page, h.baseUrl, 'pracownik2');
    await page.locator('#tasks-h ~ .result-count').waitFor();
    expect(await page.locator('tbody tr', { hasText: reference }).count()).toBe(0);

    // The benefits clerk's work is the decisions to issue.
    await login(page, h.baseUrl, 'swiadczenia');
    await page.locator('tbody tr', { hasText: 'Decyzja do wydania' }).first().waitFor();
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});
