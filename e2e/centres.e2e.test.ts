// The day room's educator enrols a child referred by the school with a parent's consent (printed
// as a PDF, then recorded as signed), marks a week of attendance on the tablet register and finds
// the week in the month's report.
import { addDays, isPublicHoliday, weekday } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { expectAccessible, h, login, openFromMenu, openLink, page, useHarness } from './harness.ts';

let child: { pesel: string; firstName: string; surname: string };

/** A past Monday–Friday in one month without a public holiday. */
function pastWeek(): string[] {
  let monday = addDays(todayInPoland(), -7);
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  for (;;) {
    const week = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
    if (week[0]!.slice(0, 7) === week[4]!.slice(0, 7) && !week.some(isPublicHoliday)) return week;
    monday = addDays(monday, -7);
  }
}

useHarness();
beforeAll(async () => {
  // A school-age child of the registry not enrolled anywhere.
  const r = await h.db.query<{ pesel: string; firstName: string; surname: string }>(
    `SELECT p.pesel, p.first_name AS "firstName", p.surname FROM person p
       JOIN household_membership m ON m.person_id = p.id AND m.valid_to IS NULL AND m.relation = 'child'
      WHERE p.pesel IS NOT NULL AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id)
        AND p.birth_date < now() - interval '7 years'
      ORDER BY p.sort_key DESC LIMIT 1`,
  );
  child = r.rows[0]!;
});

describe('day room: enrolment, consent, a week of attendance, the monthly report', () => {
  const week = pastWeek();
  const name = () => `${child.surname} ${child.firstName}`;
  let facilityUrl = '';

  it('enrols a child referred by the school with the parent’s consent', async () => {
    await login(page, h.baseUrl, 'kadra');
    await openFromMenu(page, 'Placówki wsparcia');
    await expectAccessible(page);
    await openLink(page, 'Świetlica Socjoterapeutyczna');
    await page.getByText('pon.–pt. 14:00–18:00').waitFor();
    facilityUrl = page.url();

    // Without the parent's name the form refuses beside the field.
    await page.fill('#f-personId', child.pesel);
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('button', { name: `Wybierz ${name()}` }).click();
    await page.fill('#f-requestedOn', addDays(week[0]!, -7));
    await page.locator('#f-referredBy').selectOption('school');
    await page.fill('#f-referrerName', 'Pedagog szkolny, Szkoła Podstawowa nr 3');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.locator('#f-guardianName[aria-invalid="true"]').waitFor();
    await expectAccessible(page);
    await page.fill('#f-guardianName', 'Anna Rodzicielska');
    await page.getByRole('button', { name: 'Zapisz' }).click();

    await page.getByRole('heading', { level: 1, name: name() }).waitFor();
    await page.getByText('uczestniczy', { exact: true }).waitFor();
    await page.getByText('rodzic lub opiekun prawny: Anna Rodzicielska').waitFor();
    const href = await page.getByRole('link', { name: 'Drukuj zgodę (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${h.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // The parent signs for this child, at this day room.
    const consent = pdfText(await pdf.body());
    expect(consent).toContain('ZGODA NA UCZESTNICTWO W ZAJĘCIACH');
    expect(consent).toContain(
      `Anna Rodzicielska, rodzic (opiekun prawny) dziecka ${child.firstName} ${child.surname}, wyrażam zgodę`,
    );
    expect(consent).toContain('w zajęciach placówki „Świetlica Socjoterapeutyczna”');

    await page.getByRole('button', { name: 'Zgoda podpisana' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Data podpisania').fill(addDays(week[0]!, -7));
    await dialog.getByRole('button', { name: 'Zgoda podpisana' }).click();
    await page.getByText(/^podpisana /).waitFor();
    await expectAccessible(page);
  });

  it('marks the child on the register every day of a week, absent on Wednesday', async () => {
    await page.goto(`${facilityUrl}/attendance?day=${week[0]}`);
    await page
      .getByRole('heading', { level: 1, name: 'Lista obecności: Świetlica Socjoterapeutyczna' })
      .waitFor();
    await expectAccessible(page);
    for (const [i, day] of week.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Następny dzień' }).click();
      // The day changes on the next render; read it again until it has.
      await expect.poll(() => page.locator('#attendance-day').inputValue()).toBe(day);
      const label = `${i === 2 ? 'Nieobecny' : 'Obecny'} — ${name()}`;
      await page.getByRole('button', { name: label, exact: true }).click();
      await page.getByRole('button', { name: label, exact: true, pressed: true }).waitFor();
    }
    // Saturday: the day room is closed.
    await page.getByRole('button', { name: 'Następny dzień' }).click();
    await page.getByText(/placówka nieczynna/).waitFor();
  });

  it('finds the week in the month’s report: four days present, one absent', async () => {
    await page.goto(`${facilityUrl}/report?month=${week[0]!.slice(0, 7)}`);
    await page
      .getByRole('heading', { level: 1, name: 'Zestawienie miesięczne: Świetlica Socjoterapeutyczna' })
      .waitFor();
    const row = page
      .getByRole('table', { name: 'Obecności uczestników' })
      .getByRole('row', { name: new RegExp(`^${name()}`) });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s/g, ' '));
    expect(cells).toEqual([name(), '4', '1', '0,00 zł']);
    await page.getByText('Koszt jednego miejsca').waitFor();
    await expectAccessible(page);
  });
});
