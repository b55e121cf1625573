// A benefits clerk decides a zasiłek celowy for clothing (art. 39, art. 48 ups): the purpose, the
// items with their amounts and the sum shown as they are typed; a list that does not add up to the
// proposed amount is refused at the list; the director signs and the items show on the decision.

import { todayInPoland } from '@ostoja/domain/shared/today';
import { beforeAll, describe, it } from 'vitest';
import { staffContext } from '../apps/server/src/http/context.ts';
import * as applications from '../apps/server/src/modules/applications/service.ts';
import { twoPersonHousehold } from '../apps/server/src/test/decisions.ts';
import { expectAccessible, h, login, page, useHarness } from './harness.ts';

useHarness();

let applicationId: string;
const today = todayInPoland();

beforeAll(async () => {
  // A zasiłek celowy application of field team 1, visited and proposed at 400,00 zł by its worker.
  const household = await twoPersonHousehold(h.db);
  const worker = await h.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'pracownik'`);
  const ctx = staffContext(h.db, worker.rows[0]!.id);
  const app = await applications.createApplication(ctx, {
    householdId: household.id,
    applicantId: household.applicantId,
    channel: 'inPerson',
    submittedOn: today,
    benefits: ['zasilekCelowy'],
    helpReasons: ['1'],
    urgent: false,
    description: null,
  });
  await applications.recordWywiad(ctx, app.id, {
    visitedOn: today,
    incomeLost: true,
    conclusions: 'Brak odzieży zimowej dla wnioskodawcy.',
    farmHectares: 0,
    members: [household.applicantId, household.otherId].map((personId) => ({
      personId,
      sources: [],
      alimonyPaid: 0,
    })),
  });
  await applications.propose(ctx, app.id, {
    benefit: 'zasilekCelowy',
    unableToWork: false,
    amount: 40000,
    periodFrom: today,
    periodTo: today,
    justification: 'Brak odzieży i obuwia zimowego.',
  });
  applicationId = app.id;
});

describe('benefits clerk: clothing on a zasiłek celowy decision', () => {
  it('lists the items, shows their sum and refuses a list that does not add up', async () => {
    await login(page, h.baseUrl, 'swiadczenia');
    await page.goto(`${h.baseUrl}/applications/${applicationId}`);
    await page.getByRole('button', { name: 'Przygotuj decyzję' }).click();
    await page.getByLabel('Cel zasiłku celowego').selectOption({ label: 'ubranie' });
    await page.getByLabel('Forma pomocy').waitFor();
    await page.getByLabel(/^Rzecz 1/).fill('Kurtka zimowa');
    await page.getByLabel('Kwota za sztukę w zł (rzecz 1)').fill('250');
    await page.getByRole('button', { name: 'Dodaj rzecz' }).click();
    await page.getByLabel(/^Rzecz 2/).fill('Buty zimowe');
    await page.getByLabel('Liczba sztuk (rzecz 2)').fill('1');
    await page.getByLabel('Kwota za sztukę w zł (rzecz 2)').fill('149,99');
    await page.getByText(/^Suma pozycji: 399,99\s?zł$/).waitFor();
    await page.getByLabel('Sposób wypłaty').selectOption('cashDesk');
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page
      .getByText('Suma pozycji (399,99 zł) musi być równa kwocie zasiłku z propozycji (400,00 zł).')
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByLabel('Kwota za sztukę w zł (rzecz 2)').fill('150');
    await page.getByRole('button', { name: 'Dodaj rzecz' }).click();
    await page.getByRole('button', { name: 'Usuń rzecz 3' }).click();
    await page.getByText(/^Suma pozycji: 400,00\s?zł$/).waitFor();
    await page.getByRole('button', { name: 'Wydaj decyzję' }).click();
    await page.getByText('Projekt decyzji czeka na zatwierdzenie przez inną upoważnioną osobę.').waitFor();
    await expectAccessible(page);
  });

  it('the director signs; the decision shows its purpose and items', async () => {
    await login(page, h.baseUrl, 'dyrektor');
    await page.goto(`${h.baseUrl}/applications/${applicationId}`);
    await page.getByRole('button', { name: 'Zatwierdź decyzję' }).click();
    await page.getByRole('button', { name: 'Zatwierdź i wydaj decyzję' }).click();
    await page.getByText('Zatwierdzono i wydano decyzję.').waitFor();
    await page.getByText('ubranie — zasiłek celowy (gotówka)').waitFor();
    const items = page.getByRole('table', { name: 'Wykaz ubrań i obuwia' });
    await items.getByRole('row', { name: /Kurtka zimowa 1 250,00\s?zł/ }).waitFor();
    await items.getByRole('row', { name: /Buty zimowe 1 150,00\s?zł/ }).waitFor();
    await expectAccessible(page);
  });
});
