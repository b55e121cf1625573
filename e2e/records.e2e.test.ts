// Records management in the browser: the administrator sees the retention rules by JRWA category,
// the records due in a month, draws up a destruction protocol, records its signing and runs the
// anonymisation — the page passes axe at each step.
import { beforeAll, describe, expect, it } from 'vitest';
import { personWithClosedRecord } from '../apps/server/src/modules/records/test-helpers.ts';
import { expectAccessible, h, login, openLink, page, useHarness } from './harness.ts';

let record: Awaited<ReturnType<typeof personWithClosedRecord>>;

useHarness();
beforeAll(async () => {
  record = await personWithClosedRecord(h.db, 951, '2014-05-31');
});

describe('records and RODO', () => {
  it('lists the record due, draws up the protocol, signs it and anonymises the person', async () => {
    await login(page, h.baseUrl, 'admin');
    await openLink(page, 'Archiwum i RODO', 'Archiwum zakładowe i RODO');
    await page.getByRole('row', { name: /Piecza zastępcza 8150 B10 brakowanie/ }).waitFor();
    await expectAccessible(page);

    // Due by the end of this month: closed in 2014, B-10 → since 1 January 2025.
    await page
      .getByRole('row', {
        name: new RegExp(`01\\.01\\.2025 Piecza zastępcza ${record.recordId.slice(0, 8)}`),
      })
      .waitFor();

    await page.getByRole('textbox', { name: 'Imię i nazwisko' }).nth(0).fill('Anna Kancelaryjna');
    await page.getByRole('textbox', { name: 'Imię i nazwisko' }).nth(1).fill('Jan Archiwista');
    await page.getByRole('textbox', { name: 'Imię i nazwisko' }).nth(2).fill('Ewa Świadczeniowa');
    await page.getByRole('button', { name: 'Sporządź protokół' }).click();
    const row = page.getByRole('row', { name: /PB\/\d{4}\/001/ });
    await row.getByText('projekt').waitFor();
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Zapisz podpisanie' }).click();
    await page.getByRole('textbox', { name: /Zgoda archiwum państwowego/ }).fill('ANS.4122.15.2026');
    await page.getByRole('button', { name: 'Zapisz podpisanie' }).last().click();
    await row.getByRole('button', { name: 'Anonimizuj dane osób' }).click();
    await expectAccessible(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Anonimizuj dane osób' }).click();
    await row.getByText('zanonimizowano osób: 1').waitFor();

    const person = await h.db.query<{ surname: string }>('SELECT surname FROM person WHERE id = $1', [
      record.personId,
    ]);
    expect(person.rows[0]!.surname).toBe('Anonimizowano');
    expect(h.pageErrors).toEqual([]);
  });
});
