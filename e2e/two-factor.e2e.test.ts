// Two-factor sign-in in the browser: an administrator whose role requires it enrols (QR code, key,
// first code, recovery codes), then signs in with a code from the app, computed here from the key.
import { describe, expect, it } from 'vitest';
import { timeStep, totpAt } from '../apps/server/src/modules/identity/totp.ts';
import { axeViolations, DEMO_PASSWORD, h, openLink, useHarness } from './harness.ts';

useHarness({ env: { OSTOJA_TOTP_ROLES: 'administrator' } });

describe('two-factor sign-in', () => {
  it('enrols with the QR code and then signs in with a code from the app', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('admin');
    await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();

    // The role requires a second factor: the account security page, and nothing else, is open.
    await page.getByRole('heading', { level: 1, name: 'Bezpieczeństwo konta' }).waitFor();
    await page.getByText('Twoja rola wymaga logowania dwuskładnikowego. Włącz je').waitFor();
    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Bezpieczeństwo konta' }).waitFor();

    await page.getByRole('button', { name: 'Włącz logowanie dwuskładnikowe' }).click();
    const qr = page.getByRole('img', { name: /Kod QR/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = (await page.getByTestId('totp-secret').textContent())!;
    expect(await axeViolations(page)).toEqual([]);

    const step = timeStep(Date.now());
    await page.getByRole('textbox', { name: 'Kod z aplikacji' }).fill(totpAt(secret, step));
    await page.getByRole('button', { name: 'Potwierdź i włącz' }).click();
    const codes = page.getByRole('list', { name: 'Kody zapasowe' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await page.getByText('Włączone', { exact: true }).waitFor();

    // Now the rest of the app is open.
    await openLink(page, 'Użytkownicy');

    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill('admin');
    await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    const code = page.getByRole('textbox', { name: 'Kod z aplikacji lub kod zapasowy' });
    await code.waitFor();
    // The confirming code was used once already: it is refused, on the code field.
    await code.fill(totpAt(secret, step));
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByText('Kod jest nieprawidłowy, wygasł albo został już użyty.').first().waitFor();
    // The next step's code (or the current one, if the clock has moved on past it).
    await code.fill(totpAt(secret, Math.max(step + 1, timeStep(Date.now()))));
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    // Back on the page signed out from.
    await page.getByRole('heading', { level: 1, name: 'Użytkownicy' }).waitFor();

    // Own sessions, and signing out everywhere.
    await page.getByRole('link', { name: 'Bezpieczeństwo konta' }).click();
    await page.getByRole('table', { name: 'Aktywne sesje' }).getByText('Ta sesja').waitFor();
    await page.getByRole('button', { name: 'Wyloguj wszędzie' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wyloguj wszędzie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    const left = await h.db.query(
      `SELECT 1 FROM session s JOIN staff_user u ON u.id = s.user_id WHERE u.login = 'admin'`,
    );
    expect(left.rowCount).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
