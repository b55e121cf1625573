// The portal's accessibility statement edited by staff (ustawa o dostępności cyfrowej, art. 10):
// its dates and status are required beside their fields, an editor holding an older copy is told
// someone saved first and reloads it, and residents read the new dates and status on the portal.
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

useHarness();

const STATUS = 'Strona jest częściowo zgodna z ustawą o dostępności cyfrowej.';

describe('portal content: the accessibility statement', () => {
  it('asks for the date the statement was prepared beside it; a stale copy is refused and reloaded', async () => {
    await login(page, h.baseUrl, 'kadra');
    await openFromMenu(page, 'Treści portalu');
    await openLink(page, 'Deklaracja dostępności');
    // A second editor opens the same statement before the first one saves.
    const other = await h.newPage();
    await login(other, h.baseUrl, 'kadra');
    await other.goto(`${h.baseUrl}/content/pages/accessibility`);
    await other.getByRole('heading', { level: 1, name: 'Deklaracja dostępności' }).waitFor();

    await page.fill('#f-preparedOn', '');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.locator('#f-preparedOn[aria-invalid="true"]').waitFor();
    await expectAccessible(page);

    await page.fill('#f-sitePublishedOn', '2024-05-06');
    await page.fill('#f-preparedOn', '2026-11-30');
    await page.locator('#f-compliance').selectOption({ label: STATUS });
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText(/^Zapisano: .+\.$/).waitFor();

    await other.fill('#f-preparedOn', '2026-12-01');
    await other.getByRole('button', { name: 'Zapisz' }).click();
    await other.getByText('Ktoś zmienił te dane w międzyczasie').waitFor();
    await other.getByRole('button', { name: 'Wczytaj aktualne dane' }).click();
    await expect.poll(() => other.inputValue('#f-preparedOn')).toBe('2026-11-30');
    await expectAccessible(other);
    await other.close();
  });

  it('shows residents the saved dates and status', async () => {
    await page.goto(`${h.baseUrl}/portal/accessibility`);
    await page.locator('#a11y-data-publikacja', { hasText: '6 maja 2024' }).waitFor();
    await page.locator('#a11y-data-sporzadzenie', { hasText: '30 listopada 2026' }).waitFor();
    await page.locator('#a11y-status', { hasText: STATUS }).waitFor();
  });
});
