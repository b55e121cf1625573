// A benefits clerk decides on the right to health care (art. 54 of the health-care act) for the
// applicant of a demo application after its home visit: a right that has already ended is refused
// beside "Data wniosku", emergency care asks for its first day, and the list of rights in force
// shows the decision only when it confirms a right, with the period the clinic will read.
import { addDays } from '@ostoja/domain/calendar/working-days';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  description,
  expectAccessible,
  h,
  login,
  openFromMenu,
  page,
  pickPerson,
  useHarness,
  type VisitedApplicant,
  visitedApplicant,
} from './harness.ts';

let person: VisitedApplicant;
const today = todayInPoland();
// The screen's dates as a Polish reader sees them: 05.12.2026.
const shown = (iso: string) => iso.split('-').reverse().join('.');

useHarness();
beforeAll(async () => {
  // Within any art. 8 criterion (at most 500 zł gross a person in all sources together), with no
  // health-care decision yet and no namesake.
  person = await visitedApplicant(
    `w.farm_hectares = 0
     AND (SELECT coalesce(sum((s->>'gross')::bigint), 0) FROM jsonb_array_elements(w.members) e,
            jsonb_array_elements(e->'sources') s) <= 50000 * jsonb_array_length(w.members)
     AND NOT EXISTS (SELECT 1 FROM health_care_decision d WHERE d.person_id = p.id)
     AND NOT EXISTS (SELECT 1 FROM person o WHERE o.surname = p.surname AND o.first_name = p.first_name AND o.id <> p.id)`,
  );
});

describe('benefits clerk: the right to health care for 90 days', () => {
  const name = () => `${person.surname} ${person.firstName}`;
  const form = () => page.getByRole('region', { name: 'Nowa decyzja' });
  const row = () => page.getByRole('row').filter({ has: page.getByRole('link', { name: name() }) });

  it('refuses a right that has already ended beside the application date', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await openFromMenu(page, 'Prawo do opieki zdrowotnej', 'Prawo do świadczeń opieki zdrowotnej');
    await expectAccessible(page);

    await pickPerson(page, person.pesel, person.firstName);
    const application = form().getByLabel('Wniosek z wywiadem (dochód)');
    const option = application.locator('option', { hasText: person.number });
    await application.selectOption((await option.getAttribute('value'))!);
    await form().getByLabel('Data wniosku').fill(addDays(today, -90));
    await form().getByRole('button', { name: 'Wydaj decyzję' }).click();

    await form().getByLabel('Data wniosku').and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await description(page, '#f-appliedOn')).toContain(
      `Prawo liczone od tej daty wygasło ${polishDate(addDays(today, -1))} — decyzja nie może potwierdzać prawa, które już minęło.`,
    );
    await expectAccessible(page);
    const written = await h.db.query('SELECT 1 FROM health_care_decision WHERE person_id = $1', [person.id]);
    expect(written.rowCount).toBe(0);
  });

  it('confirms the right from the first day of emergency care to the 90th day, listed as in force', async () => {
    await form()
      .getByLabel('Podstawa')
      .selectOption({ label: 'wniosek szpitala po udzieleniu pomocy w stanie nagłym' });
    await form().getByLabel('Data wniosku').fill(today);
    await form().getByLabel('Pierwszy dzień pomocy w stanie nagłym').fill(addDays(today, -10));
    await form().getByRole('button', { name: 'Wydaj decyzję' }).click();
    const decided = () =>
      h.db.query<{ number: string; outcome: string }>(
        'SELECT number, outcome FROM health_care_decision WHERE person_id = $1',
        [person.id],
      );
    await expect.poll(async () => (await decided()).rowCount, { timeout: 10_000 }).toBe(1);
    const d = (await decided()).rows[0]!;
    expect(d.outcome).toBe('grant');
    expect(d.number).toMatch(new RegExp(`\\.${today.slice(0, 4)}$`));

    // Read afresh: the rights in force as the next visitor of the screen sees them.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Prawo do świadczeń opieki zdrowotnej' }).waitFor();
    await row().getByRole('cell', { name: d.number, exact: true }).waitFor();
    await row().getByRole('cell', { name: 'potwierdzono' }).waitFor();
    await row()
      .getByRole('cell', { name: shown(addDays(today, -10)) })
      .waitFor();
    await row()
      .getByRole('cell', { name: shown(addDays(today, 79)) })
      .waitFor();
    await row()
      .getByRole('link', { name: `PDF ${d.number}` })
      .waitFor();
    await page.getByRole('combobox', { name: 'Decyzje' }).selectOption({ label: 'Wszystkie decyzje' });
    await row().getByRole('cell', { name: d.number, exact: true }).waitFor();
    await expectAccessible(page);
  });
});
