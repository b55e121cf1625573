import { addMonths } from '@ostoja/domain/payments/schedule';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as meals from '../modules/services/meals-service.ts';
import { applicationWithVisit } from './demo-services.ts';

// The demo centre's meals programme: a school, a canteen and a caterer, decisions made through the
// clerk's use case, and last month's lists, so this month's cap (20 % of 5 pupils = 1) and the
// yearly report have numbers behind them.

export async function seedMealsDemo(q: Queryable) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('pracownik', 'swiadczenia')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  const worker = ctx('pracownik');
  const clerk = ctx('swiadczenia');
  const today = todayInPoland();
  const last = addMonths(today.slice(0, 7), -1);
  const from = `${last}-01`;
  const to = `${today.slice(0, 4)}-12-31` < from ? `${last.slice(0, 4)}-12-31` : `${today.slice(0, 4)}-12-31`;
  const add = (name: string, place: 'school' | 'home' | 'canteen', address: string) =>
    meals.addProvider(clerk, { name, place, address });
  const school = await add('Szkoła Podstawowa nr 1 (demo)', 'school', 'ul. Kościuszki 41, Pruszków');
  const canteen = await add('Bar „Pod Arkadami” (demo)', 'canteen', 'ul. Kraszewskiego 5, Pruszków');
  // Households after those the caseload, history and care services use.
  const households = await q.query<{ id: string; members: string[] }>(
    `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
       FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id ORDER BY h.id OFFSET 53 LIMIT 8`,
  );
  const decide = async (
    h: { id: string; members: string[] },
    body: { form: 'meal' | 'zasilekCelowy' | 'foodInKind'; providerId?: string; amountGrosze?: number },
  ) => {
    const pay = h.members.map((_, i) => (i === 0 ? 120_000 : 0));
    const applicationId = await applicationWithVisit(worker, h, pay, today);
    return meals.decideAid(clerk, {
      applicationId,
      personId: h.members.at(-1)!,
      providerId: body.providerId ?? null,
      amountGrosze: body.amountGrosze ?? null,
      form: body.form,
      paymentMethod: 'cashDesk',
      periodFrom: from,
      periodTo: to,
      decidedOn: today,
    });
  };
  const pupils = [];
  for (const h of households.rows.slice(0, 5))
    pupils.push((await decide(h, { form: 'meal', providerId: school.id })).personId);
  const [adultHousehold, cashHousehold, foodHousehold] = households.rows.slice(5);
  const adult = adultHousehold
    ? (await decide(adultHousehold, { form: 'meal', providerId: canteen.id })).personId
    : null;
  if (cashHousehold) await decide(cashHousehold, { form: 'zasilekCelowy', amountGrosze: 25_000 });
  if (foodHousehold) await decide(foodHousehold, { form: 'foodInKind', amountGrosze: 18_000 });
  await meals.saveList(clerk, school.id, last, {
    costPerMealGrosze: 950,
    invoiceNumber: `FV/${last}/SP1`,
    entries: pupils.map((personId, i) => ({ personId, meals: 18 + i, exception: false })),
  });
  if (adult)
    await meals.saveList(clerk, canteen.id, last, {
      costPerMealGrosze: 1_400,
      invoiceNumber: `FV/${last}/BAR`,
      entries: [{ personId: adult, meals: 21, exception: false }],
    });
}
