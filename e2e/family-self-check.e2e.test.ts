// The portal's self-check of family benefits and the Karta Dużej Rodziny, without a login: a
// parent and a child of six with 1000 zł a month get 124 zł of zasiłek rodzinny, no card, and
// the lists of what to bring.
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, page, useHarness } from './harness.ts';

useHarness();

describe('family benefits self-check', () => {
  it('answers from the public calculator with the article of each step, the KDR and the attachments', async () => {
    await page.goto(`${h.baseUrl}/portal/self-check`);
    await page.getByRole('link', { name: 'Sprawdź zasiłek rodzinny i Kartę Dużej Rodziny' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Sprawdź: zasiłek rodzinny i Karta Dużej Rodziny' })
      .waitFor();
    await page.getByRole('textbox', { name: /Średni miesięczny dochód/ }).fill('1000');
    const parent = page.getByRole('group', { name: 'Osoba 1' });
    await parent.getByLabel('Data urodzenia').fill('1990-04-01');
    const child = page.getByRole('group', { name: 'Osoba 2' });
    await child.getByLabel('Data urodzenia').fill('2020-05-05');
    await child.getByRole('checkbox', { name: 'Uczy się' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sprawdź', exact: true }).click();

    const answer = page.getByRole('region', { name: 'Zasiłek rodzinny z dodatkami' });
    await answer.waitFor();
    const text = (await answer.textContent())!.replace(/\s/g, ' ');
    expect(text).toContain('Prawdopodobnie przysługuje 124,00 zł miesięcznie.');
    expect(text).toContain('ustawy o świadczeniach rodzinnych');
    expect(text).toContain('Karta przysługuje rodzinom z co najmniej trojgiem dzieci.');
    expect(text).toContain('zaświadczenie z urzędu skarbowego o dochodzie');
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
