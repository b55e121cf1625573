// The UKR status of a citizen of Ukraine on the person page (act of 12.03.2022): the clerk sees it
// with its history, records that it was lost (a wrong date is shown beside its field first), and
// the director reads it without the form.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

let personId: string;

beforeAll(async () => {
  // The demo's family from Ukraine: the status since 15 March 2022.
  const r = await h.db.query<{ id: string }>(
    `SELECT id FROM person WHERE ukr_status = 'ukr' AND ukr_since = '2022-03-15' ORDER BY id LIMIT 1`,
  );
  personId = r.rows[0]!.id;
});

const section = () => page.getByRole('region', { name: 'Status UKR (pomoc obywatelom Ukrainy)' });

describe('the UKR status on the person page', () => {
  it('the clerk sees the status given on 15.03.2022 and its history', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/persons/${personId}`);
    await section().waitFor();
    await section().locator('.badge', { hasText: 'Status UKR' }).waitFor();
    await section().getByText('15.03.2022').first().waitFor();
    const history = section().getByRole('table', { name: 'Historia zmian statusu UKR' });
    expect(await history.getByRole('row').count()).toBe(2);
    await expectAccessible(page);
  });

  it('records the loss: a day before the status is refused at its field, then saved into the history', async () => {
    await page.selectOption('#f-status', 'lost');
    await page.fill('#f-lostOn', '2022-03-01');
    await page.selectOption('#f-lostReason', 'leftPoland');
    await section().getByRole('button', { name: 'Zapisz status' }).click();
    const error = 'Data utraty statusu nie może być wcześniejsza niż data jego nadania';
    await page.locator('#f-lostOn-error', { hasText: error }).waitFor();
    await expectAccessible(page);

    await page.fill('#f-lostOn', '2025-09-01');
    await section().getByRole('button', { name: 'Zapisz status' }).click();
    await section().getByText('Status UKR zapisany.').waitFor();
    await section().locator('.badge', { hasText: 'Status utracony' }).waitFor();
    const history = section().getByRole('table', { name: 'Historia zmian statusu UKR' });
    await expect.poll(() => history.getByRole('row').count()).toBe(3);
    await history.getByRole('row').nth(1).getByText('Beata Świadczeniowa').waitFor();
    await history.getByRole('row').nth(1).getByText('Wyjazd z Polski na ponad miesiąc').waitFor();
    await expectAccessible(page);
    const row = await h.db.query('SELECT ukr_status, ukr_lost_on FROM person WHERE id = $1', [personId]);
    expect(row.rows[0]).toEqual({ ukr_status: 'lost', ukr_lost_on: '2025-09-01' });
  });

  it('the director reads the status and its history, without the form', async () => {
    await login(page, h.baseUrl, 'dyrektor');
    await page.goto(`${h.baseUrl}/persons/${personId}`);
    await section().locator('.badge', { hasText: 'Status utracony' }).waitFor();
    expect(await section().getByRole('button', { name: 'Zapisz status' }).count()).toBe(0);
    await expectAccessible(page);
  });
});
