import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { visitedApplication } from './test-care.ts';
import { fedPupil, mealRequest, provider } from './test-meals.ts';

// "Posiłek w szkole i w domu" on PostgreSQL: decisions against the programme's criterion (200 % of
// the art. 8 criterion), the schools' monthly lists with the headteacher's exception capped at 20 %
// of the children fed the month before, and the yearly report.
const s = staffApp({ logins: ['swiadczenia', 'pracownik', 'asystent', 'dyrektor'], staff: 'swiadczenia' });
const { who, call } = s;
let n = 1000;
const fx = () => ({ ...s.fx(), seq: () => ++n });
const today = todayInPoland();
const decide = (body: object, cookie = who.swiadczenia!) =>
  call('POST', '/api/v1/meals-programme/decisions', cookie, body);
const putList = (providerId: string, month: string, body: object, cookie = who.swiadczenia!) =>
  s.t.app.inject({
    method: 'PUT',
    url: `/api/v1/meals-programme/providers/${providerId}/lists/${month}`,
    headers: { cookie, 'accept-language': 'pl' },
    payload: body,
  });
const fieldsOf = (res: { json(): { error: { fields: { path: string; message: string }[] } } }) =>
  res.json().error.fields;
const count = async (table: string) =>
  (await s.t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

describe('a decision under the programme', () => {
  it('grants a single person with 1 600,00 zł a meal at school: the criterion is 200 % of 1 010 zł = 2 020,00 zł', async () => {
    const school = await provider(fx());
    const res = await decide(await mealRequest(fx(), school.id, 160_000));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      form: 'meal',
      place: 'school',
      providerName: school.name,
      criterionPercent: 200,
      criterionGrosze: 202_000,
      amountGrosze: null,
    });
    expect(res.json().steps.at(-1)).toMatchObject({ key: 'meals.step.within' });
    expect(res.json().number).toMatch(new RegExp(`\\.${today.slice(0, 4)}$`));
  });

  it('refuses a single person one grosz above 2 020,00 zł naming the application, and writes nothing', async () => {
    const school = await provider(fx());
    const before = await count('meal_aid');
    const res = await decide(await mealRequest(fx(), school.id, 202_001));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([
      {
        path: 'applicationId',
        message: 'Dochód rodziny z wywiadu przekracza kryterium programu (200% kryterium dochodowego).',
      },
    ]);
    expect(await count('meal_aid')).toBe(before);
  });

  it('grants a zasiłek celowy for food of 300,00 zł', async () => {
    const a = await visitedApplication(fx(), fx().seq(), [100_000, 0]);
    const res = await decide({
      ...a,
      form: 'zasilekCelowy',
      periodFrom: today,
      periodTo: today,
      amountGrosze: 30_000,
      decidedOn: today,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      form: 'zasilekCelowy',
      amountGrosze: 30_000,
      criterionGrosze: 164_600,
    });
  });

  it('answers bad input with 400 naming the field', async () => {
    const school = await provider(fx());
    const ok = await mealRequest(fx(), school.id);
    const cases: [object, string][] = [
      [{ ...ok, providerId: null }, 'providerId'],
      [{ ...ok, form: 'zasilekCelowy', amountGrosze: null }, 'amountGrosze'],
      [{ ...ok, form: 'foodInKind', amountGrosze: 12.5 }, 'amountGrosze'],
      [{ ...ok, periodTo: '2000-01-01' }, 'periodTo'],
      [{ ...ok, providerId: '00000000-0000-4000-8000-000000000000' }, 'providerId'],
    ];
    for (const [body, path] of cases) {
      const res = await decide(body);
      expect(res.statusCode, path).toBe(400);
      expect(fieldsOf(res).map((f: { path: string }) => f.path)).toContain(path);
    }
  });

  it('is not for a family assistant (403)', async () => {
    const school = await provider(fx());
    expect((await decide(await mealRequest(fx(), school.id), who.asystent!)).statusCode).toBe(403);
  });
});

describe('the school’s monthly list and the headteacher’s exception', () => {
  it('feeds 5 pupils in January, so in February 1 pupil (20 % of 5) may be fed without a decision, not 2', async () => {
    const school = await provider(fx());
    const pupils: string[] = [];
    for (let i = 0; i < 5; i++) pupils.push(await fedPupil(fx(), school.id, '2031-01-01', '2031-02-28'));
    const extra = [
      (await visitedApplication(fx(), fx().seq(), [500_000])).personId,
      (await visitedApplication(fx(), fx().seq(), [500_000])).personId,
    ];
    const jan = await putList(school.id, '2031-01', {
      costPerMealGrosze: 850,
      invoiceNumber: 'FV/01/2031',
      entries: pupils.map((personId) => ({ personId, meals: 20 })),
    });
    expect(jan.statusCode).toBe(200);
    expect(jan.json()).toMatchObject({
      meals: 100,
      costGrosze: 85_000,
      cap: { fedPreviousMonth: 0, allowed: 0 },
    });

    const feb = {
      costPerMealGrosze: 900,
      invoiceNumber: 'FV/02/2031',
      entries: [
        ...pupils.map((personId) => ({ personId, meals: 19 })),
        { personId: extra[0], meals: 10, exception: true },
      ],
    };
    const ok = await putList(school.id, '2031-02', feb);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      month: '2031-02',
      meals: 105,
      costGrosze: 94_500, // 105 meals × 9,00 zł
      cap: { fedPreviousMonth: 5, percent: 20, allowed: 1, used: 1 },
    });
    expect(ok.json().entries.find((e: { personId: string }) => e.personId === extra[0])).toMatchObject({
      exception: true,
      meals: 10,
      costGrosze: 9_000,
    });

    const over = await putList(school.id, '2031-02', {
      ...feb,
      entries: [...feb.entries, { personId: extra[1], meals: 5, exception: true }],
    });
    expect(over.statusCode).toBe(400);
    expect(fieldsOf(over)).toEqual([
      {
        path: 'entries.6.exception',
        message:
          'Przekroczono limit uczniów żywionych bez decyzji: najwyżej 1 (20% z 5 dzieci żywionych w poprzednim miesiącu).',
      },
    ]);
    const kept = await call(
      'GET',
      `/api/v1/meals-programme/providers/${school.id}/lists/2031-02`,
      who.pracownik!,
    );
    expect(kept.json()).toMatchObject({ meals: 105, cap: { used: 1 } });

    const report = await call('GET', '/api/v1/meals-programme/report?year=2031', who.dyrektor!);
    expect(report.statusCode).toBe(200);
    expect(report.json().lines.find((l: { line: string }) => l.line === 'mealSchool')).toEqual({
      line: 'mealSchool',
      persons: 6,
      meals: 205,
      costGrosze: 179_500,
    });
    expect(report.json()).toMatchObject({ exceptionPupils: 1 });
    const pdf = await call('GET', '/api/v1/meals-programme/report/pdf?year=2031', who.dyrektor!);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Posiłek w szkole i w domu');
    expect(text).toContain('Posiłek w szkole 6 205 1795,00 zł');

    // The strategy report counts the same year from the same lists.
    const keys = ['meals.pupils', 'meals.adults', 'meals.served', 'meals.cost'];
    const values = await computeIndicators(fx().staff(), keys, 2031);
    expect(keys.map((k) => values.get(k)?.value)).toEqual([6, 0, 205, 179_500]);
  });

  it('refuses a person without a decision unless marked, an exception outside a school, and a bad month', async () => {
    const school = await provider(fx());
    const canteen = await provider(fx(), 'canteen');
    const person = (await visitedApplication(fx(), fx().seq(), [500_000])).personId;
    const body = { costPerMealGrosze: 850, invoiceNumber: 'FV/1', entries: [{ personId: person, meals: 4 }] };
    const noDecision = await putList(school.id, '2031-05', body);
    expect(noDecision.statusCode).toBe(400);
    expect(fieldsOf(noDecision)[0]).toMatchObject({ path: 'entries.0.personId' });
    const canteenException = await putList(canteen.id, '2031-05', {
      ...body,
      entries: [{ personId: person, meals: 4, exception: true }],
    });
    expect(fieldsOf(canteenException)[0]).toMatchObject({
      path: 'entries.0.exception',
      message: 'Bez wywiadu i decyzji można żywić tylko uczniów w szkole.',
    });
    const badMonth = await putList(school.id, '2031-13', body);
    expect(badMonth.statusCode).toBe(400);
    expect(fieldsOf(badMonth)[0]).toMatchObject({ path: 'month' });
    const tooMany = await putList(school.id, '2031-05', {
      ...body,
      entries: [{ personId: person, meals: 32 }],
    });
    expect(fieldsOf(tooMany)[0]).toMatchObject({ path: 'entries.0.meals' });
    expect((await putList(school.id, '2031-05', body, who.asystent!)).statusCode).toBe(403);
    expect((await putList(school.id, '2031-05', { ...body, entries: [] }, who.pracownik!)).statusCode).toBe(
      403,
    );
  });
});

describe('the strategy report’s indicators of the services (demo centre)', () => {
  it('counts this year’s care-service recipients and the hours the demo carer delivered today', async () => {
    const year = Number(today.slice(0, 4));
    const keys = [
      'careServices.recipients',
      'careServices.specialistRecipients',
      'careServices.hoursDelivered',
    ];
    const values = await computeIndicators(fx().staff(), keys, year);
    // The demo's three decisions: two care services by the centre's carer (2 h and 1,5 h today), one
    // specialist by a contracted provider (no hours reported yet); and the telecare demo's two clients
    // of a neighbour (neighbour services are care services, art. 50 ust. 2a ups).
    expect(keys.map((k) => values.get(k)?.value)).toEqual([4, 1, 3.5]);
    const meals = await computeIndicators(fx().staff(), ['meals.pupils', 'meals.cashForFood'], year);
    expect(meals.get('meals.cashForFood')?.value).toBeGreaterThan(0);
  });
});
