// Issue 3 item 8: a household applies for a zasiłek okresowy. The social worker registers it,
// records the home visit with incomes and proposes (the calculation appears as the data go in);
// the benefits clerk issues the decision; the PDF is downloaded and its amount read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { description, expectAccessible, h, login, page, rnd, useHarness } from './harness.ts';

const downloads = mkdtempSync(join(tmpdir(), 'ostoja-benefits-'));

useHarness();
afterAll(async () => {
  rmSync(downloads, { recursive: true, force: true });
});

/** Text with every run of white space (Intl puts a no-break space before "zł") as one space. */
const textOf = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');

// A surname of random letters, so reruns against a kept database find only this household. Its
// second part ends in "k": a woman's surname ending in a consonant is not declined, while one
// ending in "a" would be (Okresowej-Wwjcsie), which the letter's checks below do not expect.
const SURNAME = `Okresowa-${Array.from({ length: 5 }, (_, i) => String.fromCharCode((i ? 97 : 65) + rnd(26))).join('')}k`;
const APPLICANT = 'Halina';
const nav = (p: Page) => p.getByRole('navigation', { name: 'Menu główne' });

// Household of 3, applicant earns 1500 zł gross − 100 zł tax − 200 zł contributions = 1200 zł.
// Criterion 3 × 823 zł = 2469 zł; gap 1269 zł; zasiłek okresowy at least 50%: 634,50 zł.
const AMOUNT = '634,50 zł';
let applicationNumber = '';
let applicationUrl = '';

describe('zasiłek okresowy from application to decision PDF', () => {
  it('the household is registered (through the API, as the registry test covers its screens)', async () => {
    await login(page, h.baseUrl, 'pracownik');
    const person = (firstName: string, birthDate: string, sex: 'F' | 'M') => ({
      pesel: makePesel(birthDate, sex, rnd(5000)),
      firstName,
      surname: SURNAME,
      birthDate,
      sex,
    });
    const res = await page.request.post(`${h.baseUrl}/api/v1/households`, {
      data: {
        address: {
          street: 'Helenowska',
          building: String(20 + rnd(50)),
          postalCode: '05-800',
          city: 'Pruszków',
        },
        members: [
          { relation: 'applicant', person: person(APPLICANT, '1984-03-12', 'F') },
          { relation: 'spouse', person: person('Marek', '1982-07-01', 'M') },
          { relation: 'child', person: person('Ola', '2015-05-20', 'F') },
        ],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  });

  it('the social worker registers the application: household found by a member, art. 7 reasons', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Moja praca' }).waitFor();
    await expectAccessible(page);
    await nav(page).getByRole('link', { name: 'Nowy wniosek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nowy wniosek o świadczenie' }).waitFor();
    await expectAccessible(page);

    // Nothing chosen: the errors are listed and shown beside their groups.
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();
    await expect
      .poll(() => description(page, '#f-benefits'))
      .toContain('Wybierz co najmniej jedno świadczenie');

    await page.getByLabel('Znajdź osobę w rejestrze').fill(SURNAME.toLowerCase());
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`Wybierz ${SURNAME} ${APPLICANT}`) }).click();
    await page.getByText(/Helenowska \d+, 05-800 Pruszków/).waitFor();
    await expect.poll(() => page.locator('#f-applicantId option:checked').textContent()).toContain(APPLICANT);
    await page.getByRole('checkbox', { name: 'zasiłek okresowy' }).check();
    await page.getByRole('checkbox', { name: 'pkt 4: bezrobocie' }).check();
    await page.getByRole('checkbox', { name: 'pkt 1: ubóstwo' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /^Wniosek W\/\d{4}\/\d{5}$/ });
    await heading.waitFor();
    applicationNumber = (await heading.textContent())!.replace('Wniosek ', '');
    applicationUrl = page.url();
    await page.getByText('Zarejestrowano wniosek.').waitFor();
    await page.getByText('oczekuje na wywiad').first().waitFor();
    await page.getByText('Paulina Środowiskowa').first().waitFor();
    await expectAccessible(page);
  });

  it('"Moja praca" lists the home visit with its working-day deadline and address', async () => {
    await nav(page).getByRole('link', { name: 'Moja praca' }).click();
    const row = page.locator('tbody tr', { hasText: applicationNumber });
    await expect.poll(() => textOf(row)).toMatch(/Wywiad środowiskowy do przeprowadzenia.*Helenowska/);
    await expect.poll(() => textOf(row)).toMatch(/dni robocz|dzień roboczy/);
    await expectAccessible(page);
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();
  });

  it('records the home visit with the income of each member; money typed with a comma', async () => {
    await page.getByRole('link', { name: 'Zapisz wywiad środowiskowy' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Wywiad środowiskowy — wniosek ${applicationNumber}` })
      .waitFor();
    await expectAccessible(page);
    await page.getByLabel('Sytuacja mieszkaniowa').fill('Mieszkanie komunalne, dwa pokoje.');
    await page.getByLabel('Wnioski z wywiadu').fill('Po utracie pracy męża rodzina potrzebuje wsparcia.');
    await page.getByLabel('Plan pomocy').fill('Zasiłek okresowy, aktywizacja zawodowa.');
    await page.getByRole('button', { name: `Dodaj źródło dochodu — ${APPLICANT} ${SURNAME}` }).click();
    await page.fill('#f-members-0-sources-0-gross', '1 500,0x');
    await page.fill('#f-members-0-sources-0-tax', '100');
    await page.fill('#f-members-0-sources-0-contributions', '200,00');
    await page.getByRole('button', { name: 'Zapisz wywiad' }).click();
    const gross = '#f-members-0-sources-0-gross';
    await expect.poll(() => page.getAttribute(gross, 'aria-invalid')).toBe('true');
    await expect.poll(() => description(page, gross)).toContain('Podaj kwotę w złotych');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain(`${APPLICANT} ${SURNAME}`);
    await expectAccessible(page);

    await page.fill(gross, '1 500,00');
    await page.getByRole('button', { name: 'Zapisz wywiad' }).click();
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();
    await page.getByText('Zapisano wywiad środowiskowy.').waitFor();
    const income = page.getByRole('region', { name: 'Dochody członków gospodarstwa' });
    await expect.poll(() => textOf(income)).toContain('1500,00 zł');
    await expectAccessible(page);
  });

  it('proposes a zasiłek okresowy; the calculation appears step by step with its articles', async () => {
    await page.getByRole('link', { name: 'Zaproponuj świadczenie' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Propozycja świadczenia — wniosek ${applicationNumber}` })
      .waitFor();
    const calc = page.getByRole('complementary', { name: 'Wyliczenie' });
    await calc.getByText(`zasiłek okresowy: ${AMOUNT}`).waitFor();
    const steps = calc.getByRole('list', { name: 'Wyliczenie krok po kroku' });
    await expect.poll(() => textOf(steps)).toContain('1500,00 zł − podatek 100,00 zł − składki 200,00 zł');
    await expect.poll(() => textOf(steps)).toContain('art. 38 ust. 3 ustawy o pomocy społecznej');
    // A higher amount within the gap recalculates as it is typed; back to the minimum afterwards.
    await page.getByLabel('Proponowana kwota miesięczna').fill('700');
    await calc.getByText('zasiłek okresowy: 700,00 zł').waitFor();
    await page.getByLabel('Proponowana kwota miesięczna').fill('');
    await calc.getByText(`zasiłek okresowy: ${AMOUNT}`).waitFor();
    await page.getByLabel('Uzasadnienie').fill('Dochód rodziny poniżej kryterium po utracie pracy.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz propozycję' }).click();
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();
    await page.getByText('oczekuje na decyzję').first().waitFor();
    await expect
      .poll(() => textOf(page.getByRole('region', { name: 'Propozycja świadczenia' })))
      .toContain(`zasiłek okresowy: ${AMOUNT}`);
    await expectAccessible(page);
  });

  it('the clerk finds it in the queue and issues the decision (a wrong IBAN is caught first)', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page
      .locator('tbody tr', { hasText: applicationNumber })
      .getByText('Decyzja do wydania')
      .first()
      .waitFor();
    await expectAccessible(page);
    await nav(page).getByRole('link', { name: 'Wnioski', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wnioski' }).waitFor();
    await expect.poll(() => page.inputValue('#f-status')).toBe('awaitingDecision');
    await expectAccessible(page);
    await page.getByRole('link', { name: applicationNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();

    await page.getByRole('button', { name: 'Przygotuj decyzję' }).click();
    await page.getByText(`Propozycja: zasiłek okresowy, ${AMOUNT}.`).waitFor();
    await page.selectOption('#f-paymentMethod', 'transfer');
    await page.getByLabel('Numer rachunku (IBAN)').fill('PL61 1090 1014 0000 0712 1981 2875');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await expect.poll(() => description(page, '#f-iban')).toContain('Numer rachunku jest niepoprawny');
    await expectAccessible(page);
    await page.getByLabel('Numer rachunku (IBAN)').fill('PL61 1090 1014 0000 0712 1981 2874');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    // Four-eyes approval: the clerk's decision is a draft until another authorised person approves it.
    await page.getByText('Projekt decyzji czeka na zatwierdzenie przez inną upoważnioną osobę.').waitFor();
    await page.getByText('decyzja czeka na zatwierdzenie').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Zatwierdź decyzję' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('the director approves and signs the drafted decision', async () => {
    await login(page, h.baseUrl, 'dyrektor');
    await page.goto(applicationUrl);
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Zatwierdź decyzję' }).click();
    await page.getByText('Beata Świadczeniowa').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zatwierdź i wydaj decyzję' }).click();
    await page.getByText('Zatwierdzono i wydano decyzję.').waitFor();
    await page.getByText('decyzja wydana').first().waitFor();
    await expectAccessible(page);
  });

  it('the decision PDF is downloaded and states the amount and the articles', async () => {
    const link = page.getByRole('link', { name: /^Pobierz decyzję OPS\.8111\.\d+\.\d{4} \(PDF\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = join(downloads, 'decyzja.pdf');
    await download.saveAs(file);
    // A double-barrelled surname may break after its hyphen at the end of a line.
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .replace(/- /g, '-');
    expect(text).toContain('DECYZJA');
    expect(text).toContain(`zasiłek okresowy w kwocie ${AMOUNT} miesięcznie`);
    expect(text).toContain('art. 38');
    expect(text).toContain(`Pani ${APPLICANT} ${SURNAME}`);
    // Granted to her in the dative, her application in the genitive.
    expect(text).toContain(
      `przyznać Pani Halinie ${SURNAME.replace('Okresowa-', 'Okresowej-')} zasiłek okresowy`,
    );
    expect(text).toContain(
      `wniosku Pani Haliny ${SURNAME.replace('Okresowa-', 'Okresowej-')} nr ${applicationNumber}`,
    );
    // Signed by the director who approved it, with her title and authorisation.
    expect(text).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr',
    );
  });

  it('the history lists every step, and the next allowed steps are offered', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(applicationUrl);
    const history = page.getByRole('region', { name: 'Historia sprawy' });
    await history.getByText('Wydanie decyzji').waitFor();
    for (const step of ['Złożenie wniosku', 'Wywiad środowiskowy', 'Propozycja świadczenia'])
      await history.getByText(step, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Odnotuj doręczenie' }).click();
    await page.getByRole('button', { name: 'Zapisz doręczenie' }).click();
    await page.getByText('Zapisano doręczenie decyzji.').waitFor();
    await page.getByText('Odwołanie (14 dni od doręczenia)').waitFor();
    await expectAccessible(page);
  });

  it('an appeal is registered, forwarded to the SKO within 7 days, and its outcome closes the case', async () => {
    await page.getByRole('button', { name: 'Odnotuj odwołanie' }).click();
    await page.getByLabel('Wnoszący').fill('wnioskodawczyni');
    await page.getByRole('button', { name: 'Zarejestruj odwołanie' }).click();
    await page.getByText('Zarejestrowano odwołanie.').waitFor();
    await page.getByText('Przekazanie odwołania do SKO (7 dni)').first().waitFor();
    await expect
      .poll(() => textOf(page.getByRole('region', { name: 'Odwołania od decyzji' })))
      .toContain('wnioskodawczyni');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Przekaż odwołanie do SKO' }).click();
    await page.getByRole('button', { name: 'Zapisz przekazanie' }).click();
    await page.getByText('Zapisano przekazanie odwołania do SKO.').waitFor();
    await page.getByRole('button', { name: 'Odnotuj rozstrzygnięcie SKO' }).click();
    await page.getByRole('button', { name: 'Zapisz rozstrzygnięcie' }).click();
    await expect.poll(() => page.getAttribute('#f-outcome', 'aria-invalid')).toBe('true');
    await page.selectOption('#f-outcome', 'upheld');
    await page.getByRole('button', { name: 'Zapisz rozstrzygnięcie' }).click();
    await page.getByText('Zapisano rozstrzygnięcie SKO.').waitFor();
    await page.getByText('zakończony').first().waitFor();
    // The case is closed, the benefit stays: only a change or a revocation by a new decision is left.
    await page.getByRole('button', { name: 'Zmiana kwoty świadczenia' }).waitFor();
    await page.getByRole('button', { name: 'Uchylenie decyzji' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Odnotuj rozstrzygnięcie SKO' }).count())
      .toBe(0);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });

  it('the clerk drafts a change of the amount; the director finds it in "Moja praca" and signs it', async () => {
    const pdfLinks = () =>
      page
        .getByRole('link', { name: /^Pobierz decyzję .* \(PDF\)$/ })
        .evaluateAll((as) => as.map((a) => a.textContent));
    const before = await pdfLinks();
    const [y, m] = todayInPoland().split('-').map(Number) as [number, number];
    const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    await page.getByRole('button', { name: 'Zmiana kwoty świadczenia' }).click();
    await page.getByLabel('Od miesiąca').fill(nextMonth);
    await page.getByLabel('Uzasadnienie').fill('Zmiana sytuacji rodziny.');
    // An amount the law does not allow: the server's bounds, in złoty, beside the field.
    await page.getByLabel('Nowa kwota miesięczna (zł)').fill('9 999,00');
    await page.getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    await page.locator('#f-amount[aria-invalid="true"]').waitFor();
    await expect
      .poll(() => description(page, '#f-amount'))
      .toMatch(/Kwota musi wynosić od \d+,\d{2}\szł do \d+,\d{2}\szł\./);
    await page.getByLabel('Nowa kwota miesięczna (zł)').fill('700,00');
    await page.getByRole('button', { name: 'Wydaj decyzję zmieniającą' }).click();
    // Under four-eyes approval the change is a draft: nothing is signed, and its author cannot approve it.
    await page.getByText('Projekt decyzji czeka na zatwierdzenie przez inną upoważnioną osobę.').waitFor();
    await page.getByText('decyzja czeka na zatwierdzenie').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Zatwierdź decyzję' }).count()).toBe(0);
    await expect.poll(() => pdfLinks()).toEqual(before);
    await expectAccessible(page);

    await login(page, h.baseUrl, 'dyrektor');
    await nav(page).getByRole('link', { name: 'Moja praca' }).click();
    const task = page.locator('tbody tr', { hasText: applicationNumber });
    await task.getByText('Decyzja do zatwierdzenia', { exact: true }).waitFor();
    await task.getByRole('link', { name: new RegExp(`^${applicationNumber}`) }).click();
    await page.getByRole('heading', { level: 1, name: `Wniosek ${applicationNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Zatwierdź decyzję' }).click();
    await page
      .getByText(new RegExp(`^zmiana decyzji nr OPS\\.8111\\.\\d+\\.\\d{4} od ${nextMonth}$`))
      .waitFor();
    await page
      .locator('dl.details dd', { hasText: /^700,00\szł$/ })
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zatwierdź i wydaj decyzję' }).click();
    await page.getByText('Zatwierdzono i wydano decyzję.').waitFor();

    // The new decision's letter: the new amount, signed by the director who approved it.
    const added = (await pdfLinks()).filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: added[0]! }).click(),
    ]);
    const file = join(downloads, 'zmiana.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('700,00 zł');
    expect(text).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr',
    );
    expect(text).not.toContain('Beata Świadczeniowa');
    expect(h.pageErrors).toEqual([]);
  });

  it('an update visit records a severance paid once: its twelfth counts in the income (art. 8 ust. 11)', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(applicationUrl);
    await page.getByRole('link', { name: 'Zapisz wywiad środowiskowy' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Wywiad środowiskowy — wniosek ${applicationNumber}` })
      .waitFor();
    // The earlier visit's 1500 zł source is carried over; a severance of 13 000 zł is added, over
    // 5 × 2469 zł = 12 345 zł, so a twelfth of it, 1083,33 zł, counts: 1200 + 1083,33 = 2283,33 zł.
    await page.getByRole('button', { name: `Dodaj źródło dochodu — ${APPLICANT} ${SURNAME}` }).click();
    await page.selectOption('#f-members-0-sources-1-kind', 'other');
    await page.fill('#f-members-0-sources-1-gross', '13 000,00');
    await page.check('#f-members-0-sources-1-oneOff');
    await expect.poll(() => description(page, '#f-members-0-sources-1-oneOff')).toContain('art. 8 ust. 11');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zapisz wywiad' }).click();
    await page.getByText('Zapisano wywiad środowiskowy.').waitFor();
    await page.getByRole('link', { name: 'Zaproponuj świadczenie' }).click();
    const calc = page.getByRole('complementary', { name: 'Wyliczenie' });
    const steps = calc.getByRole('list', { name: 'Wyliczenie krok po kroku' });
    await steps
      .getByText(/art\. 8 ust\. 11/)
      .first()
      .waitFor();
    const text = await textOf(steps);
    expect(text).toMatch(
      /inny dochód \(13 ?000,00 zł\) wypłacony jednorazowo .* liczy się 1\/12 .*: 1083,33 zł/,
    );
    expect(text).toContain('2283,33 zł');
    expect(h.pageErrors).toEqual([]);
  });
});
