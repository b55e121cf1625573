// Care services from the application to the paid bill: the social worker registers the application
// and records the home visit, the clerk decides with the fee, plans the carer's weekly visit, records
// a month of hours (by hand and from the provider's CSV), bills the month and prints the bill; the
// carer then sees the client's address and tasks, never income or the fee.
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, page, rnd, useHarness } from './harness.ts';

useHarness();

/** The cells (or terms and values) of a row, table or list, apart; a no-break space before "zł" as a space. */
const textOf = async (l: Locator) =>
  (await l.locator('th, td, dt, dd').allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
/** The text as it settles after a save or a reload (a slow machine takes its time). */
const seen = (l: Locator) => expect.poll(() => textOf(l), { timeout: 15_000 });
const nav = (p: Page) => p.getByRole('navigation', { name: 'Menu główne' });
const SURNAME = `Opiekowana-${Array.from({ length: 6 }, (_, i) => String.fromCharCode((i ? 97 : 65) + rnd(26))).join('')}`;

/** The month before today's: the one a bill can be issued for. */
const today = todayInPoland();
const [year, month] = today.split('-').map(Number) as [number, number];
const LAST = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
const BEFORE = LAST.endsWith('-01')
  ? `${Number(LAST.slice(0, 4)) - 1}-12`
  : `${LAST.slice(0, 5)}${String(Number(LAST.slice(5)) - 1).padStart(2, '0')}`;
/** Mondays of the last month: the weekly plan's Monday 13:00–15:00 gives 2 hours on each. */
const mondays = Array.from(
  { length: 31 },
  (_, i) => new Date(`${LAST}-01T12:00:00Z`).getTime() + i * 86_400_000,
)
  .map((t) => new Date(t))
  .filter((d) => d.toISOString().startsWith(LAST) && d.getUTCDay() === 1).length;

// A single person with 1 600,00 zł: 158,42 % of the 1 010 zł criterion, the band over 150 % to
// 200 %: 20 % of the 35,00 zł hourly cost = 7,00 zł, lowered by half for a long illness = 3,50 zł.
// The month: 2 h by hand + 1,5 h and 0,35 h from the CSV = 3,85 h × 3,50 zł = 13,475 → 13,48 zł.
let applicationNumber = '';
let decisionNumber = '';
let decisionUrl = '';

describe('care services: application, decision with the fee, a month of hours, the bill', () => {
  it('the social worker registers the application and records the home visit with the income', async () => {
    await login(page, h.baseUrl, 'pracownik');
    const res = await page.request.post(`${h.baseUrl}/api/v1/households`, {
      data: {
        address: {
          street: 'Helenowska',
          building: String(20 + rnd(50)),
          postalCode: '05-800',
          city: 'Pruszków',
        },
        members: [
          {
            relation: 'applicant',
            person: {
              pesel: makePesel('1941-02-11', 'F', rnd(5000)),
              firstName: 'Halina',
              surname: SURNAME,
              birthDate: '1941-02-11',
              sex: 'F',
            },
          },
        ],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    await page.reload();
    await nav(page).getByRole('link', { name: 'Nowy wniosek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nowy wniosek o świadczenie' }).waitFor();
    await page.getByLabel('Znajdź osobę w rejestrze').fill(SURNAME.toLowerCase());
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`Wybierz ${SURNAME} Halina`) }).click();
    await page.getByRole('checkbox', { name: 'zasiłek celowy', exact: true }).check();
    await page.getByRole('checkbox', { name: 'pkt 6: długotrwała lub ciężka choroba' }).check();
    await page.getByRole('button', { name: 'Zarejestruj wniosek' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Wniosek W\/\d{4}\/\d{5}$/ });
    await heading.waitFor();
    applicationNumber = (await heading.textContent())!.replace('Wniosek ', '');

    await page.getByRole('link', { name: 'Zapisz wywiad środowiskowy' }).click();
    await page.getByLabel('Wnioski z wywiadu').fill('Osoba po udarze wymaga pomocy w higienie i zakupach.');
    await page.getByRole('button', { name: `Dodaj źródło dochodu — Halina ${SURNAME}` }).click();
    await page.fill('#f-members-0-sources-0-gross', '1 600,00');
    await page.fill('#f-members-0-sources-0-tax', '0');
    await page.fill('#f-members-0-sources-0-contributions', '0');
    await page.getByRole('button', { name: 'Zapisz wywiad' }).click();
    await page.getByText('Zapisano wywiad środowiskowy.').waitFor();
  });

  it('the clerk decides with the fee from the table: 3,50 zł an hour', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await nav(page).getByRole('link', { name: 'Usługi opiekuńcze' }).click();
    await page.getByRole('heading', { level: 1, name: 'Usługi opiekuńcze' }).waitFor();
    await page
      .locator('#f-applicationId')
      .selectOption({ label: `${SURNAME} Halina — ${applicationNumber}` });
    await page.getByLabel('pielęgnacja i higiena').check();
    await page.getByLabel('zakupy').check();
    await page.fill('#f-hoursPerDay', '2');
    await page.fill('#f-periodFrom', `${LAST}-01`);
    await page.fill('#f-periodTo', '2099-12-31');
    await page.locator('#f-exemption-ground').selectOption('longIllness');
    await page.fill('#f-exemption-pct', '50');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Decyzja / });
    await heading.waitFor();
    decisionNumber = (await heading.textContent())!.replace('Decyzja ', '');
    decisionUrl = page.url();
    await seen(page.locator('dl.facts')).toMatch(/Odpłatność za godzinę ?3,50 zł/);
    await expectAccessible(page);
  });

  it('plans the carer’s weekly visit and records visits: one outside the period is refused beside its date', async () => {
    // The demo's carer, linked to the `opiekunka` login: she will see her clients.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Harmonogram wizyt' }).waitFor();
    await page.fill('#sch-month', LAST);
    await page.locator('#f-plan-carerId').selectOption({ label: 'Olga Opiekuńcza' });
    await page.locator('#f-weekday').selectOption('1');
    await page.fill('#f-plan-startsAt', '13:00');
    await page.fill('#f-endsAt', '15:00');
    await page.getByRole('button', { name: 'Dodaj do harmonogramu' }).click();
    const plan = page.getByRole('table', { name: 'Wizyty w tygodniu' });
    await seen(plan).toContain('Olga Opiekuńcza poniedziałek 13:00–15:00 2');

    await page.locator('#f-carerId').selectOption({ label: 'Olga Opiekuńcza' });
    await page.fill('#f-visitOn', `${BEFORE}-20`);
    await page.fill('#f-startsAt', '13:00');
    await page.fill('#f-hours', '2');
    await page.getByRole('button', { name: 'Zapisz wizytę' }).click();
    await page.locator('#f-visitOn[aria-invalid="true"]').waitFor();
    await page
      .getByText(/Wizyta wypada poza okresem z decyzji/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.fill('#f-visitOn', `${LAST}-02`);
    await page.getByRole('button', { name: 'Zapisz wizytę' }).click();
    const visits = page.getByRole('table', { name: `Wizyty w miesiącu ${LAST}` });
    await visits.getByText('wpis koordynatora').waitFor();
    await page.fill('#f-visitOn', `${LAST}-09`);
    await page.locator('#f-missedReason').selectOption('clientInHospital');
    await page.getByRole('button', { name: 'Zapisz wizytę' }).click();
    await visits.getByText('pobyt podopiecznego w szpitalu').waitFor();
    await expect.poll(() => visits.getByRole('row').count()).toBe(3);
    await expectAccessible(page);
  });

  it('imports the provider’s CSV: a bad line is named and nothing imported, then the month is whole', async () => {
    await nav(page).getByRole('link', { name: 'Harmonogram opiekunów' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harmonogram usług opiekuńczych' }).waitFor();
    await page.fill('#sch-month', LAST);
    const csv = (secondDay: string) =>
      [
        'decyzja;data;godzina;godziny;opiekun;powod',
        `${decisionNumber};${LAST}-03;13:00;1,5;Olga Opiekuńcza;`,
        `${decisionNumber};${secondDay};13:00;0,35;Olga Opiekuńcza;`,
      ].join('\n');
    await page.fill('#f-csv', csv(`${LAST}-32`));
    await page.getByRole('button', { name: 'Importuj wizyty' }).click();
    await page.getByText('Wiersz 3, data: Podaj datę w postaci RRRR-MM-DD.').waitFor();
    await page.getByText('W pliku są błędy (pierwszy w wierszu 3); niczego nie zaimportowano.').waitFor();
    await expectAccessible(page);

    await page.fill('#f-csv', csv(`${LAST}-04`));
    await page.getByRole('button', { name: 'Importuj wizyty' }).click();
    await page.getByText('Zaimportowano wizyt: 2.').waitFor();
    const row = page.getByRole('table', { name: `Godziny usług w miesiącu ${LAST}` }).getByRole('row', {
      name: new RegExp(SURNAME),
    });
    const planned = 2 * mondays;
    const difference = String((385 - planned * 100) / 100).replace('.', ',');
    await seen(row).toBe(`${SURNAME} Halina ${decisionNumber} ${planned} 3,85 1 ${difference}`);
    await expectAccessible(page);
  });

  it('bills the month: 3,85 h × 3,50 zł = 13,48 zł, prints the bill and takes a cash payment', async () => {
    await nav(page).getByRole('link', { name: 'Rachunki za usługi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rachunki za usługi opiekuńcze' }).waitFor();
    await expect.poll(() => page.inputValue('#cb-month')).toBe(LAST);
    await page.getByRole('button', { name: `Wystaw rachunki za ${LAST}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wystaw rachunki' }).click();
    await page.getByText(`Wystawiono rachunki za ${LAST}: 1.`).waitFor();
    const row = page.getByRole('table', { name: `Rachunki za miesiąc ${LAST}` }).getByRole('row', {
      name: new RegExp(SURNAME),
    });
    await seen(row).toMatch(/3,85 godz\. × 3,50 zł 13,48 zł 0,00 zł 13,48 zł/);
    await expectAccessible(page);

    const link = row.getByRole('link', { name: /^Rachunek UO\/\d+\/\d{4} \(PDF\)$/ });
    const pdf = await page.request.get(new URL((await link.getAttribute('href'))!, h.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    const text = pdfText(await pdf.body());
    expect(text).toContain(`Halina ${SURNAME}`);
    expect(text).toContain(`Decyzja nr ${decisionNumber}`);
    expect(text).toMatch(/Liczba godzin wykonanych usług 3,85/);
    expect(text).toMatch(/Do zapłaty 13,48 zł/);
    expect(text).toContain('3,85 godz. × 3,50 zł = 13,48 zł (zaokrąglenie do pełnego grosza)');

    await row.getByRole('link', { name: `${SURNAME} Halina` }).click();
    await page.getByRole('heading', { level: 1, name: /^Rachunek UO\// }).waitFor();
    await page.fill('#f-amountGrosze', '10,00');
    await page.getByRole('button', { name: 'Zapisz wpłatę' }).click();
    await page.getByRole('table', { name: 'Wpłaty' }).getByText('gotówka w kasie').waitFor();
    await seen(page.locator('dl.facts')).toMatch(/Wpłacono ?10,00 zł ?Pozostało ?3,48 zł/);
    await expectAccessible(page);
  });

  it('the carer sees the client’s address, tasks and visit day, and nothing of income or the fee', async () => {
    const id = decisionUrl.split('/').pop()!;
    await login(page, h.baseUrl, 'opiekunka');
    await nav(page).getByRole('link', { name: 'Moi podopieczni' }).click();
    const client = page.getByRole('region', { name: `${SURNAME} Halina` });
    await seen(client).toMatch(
      /Adres ?ul\. Helenowska \d+, +(05-800 )?Pruszków.*pielęgnacja i higiena, zakupy.*poniedziałek 13:00–15:00/,
    );
    // No amount in złoty (a client may well be called Kozłowski) and no word of income.
    await expect.poll(() => page.locator('main').textContent()).not.toMatch(/\d\s?zł|dochód/i);
    await expect.poll(() => nav(page).getByRole('link', { name: 'Rachunki za usługi' }).count()).toBe(0);
    for (const url of [`/api/v1/care-services/${id}`, `/api/v1/care-bills?month=${LAST}`])
      expect((await page.request.get(`${h.baseUrl}${url}`)).status(), url).toBe(403);
    await expectAccessible(page);
  });
});
