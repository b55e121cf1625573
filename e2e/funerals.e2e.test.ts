// A benefits clerk arranges a funeral (art. 44 ups) for a deceased demo resident through the demo's
// contracted funeral home: the order number POG/yyyy/nnnn, the invoice above the council's limit
// refused without a reason beside that field, the order's PDF read back, and the cost's recovery
// from the ZUS funeral allowance (art. 96 ust. 3 ups).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

let person: { id: string; pesel: string; firstName: string; surname: string };
const downloads = mkdtempSync(join(tmpdir(), 'ostoja-funerals-'));
const today = todayInPoland();
const year = today.slice(0, 4);
let number = '';

beforeAll(async () => {
  // A demo resident with a PESEL no other person bears, outside any Niebieska Karta compartment.
  const r = await h.db.query<typeof person>(
    `SELECT p.id, p.pesel, p.first_name AS "firstName", p.surname FROM person p
      WHERE p.pesel IS NOT NULL AND p.birth_date < current_date - interval '70 years'
        AND NOT EXISTS (SELECT 1 FROM person o WHERE o.pesel = p.pesel AND o.id <> p.id)
        AND NOT EXISTS (SELECT 1 FROM person o WHERE o.surname = p.surname AND o.first_name = p.first_name AND o.id <> p.id)
        AND NOT EXISTS (SELECT 1 FROM funeral f WHERE f.person_id = p.id)
      ORDER BY p.birth_date, p.id LIMIT 1`,
  );
  person = r.rows[0]!;
});
afterAll(() => {
  rmSync(downloads, { recursive: true, force: true });
});

describe('benefits clerk: arranging a funeral (art. 44 ups)', () => {
  const name = () => `${person.surname} ${person.firstName}`;

  it('arranges the funeral within the limit and gets the order number', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Sprawienie pogrzebu' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Sprawienie pogrzebu' }).waitFor();
    await page.getByText('Ośrodek nie sprawiał jeszcze pogrzebów.').waitFor();
    await expectAccessible(page);

    const form = page.getByRole('region', { name: 'Sprawienie pogrzebu' });
    await form.getByLabel('Znajdź osobę w rejestrze').fill(person.pesel);
    await form.getByRole('button', { name: 'Szukaj' }).click();
    await form.getByRole('button', { name: `Wybierz ${name()}` }).click();
    await form.getByLabel('Data zgonu').fill(addDays(today, -3));
    await form.getByLabel('Miejsce zgonu').fill('Szpital Powiatowy w Pruszkowie');
    await form.getByLabel('Zgłaszający').fill('Szpital Powiatowy w Pruszkowie, oddział wewnętrzny');
    await form.getByLabel('Data zgłoszenia').fill(addDays(today, -2));
    await form
      .getByLabel('Zakład pogrzebowy')
      .selectOption({ label: 'Zakład Pogrzebowy „Spokój” (demo) (ZP/1/2026)' });
    // Above the demo's limit of 4 500,00 zł: refused, the reason asked for beside its field.
    await form.getByLabel('Koszt (zł)').fill('4800,00');
    await form.getByRole('button', { name: 'Zleć pogrzeb' }).click();
    await form
      .getByRole('textbox', { name: 'Uzasadnienie przekroczenia limitu' })
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    await expectAccessible(page);
    await form.getByLabel('Koszt (zł)').fill('4200,00');
    await form.getByRole('button', { name: 'Zleć pogrzeb' }).click();

    await page.getByRole('heading', { level: 1, name: `Pogrzeb: ${name()}` }).waitFor();
    number = (await page.getByRole('definition').first().textContent()) ?? '';
    expect(number).toMatch(new RegExp(`^POG/${year}/\\d{4}$`));
    await page.getByText(/^4\s?500,00\s?zł \(XI\/95\/2019 \(demo\)\)$/).waitFor();
    await expectAccessible(page);
  });

  it('enters the invoice: above the limit only with a reason', async () => {
    const invoice = page.getByRole('region', { name: 'Faktura' });
    await invoice.getByLabel('Numer faktury').fill(`FV/118/${year}`);
    await invoice.getByLabel('Kwota faktury (zł)').fill('4650,00');
    await invoice.getByRole('button', { name: 'Zapisz fakturę' }).click();
    const reason = invoice.getByRole('textbox', { name: 'Uzasadnienie przekroczenia limitu' });
    await reason.and(page.locator('[aria-invalid="true"]')).waitFor();
    await expectAccessible(page);
    await reason.fill('Przewóz zwłok z innej gminy na cmentarz parafialny.');
    await invoice.getByRole('button', { name: 'Zapisz fakturę' }).click();
    await page.getByText(`FV/118/${year}`).waitFor();
    await page
      .getByRole('definition')
      .getByText(/^4\s?650,00\s?zł$/)
      .first()
      .waitFor();
    await page.getByText('Przewóz zwłok z innej gminy na cmentarz parafialny.').waitFor();
    await expectAccessible(page);
  });

  it('downloads the order and reads it', async () => {
    // The link opens the order in a new tab; the file is fetched with the clerk's session.
    const href = await page.getByRole('link', { name: 'Zlecenie (PDF)' }).getAttribute('href');
    const res = await page.context().request.get(`${h.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const file = join(downloads, 'zlecenie.pdf');
    writeFileSync(file, await res.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ZLECENIE SPRAWIENIA POGRZEBU');
    expect(text).toContain(number);
    expect(text).toContain(`${person.firstName} ${person.surname}`);
    expect(text).toContain(person.pesel);
    expect(text).toContain('Zakład Pogrzebowy „Spokój” (demo)');
    expect(text).toMatch(/Koszt pogrzebu 4\s?650,00 zł/);
    expect(text).toMatch(/4\s?500,00 zł \(uchwała XI\/95\/2019 \(demo\)\)/);
    expect(text).toContain('Przewóz zwłok z innej gminy na cmentarz parafialny.');
    expect(text).toContain(`FV/118/${year}`);
  });

  it('records the recovery from the ZUS funeral allowance', async () => {
    const recovery = page.getByRole('region', { name: 'Zwrot kosztów' });
    await recovery.getByLabel('Źródło').selectOption({ label: 'zasiłek pogrzebowy (ZUS)' });
    await recovery.getByLabel('Rodzaj').selectOption({ label: 'wpłata' });
    await recovery.getByLabel('Kwota (zł)').fill('4000,00');
    await recovery.getByLabel('Znak pisma lub wpłaty').fill('ZUS/ZP/2026/77');
    await recovery.getByRole('button', { name: 'Zapisz' }).click();
    await recovery.getByRole('cell', { name: 'ZUS/ZP/2026/77' }).waitFor();
    await recovery.getByRole('cell', { name: /^4\s?000,00\s?zł$/ }).waitFor();
    // 4 650,00 − 4 000,00 still to recover.
    await page
      .getByRole('definition')
      .getByText(/^650,00\s?zł$/)
      .waitFor();
    await expectAccessible(page);

    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Sprawienie pogrzebu' })
      .click();
    await page
      .getByRole('combobox', { name: 'Pogrzeby' })
      .selectOption({ label: 'Tylko z kosztem do odzyskania' });
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByRole('link', { name: name() }).waitFor();
    await row.getByRole('cell', { name: /^650,00\s?zł$/ }).waitFor();
    await expectAccessible(page);
  });
});
