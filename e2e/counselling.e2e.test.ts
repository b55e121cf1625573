// The resident's journey 2 (user-journeys.md): "Poradnictwo" → duty hours → a free psychologist
// slot → a code → cancels with the code → books again; the same slot pressed twice at one moment
// books once; booking with the keyboard alone; the specialist's day and the set-up of absences.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectAccessible, h, login, openFromMenu, page, useHarness } from './harness.ts';

const requested: string[] = [];

useHarness();
beforeAll(async () => {
  page.on('request', (r) => requested.push(r.url()));
});

const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();

interface Slot {
  specialistId: string;
  date: string;
  start: string;
  end: string;
}
/** The slot chosen in the form, read back from its radio button's value ("date|start"). */
const checkedSlot = (p: Page) => p.locator('input[name="slot"]:checked').getAttribute('value');

// `slot` is the one booked first (and later taken by someone else); `again` the one booked after.
const booked: { code: string; slot: string; again: string } = { code: '', slot: '', again: '' };

describe('resident journey 2: book a psychologist, cancel with the code, book again', () => {
  it('reads the specialists and their duty hours', async () => {
    await page.goto(`${h.baseUrl}/portal`);
    await page
      .getByRole('navigation', { name: 'Menu portalu' })
      .getByRole('link', { name: 'Poradnictwo' })
      .click();
    await h1(page, 'Poradnictwo specjalistyczne');
    await page.getByRole('heading', { level: 2, name: 'Psycholog — Łukasz Poradniczy' }).waitFor();
    await page
      .getByText(/poniedziałek, środa, piątek: 09:00–13:00/)
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('picks a free slot, leaves a name and a phone, and gets a code', async () => {
    await page.getByRole('link', { name: /Zarezerwuj termin\s*— Psycholog — Łukasz Poradniczy/ }).click();
    await h1(page, 'Rezerwacja terminu');
    await page.locator('input[name="slot"]').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await page.getByText('Wybierz wolny termin.').first().waitFor();
    await expectAccessible(page);

    await page.locator('input[name="slot"]').first().check();
    booked.slot = (await checkedSlot(page)) ?? '';
    await page.getByRole('textbox', { name: /Jak się do Ciebie zwracać/ }).fill('Ewa Rozmowna');
    await page.getByRole('textbox', { name: 'Telefon' }).fill('501 502 503');
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await page.getByRole('heading', { level: 2, name: 'Termin zarezerwowany' }).waitFor();
    booked.code = (await page.getByTestId('booking-code').textContent()) ?? '';
    expect(booked.code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    await page.getByText('Psycholog — Łukasz Poradniczy (Psycholog)').waitFor();
    await expectAccessible(page);
  });

  it('cannot come: cancels with the code, and the slot is free again', async () => {
    await page.getByRole('link', { name: 'Odwołaj wizytę kodem' }).click();
    await h1(page, 'Moja rezerwacja');
    await page.getByRole('textbox', { name: 'Kod rezerwacji' }).fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page
      .getByText(/Nie znaleziono rezerwacji z tym kodem/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page
      .getByRole('textbox', { name: 'Kod rezerwacji' })
      .fill(booked.code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rezerwacja: zarezerwowana' }).waitFor();
    await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
    await page.getByText('Odwołać tę wizytę?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tak, odwołaj' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rezerwacja: odwołana' }).waitFor();
    await page.getByText('Wizyta została odwołana. Termin jest znowu wolny.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Zarezerwuj inny termin' }).click();
    await h1(page, 'Rezerwacja terminu');
    await page.locator(`input[name="slot"][value="${booked.slot}"]`).waitFor();
  });

  it('books again: the slot someone else took meanwhile fails cleanly and disappears', async () => {
    await page.locator(`input[name="slot"][value="${booked.slot}"]`).check();
    // Another resident books the very slot while this one is still typing.
    const [date, start] = booked.slot.split('|');
    const specialistId = new URL(page.url()).searchParams.get('specialist');
    const status = await page.evaluate(
      async (body) =>
        (
          await fetch('/api/v1/counselling/bookings', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).status,
      { specialistId, date, start, name: 'Ktoś Szybszy', phone: '600 700 800' },
    );
    expect(status).toBe(201);
    await page.getByRole('textbox', { name: /Jak się do Ciebie zwracać/ }).fill('Ewa Rozmowna');
    await page.getByRole('textbox', { name: 'Telefon' }).fill('501 502 503');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('ewa@example.org');
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ktoś właśnie zarezerwował ten termin' }).waitFor();
    await page.locator(`input[name="slot"][value="${booked.slot}"]`).waitFor({ state: 'detached' });
    await expectAccessible(page);

    await page.locator('input[name="slot"]').first().check();
    booked.again = (await checkedSlot(page)) ?? '';
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await page.getByRole('heading', { level: 2, name: 'Termin zarezerwowany' }).waitFor();
  });

  it('two residents pressing "book" for one slot at the same moment get one booking and one clean refusal', async () => {
    const slots = await page.evaluate(async () => {
      const today = new Date().toISOString().slice(0, 10);
      const to = new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10);
      const r = await fetch(`/api/v1/counselling/slots?from=${today}&to=${to}&kind=lawyer`);
      return ((await r.json()) as { items: Slot[] }).items;
    });
    const s = slots[0]!;
    const results = await page.evaluate(
      (body) =>
        Promise.all(
          ['Pierwsza Osoba', 'Druga Osoba'].map(async (name) => {
            const r = await fetch('/api/v1/counselling/bookings', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Accept-Language': 'pl' },
              body: JSON.stringify({ ...body, name }),
            });
            return { status: r.status, body: await r.json() };
          }),
        ),
      { specialistId: s.specialistId, date: s.date, start: s.start, phone: '500 000 000' },
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409)!.body as {
      error: { code: string; message: string };
    };
    expect(refused.error.code).toBe('slotTaken');
    expect(refused.error.message).toContain('Ktoś właśnie zarezerwował ten termin');
  });
});

describe('booking with the keyboard alone', () => {
  /** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
  async function tabTo(p: Page, selector: string, max = 60) {
    for (let i = 0; i < max; i++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('chooses a slot with Tab and the arrow keys, fills the form and books with Enter', async () => {
    const p = await h.newPage();
    await p.goto(`${h.baseUrl}/portal/counselling/book`);
    await h1(p, 'Rezerwacja terminu');
    await p.locator('input[name="slot"]').first().waitFor();
    await tabTo(p, '.quick-exit'); // first of all, the quick exit
    await tabTo(p, 'input[name="slot"]');
    await p.keyboard.press('Space');
    await p.keyboard.press('ArrowRight');
    const chosen = await checkedSlot(p);
    expect(chosen).toBeTruthy();
    await tabTo(p, '#f-name');
    await p.keyboard.type('Jan Klawiaturowy');
    await p.keyboard.press('Tab');
    await p.keyboard.type('502 503 504');
    await tabTo(p, 'button[type="submit"]');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 2, name: 'Termin zarezerwowany' }).waitFor();
    // The confirmation takes the focus, so a screen reader announces it.
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.textContent))
      .toBe('Termin zarezerwowany');
    await expectAccessible(p);
    await p.close();
  });
});

describe('the specialist and the administrator', () => {
  it('the psychologist sees the booking in the day schedule and records a walk-in consultation', async () => {
    const [date] = booked.slot.split('|');
    const staff = await h.newPage();
    await login(staff, h.baseUrl, 'psycholog');
    await openFromMenu(staff, 'Poradnictwo', 'Grafik dnia');
    await staff.getByRole('heading', { level: 2, name: /Psycholog — Łukasz Poradniczy/ }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: /Dodaj konsultację bez rezerwacji/ }).click();
    // The walk-in form's own button: a day with bookings has a "record" button on each of them too.
    const walkIn = staff.getByRole('region', { name: 'Konsultacja bez rezerwacji' });
    await walkIn.getByRole('button', { name: 'Zapisz konsultację' }).click();
    await staff.getByRole('alert').first().waitFor();
    await walkIn.getByRole('textbox', { name: /Kto/ }).fill('A. K.');
    await walkIn.getByRole('button', { name: 'Zapisz konsultację' }).click();
    await staff.getByText(/A\. K\.: konsultacja psychologiczna|A\. K\.:/).waitFor();

    await staff.goto(`${h.baseUrl}/counselling/schedule?date=${date}`);
    await staff.getByText('Ktoś Szybszy', { exact: true }).waitFor();
    // Late in a duty day the slot booked again is on the next duty day.
    const [againDate] = booked.again.split('|');
    if (againDate !== date) await staff.goto(`${h.baseUrl}/counselling/schedule?date=${againDate}`);
    await staff.getByText('Ewa Rozmowna', { exact: true }).first().waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.context().clearCookies();
    await staff.close();
  });

  it('the administrator adds an absence and is told whom to call', async () => {
    const [date] = booked.slot.split('|');
    const admin = await h.newPage();
    await login(admin, h.baseUrl, 'admin');
    await openFromMenu(admin, 'Dyżury specjalistów');
    expect(await axeViolations(admin)).toEqual([]);
    await admin.selectOption('#f-exception-specialistId', { label: 'Psycholog — Łukasz Poradniczy' });
    await admin.fill('#f-exception-date', date!);
    await admin.getByRole('button', { name: 'Dodaj zmianę w grafiku' }).click();
    await admin.getByText('Te rezerwacje wypadają — powiadom osoby:').waitFor();
    await admin
      .getByText(/Ktoś Szybszy/)
      .first()
      .waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.context().clearCookies();
    await admin.close();
  });

  it('public pages asked nothing of other hosts', () => {
    const origin = new URL(h.baseUrl).origin;
    expect(requested.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  });
});
