// Read logging at screen level (issue 21 item 5): the web app names the screen the user is on in
// every request, and the person's page shows whoever reads the audit log which screen read the record.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, startHarness } from './harness.ts';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

describe('who read this record', () => {
  it('names the screen that read the person, beside the API route', async () => {
    const person = await h.db.query<{ id: string }>(
      'SELECT id FROM person WHERE household_id IS NOT NULL ORDER BY surname, id LIMIT 1',
    );
    await login(page, h.baseUrl, 'audytor');
    await page.goto(`${h.baseUrl}/persons/${person.rows[0]!.id}`);
    await page.getByRole('heading', { name: 'Kto czytał te dane' }).waitFor();
    // The list was asked for with the page; the page's own read shows on the next visit.
    await page.reload();
    await page
      .getByRole('row', { name: /audytor read · person \/persons\/:id GET \/api\/v1\/persons\/:id/ })
      .first()
      .waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
