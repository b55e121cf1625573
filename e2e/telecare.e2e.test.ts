// Telecare in the browser: the clerk registers a bracelet, lends it to a person with a telecare
// decision (the demo's), gets the lending contract, imports the monitoring centre's alarms — a bad
// line named, then the good file — and sees the person's alarms of the month.
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

const today = todayInPoland();
const SERIAL = `TB-E2E-${Math.floor(Math.random() * 1_000_000)}`;
let person = '';

describe('telecare: lend a device, import alarms, see them', () => {
  it('the clerk registers a bracelet and lends it under a telecare decision, with its contract', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/telecare`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Teleopieka');
    await page.locator('#f-tc-device-serialNumber').fill(SERIAL);
    await page.getByRole('button', { name: 'Dodaj urządzenie' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Urządzenia teleopieki' }).textContent(), {
        timeout: 15_000,
      })
      .toContain(SERIAL);

    const decision = page.locator('#f-tc-lend-telecareServiceId');
    await expect.poll(() => decision.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const label = (await decision.locator('option').nth(1).textContent()) ?? '';
    person = label.split(' — ')[0]!;
    await decision.selectOption({ index: 1 });
    await page
      .locator('#f-tc-lend-deviceId')
      .selectOption({ label: `${SERIAL} — opaska (bransoleta) alarmowa` });
    await page.getByRole('button', { name: 'Użycz i przygotuj umowę' }).click();
    const done = page.getByText(new RegExp(`Użyczono urządzenie ${SERIAL}`));
    await expect.poll(() => done.count(), { timeout: 15_000 }).toBe(1);
    const href = await page.getByRole('link', { name: 'Umowa użyczenia (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${h.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdfText(await pdf.body()).replace(/\s+/g, '')).toContain(SERIAL);
    await expectAccessible(page);
  });

  it('a bad line is named and nothing imported; the good file imports and the alarms show', async () => {
    const csv = (kind: string) =>
      `numer;data;godzina;rodzaj;działanie\n${SERIAL};${today};06:45;button;talk\n${SERIAL};${today};22:10;${kind};ambulance\n`;
    const area = page.getByLabel('Zawartość pliku');
    await area.fill(csv('smoke'));
    await page.getByRole('button', { name: 'Importuj alarmy' }).click();
    await expect.poll(() => page.getByText('Wiersz 3, kolumna kind').count(), { timeout: 15_000 }).toBe(1);
    await area.fill(csv('fall'));
    await page.getByRole('button', { name: 'Importuj alarmy' }).click();
    await expect.poll(() => page.getByText('Zaimportowano alarmów: 2').count(), { timeout: 15_000 }).toBe(1);

    await page.locator('#tc-alarms-person').selectOption({ label: person });
    const table = page.getByRole('table', { name: new RegExp(`Alarmy: ${person}`) });
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('upadek');
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('06:45');
    expect(text).toContain('pogotowie');
    expect(text.indexOf('06:45')).toBeLessThan(text.indexOf('22:10'));
  });
});
