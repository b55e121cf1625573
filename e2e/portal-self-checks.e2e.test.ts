// The portal's self-checks of meals, FEPŻ food aid, the housing allowance, the alimony fund and the care fee,
// each run once by a resident without a login: the answer with its reason and figures, what to
// bring from the catalogue, a field typed wrong named in the error summary — and axe on each page.
import { describe, expect, it } from 'vitest';
import { expectAccessible, h, page, useHarness } from './harness.ts';

useHarness();

const answer = async () => {
  const region = page.getByRole('region', { name: 'Odpowiedź' });
  await region.waitFor();
  return (await region.textContent())!.replace(/\s/g, ' ');
};
const check = () => page.getByRole('button', { name: 'Sprawdź', exact: true }).click();
/** The catalogue's part of the answer (what to bring) comes with its own request, after the figures. */
const catalogued = () => page.getByRole('heading', { name: 'Co przygotować' }).waitFor();

describe('portal self-checks', () => {
  it('meals: from the catalogue entry; a family of 4 exactly at 200 % of the criterion gets a yes', async () => {
    await page.goto(`${h.baseUrl}/portal/help/posilek-w-szkole-i-w-domu`);
    await page.getByRole('main').getByRole('link', { name: 'Czy mogę dostać?' }).click();
    await page.waitForURL('**/portal/self-check/meals');
    await page.getByRole('heading', { level: 1, name: 'Sprawdź: posiłek w szkole i w domu' }).waitFor();
    expect(await page.getByText('Nie musisz się logować.').count()).toBe(1);
    await check();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Podaj liczbę osób w gospodarstwie domowym: od 1 do 20.');
    await page.getByRole('textbox', { name: /Ile osób/ }).fill('4');
    await page.getByRole('textbox', { name: /Miesięczny dochód netto/ }).fill('6584');
    await check();
    await catalogued();
    const text = await answer();
    expect(text).toContain('Prawdopodobnie tak');
    expect(text).toContain('Dochód mieści się w limicie.');
    expect(text).toContain('Limit dochodu na osobę (200% kryterium');
    expect(text).toContain('823,00 zł');
    expect(text).toContain('1646,00 zł');
    expect(text).toContain('Co przygotować');
    expect(text).toContain('uchwała RM nr 149/2023');
    await expectAccessible(page);
  });

  it('food aid: a single person 1 grosz over 265 % gets a no', async () => {
    await page.goto(`${h.baseUrl}/portal/self-check/food-aid`);
    await page.getByRole('textbox', { name: /Ile osób/ }).fill('1');
    await page.getByRole('textbox', { name: /Miesięczny dochód netto/ }).fill('2676,51');
    await page
      .getByRole('group', { name: /trudnej sytuacji/ })
      .getByLabel('Tak')
      .check();
    await check();
    const text = await answer();
    expect(text).toContain('Prawdopodobnie nie');
    expect(text).toContain('Dochód na osobę przekracza limit.');
    expect(text).toContain('2676,50 zł');
    await expectAccessible(page);
  });

  it('housing allowance: the estimated amount and the normative area', async () => {
    await page.goto(`${h.baseUrl}/portal/self-check/housing-allowance`);
    await page.getByRole('textbox', { name: /Ile osób/ }).fill('3');
    await page.getByRole('textbox', { name: /Średni miesięczny dochód netto gospodarstwa/ }).fill('6000');
    await page.getByRole('textbox', { name: /Powierzchnia użytkowa/ }).fill('50');
    await page.getByRole('textbox', { name: /Miesięczne wydatki/ }).fill('1200');
    await page
      .getByRole('group', { name: /tytuł prawny/ })
      .getByLabel('Tak')
      .check();
    await check();
    const text = await answer();
    expect(text).toContain('Prawdopodobnie tak');
    expect(text).toContain('Szacunkowo 360,00 zł miesięcznie.');
    expect(text).toContain('45 m²');
    expect(text).toContain('ustawy o dodatkach mieszkaniowych');
    await expectAccessible(page);
  });

  it('alimony fund: two children over the criterion by 150 zł a person, one under 100 zł not paid', async () => {
    await page.goto(`${h.baseUrl}/portal/self-check/alimony-fund`);
    await page.getByRole('textbox', { name: /Średni miesięczny dochód netto całej rodziny/ }).fill('4077');
    const first = page.getByRole('group', { name: 'Dziecko z alimentami 1' });
    await first.getByLabel('Data urodzenia').fill('2015-03-01');
    await first.getByRole('textbox', { name: /Alimenty zasądzone/ }).fill('800');
    await page.getByRole('button', { name: 'Dodaj dziecko' }).click();
    const second = page.getByRole('group', { name: 'Dziecko z alimentami 2' });
    await second.getByLabel('Data urodzenia').fill('2012-03-01');
    await second.getByRole('textbox', { name: /Alimenty zasądzone/ }).fill('240');
    await page
      .getByRole('group', { name: /komornik/ })
      .getByLabel('Tak')
      .check();
    await check();
    const text = await answer();
    expect(text).toContain('Prawdopodobnie tak');
    expect(text).toContain('Szacunkowo 650,00 zł miesięcznie.');
    expect(text).toContain('1209,00 zł');
    expect(text).toContain('ustawy o pomocy osobom uprawnionym do alimentów');
    await expectAccessible(page);
  });

  it('care fee: from the catalogue entry; a single person at 1600 zł pays 20 % of 35 zł, 210 zł for 30 hours', async () => {
    await page.goto(`${h.baseUrl}/portal/help/uslugi-opiekuncze`);
    await page.getByRole('main').getByRole('link', { name: 'Ile zapłacę?' }).click();
    await page.waitForURL('**/portal/self-check/care-fee');
    await page
      .getByRole('heading', { level: 1, name: 'Sprawdź: ile zapłacę za usługi opiekuńcze' })
      .waitFor();
    await page
      .getByRole('group', { name: /Jakie usługi/ })
      .getByLabel(/^Usługi opiekuńcze/)
      .check();
    await page.getByRole('textbox', { name: /Ile osób/ }).fill('1');
    await page.getByRole('textbox', { name: /Miesięczny dochód netto/ }).fill('1600');
    await page.getByRole('textbox', { name: /Ile godzin/ }).fill('30,3');
    await check();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Podaj liczbę godzin w miesiącu');
    await page.getByRole('textbox', { name: /Ile godzin/ }).fill('30');
    await check();
    await catalogued();
    const text = await answer();
    expect(text).toContain('Szacunkowo 7,00 zł za godzinę');
    expect(text).toContain('Za 30 godz. w miesiącu: szacunkowo 210,00 zł.');
    expect(text).toContain('XII/140/2025');
    expect(text).toContain('35,00 zł');
    expect(text).toContain('158,42%');
    expect(text).toContain('art. 64 ustawy o pomocy społecznej');
    expect(text).toContain('Co przygotować');
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
