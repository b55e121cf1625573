// The benefits clerk finds a person typed into the registry twice and merges the copy into the
// record that stays (decision 0015); the field worker has no such action.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, h, login, page, useHarness } from './harness.ts';

let kept: { id: string; pesel: string; surname: string };
let copy: string;

useHarness();
beforeAll(async () => {
  const r = await h.db.query<{ id: string; pesel: string; surname: string }>(
    `SELECT id, pesel, surname FROM person WHERE pesel IS NOT NULL AND NOT sealed AND household_id IS NOT NULL
      ORDER BY id DESC LIMIT 1`,
  );
  kept = r.rows[0]!;
  // The same person typed in again from a passport, without the PESEL.
  const c = await h.db.query<{ id: string }>(
    `INSERT INTO person (first_name, surname, birth_date, sex, sort_key, surname_folded, search_text, document_type, document_number)
     SELECT first_name, surname, birth_date, sex, sort_key, surname_folded, search_text, 'passport', 'EX' || floor(random() * 1e7)::int
       FROM person WHERE id = $1 RETURNING id`,
    [kept.id],
  );
  copy = c.rows[0]!.id;
});

describe('merging a duplicate record', () => {
  it('the field worker sees no merge action', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/persons/${copy}`);
    await page.getByRole('heading', { level: 2, name: 'Dane osobowe' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Połącz zdublowany rekord' }).count()).toBe(0);
  });

  it('the clerk picks the record that stays, confirms, and lands on it', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/persons/${copy}`);
    await page.getByRole('heading', { level: 2, name: 'Połącz zdublowany rekord' }).waitFor();
    await page.getByRole('searchbox', { name: 'Znajdź osobę w rejestrze' }).fill(kept.pesel);
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page
      .getByRole('button', { name: /^Wybierz/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Połącz z tym rekordem' }).click();
    const dialog = page.getByRole('dialog', { name: 'Połączyć rekordy?' });
    await dialog.getByText('Tego nie da się cofnąć.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Połącz', exact: true }).click();
    await page.getByText('Rekordy połączono.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/persons/${kept.id}`);
    expect((await h.db.query('SELECT 1 FROM person WHERE id = $1', [copy])).rowCount).toBe(0);
    // The copy's old address opens the kept record.
    await page.goto(`${h.baseUrl}/persons/${copy}`);
    await page.waitForURL(`${h.baseUrl}/persons/${kept.id}`);
    await page.getByText(`PESEL`, { exact: false }).first().waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
