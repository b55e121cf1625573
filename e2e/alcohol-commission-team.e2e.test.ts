// Issue 20 in the browser: the Niebieska Karta team sees, on its procedure's page, the proceeding
// towards treatment it reported to the commission (its stage, the invitation, the next deadline);
// a worker outside the compartment gets the page a missing procedure gets. And the commission fills
// in the PARPA-G1 rows the data cannot count.
import { OpenProceeding, ProceedingEventInput } from '@ostoja/domain/alcohol-commission/proceeding';
import { OpenBlueCard } from '@ostoja/domain/blue-card/procedure';
import { beforeAll, describe, expect, it } from 'vitest';
import * as commission from '../apps/server/src/modules/alcohol-commission/service.ts';
import * as blueCard from '../apps/server/src/modules/blue-card/service.ts';
import { freeAdults } from '../apps/server/src/modules/blue-card/test-helpers.ts';
import { userId } from '../apps/server/src/modules/family-support/routes.examples.ts';
import { staffContext } from '../apps/server/src/test/route-examples.ts';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

let procedure = { id: '', number: '' };
let proceedingNumber = '';

useHarness();
beforeAll(async () => {
  const [victim, perpetrator] = await freeAdults(h.db, 2);
  const opener = staffContext(h.db, await userId(h.db, 'pracownik2'));
  const opened = await blueCard.openProcedure(
    opener,
    OpenBlueCard.parse({
      openedOn: '2026-11-06',
      initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
      participants: [
        { personId: victim, role: 'victim' },
        { personId: perpetrator, role: 'perpetrator' },
      ],
      violenceForms: ['psychological'],
      description: 'Groźby pod wpływem alkoholu.',
      victimPresent: true,
    }),
  );
  procedure = { id: opened.id, number: opened.number };
  const secretary = staffContext(h.db, await userId(h.db, 'komisja'));
  const p = await commission.openProceeding(
    secretary,
    OpenProceeding.parse({
      reportedOn: '2026-11-09',
      reporter: { kind: 'blueCardTeam', name: 'Zespół interdyscyplinarny', institution: 'MOPS' },
      personId: perpetrator,
      grounds: ['familyBreakdown'],
      description: 'Przemoc pod wpływem alkoholu.',
      blueCardNumber: opened.number,
    }),
  );
  proceedingNumber = p.number;
  await commission.addEvent(
    secretary,
    p.id,
    ProceedingEventInput.parse({
      type: 'invitation',
      on: '2026-11-10',
      addressee: 'person',
      addresseeName: p.person.fullName,
      appointmentOn: '2026-11-24',
      appointmentAt: '16:00',
      place: 'ul. Kraszewskiego 14/16, pok. 5',
    }),
  );
});

describe('a proceeding linked to a Niebieska Karta', () => {
  it('is shown to the team on the procedure’s page', async () => {
    await login(page, h.baseUrl, 'pracownik2');
    await page.goto(`${h.baseUrl}/blue-cards/${procedure.id}`);
    await page.getByRole('heading', { level: 1, name: `Niebieska Karta ${procedure.number}` }).waitFor();
    const section = page.getByRole('region', {
      name: 'Postępowanie Komisji Rozwiązywania Problemów Alkoholowych',
    });
    const row = section.getByRole('row').filter({ hasText: proceedingNumber });
    await row.getByText('wezwano').waitFor();
    await row.getByText('10.11.2026 wezwanie').waitFor();
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });

  it('is not there for a worker outside the compartment: the page of a missing procedure', async () => {
    await login(page, h.baseUrl, 'pracownik');
    await page.goto(`${h.baseUrl}/blue-cards/${procedure.id}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const outside = await page.getByRole('main').textContent();
    await page.goto(`${h.baseUrl}/blue-cards/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('main').textContent()).toBe(outside);
    expect(outside).not.toContain(proceedingNumber);
    expect(outside).not.toContain(procedure.number);
  });
});

describe('the PARPA-G1 questionnaire', () => {
  it('takes the gmina’s answers to the rows the data cannot count', async () => {
    await login(page, h.baseUrl, 'komisja');
    await page.goto(`${h.baseUrl}/alcohol-commission/programme`);
    const form = page.getByRole('region', { name: 'Wiersze ankiety wypełniane przez gminę' });
    const field = form.getByRole('textbox', { name: 'Liczba programów profilaktycznych w szkołach' });
    await field.fill('12');
    await form.getByRole('button', { name: 'Zapisz odpowiedzi do ankiety' }).click();
    const row = page.getByRole('row', { name: /Liczba programów profilaktycznych w szkołach/ });
    await row.getByText('12 (wypełnia gmina)').waitFor();
    const stored = await h.db.query<{ value: string }>(
      `SELECT value::text FROM alcohol_programme_g1 WHERE row_key = 'schoolPrograms'`,
    );
    expect(stored.rows).toEqual([{ value: '12' }]);
    await expectAccessible(page);
    expect(h.pageErrors).toEqual([]);
  });
});
