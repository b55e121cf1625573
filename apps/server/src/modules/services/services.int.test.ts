import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { DEMO_LOCAL_TABLE } from '../../seed/demo-services.ts';
import { expectPdf } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import * as applications from '../applications/service.ts';
import { careRequest, visitedApplication } from './test-care.ts';

// Care services decided with the fee from the council's table (art. 50 ups), on PostgreSQL with
// the demo centre's tables: amounts to the grosz, the table each decision keeps, bad input, access.
const s = staffApp({ logins: ['swiadczenia', 'pracownik', 'admin', 'asystent', 'dyrektor'], staff: 'kadra' });
const { who, fx, call } = s;
let n = 0;
const today = todayInPoland();
const decide = (body: object, cookie = who.swiadczenia!) =>
  call('POST', '/api/v1/care-services', cookie, body);
const decisions = async () =>
  (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM care_service')).rows[0]!.n;

describe('a care-service decision (art. 50 ust. 6 ups)', () => {
  it('charges a single person with 1 600,00 zł (158.42 % of 1 010 zł) 20 % of 35,00 zł = 7,00 zł an hour', async () => {
    const res = await decide(careRequest(await visitedApplication(fx(), ++n, [160_000])));
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      serviceKind: 'careService',
      feeTableNumber: 'XII/140/2025',
      hourlyCostGrosze: 3_500,
      incomeRatioPct: 158.42,
      feePct: 20,
      hourlyFeeGrosze: 700,
      hoursPerWeek: 10,
      weeklyFeeGrosze: 7_000,
      tasks: ['hygiene', 'meals', 'shopping'],
      provider: 'own',
    });
    expect(d.number).toMatch(new RegExp(`\\.${today.slice(0, 4)}$`));
    expect(d.steps.map((s: { article: string }) => s.article)).toContain(
      'art. 50 ust. 6 ustawy o pomocy społecznej',
    );
    expect(d.steps.at(-1)).toMatchObject({ key: 'services.step.fee', params: { fee: { money: 700 } } });
  });

  it('takes a family of three with 4 000,00 zł as 162.01 % of 823 zł and lowers 10,50 zł by half for a long illness', async () => {
    const a = await visitedApplication(fx(), ++n, [400_000, 0, 0]);
    const full = await decide(careRequest(a));
    expect(full.json()).toMatchObject({ incomeRatioPct: 162.01, feePct: 30, hourlyFeeGrosze: 1_050 });
    const exempt = await decide({
      ...careRequest(a),
      hoursPerDay: 1.25,
      daysPerWeek: 3,
      exemption: { ground: 'longIllness', pct: 50 },
    });
    expect(exempt.json()).toMatchObject({
      hourlyFeeGrosze: 525,
      exemptionGrosze: 525,
      hoursPerWeek: 3.75,
      weeklyFeeGrosze: 1_969, // 3.75 h × 5,25 zł = 19,6875 zł
    });
  });

  it('prices specialist care for a person with mental disorders by the regulation: 1 % of 42,10 zł = 0,42 zł', async () => {
    const res = await decide({
      ...careRequest(await visitedApplication(fx(), ++n, [160_000])),
      serviceKind: 'mentalDisorderCareService',
      tasks: ['socialSkills', 'rehabilitation'],
      provider: 'contracted',
      providerName: 'Stowarzyszenie „Razem”',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      feeTableNumber: 'Dz.U. 2005 nr 189 poz. 1598',
      feePct: 1,
      hourlyFeeGrosze: 42,
      providerName: 'Stowarzyszenie „Razem”',
    });
  });

  it('keeps the table it was computed with when the council adopts a new one', async () => {
    const a = await visitedApplication(fx(), ++n, [160_000]);
    const before = (await decide(careRequest(a))).json();
    const from = addDays(today, 30);
    const added = await call('POST', '/api/v1/services/fee-tables', who.admin!, {
      ...DEMO_LOCAL_TABLE,
      number: 'XXX/400/2026',
      adoptedOn: today,
      validFrom: from,
      hourlyCosts: [{ serviceKind: 'careService', costGrosze: 4_000 }],
    });
    expect(added.statusCode).toBe(201);
    const after = (await decide({ ...careRequest(a), periodFrom: from, periodTo: addDays(from, 60) })).json();
    expect(after).toMatchObject({
      feeTableNumber: 'XXX/400/2026',
      hourlyCostGrosze: 4_000,
      hourlyFeeGrosze: 800,
    });
    const again = (await call('GET', `/api/v1/care-services/${before.id}`, who.swiadczenia!)).json();
    expect(again).toMatchObject({
      feeTableNumber: 'XII/140/2025',
      feeTableId: before.feeTableId,
      hourlyFeeGrosze: 700,
    });
    const table = (
      await call('GET', `/api/v1/services/fee-tables/${before.feeTableId}`, who.swiadczenia!)
    ).json();
    expect(table.decisions).toBeGreaterThan(0);
  });
});

describe('the decision letter', () => {
  it('states the scope, hours, period, provider and the fee with its calculation, signed by the clerk', async () => {
    const d = (await decide(careRequest(await visitedApplication(fx(), ++n, [160_000])))).json();
    const pdf = await call('GET', `/api/v1/care-services/${d.id}/pdf`, who.pracownik!);
    expectPdf(pdf, [
      `Znak: ${d.number}`,
      'DECYZJA',
      'art. 50 ust. 1–4 i ust. 6',
      'usługi opiekuńcze w wymiarze 2 godz. dziennie, 5 dni w tygodniu',
      'z odpłatnością 7,00 zł za godzinę usług (20% kosztu godziny 35,00 zł)',
      'pielęgnacja i higiena',
      'uchwały nr XII/140/2025',
      'Samorządowego Kolegium Odwoławczego',
      '(art. 50 ust. 6 ustawy o pomocy społecznej)',
    ]);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log WHERE entity_id = $1 AND details->>'document' = 'pdf'`,
      [d.id],
    );
    expect(logged.rowCount).toBe(1);
    expect((await call('GET', `/api/v1/care-services/${d.id}/pdf`, who.admin!)).statusCode).toBe(403);
  });
});

describe('bad input gets a 400 naming the field, and nothing is written', () => {
  it('refuses more than 24 hours a day', async () => {
    const count = await decisions();
    const res = await decide(
      { ...careRequest(await visitedApplication(fx(), ++n, [160_000])), hoursPerDay: 25 },
      who.swiadczenia!,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'hoursPerDay', message: 'Doba ma 24 godziny: podaj najwyżej 24.' },
    ]);
    expect(await decisions()).toBe(count);
  });

  it('refuses an exemption above what the resolution allows, in the reader’s language', async () => {
    const res = await call(
      'POST',
      '/api/v1/care-services',
      who.swiadczenia!,
      {
        ...careRequest(await visitedApplication(fx(), ++n, [400_000, 0])),
        exemption: { ground: 'longIllness', pct: 80 },
      },
      'en',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'exemption.pct', message: 'The resolution allows an exemption of at most 50% on this ground.' },
    ]);
  });

  it('needs a home visit on the application and a person it counted', async () => {
    const a = await visitedApplication(fx(), ++n, [160_000]);
    const other = await visitedApplication(fx(), ++n, [160_000]);
    const stranger = await decide({ ...careRequest(a), personId: other.personId });
    expect(stranger.json().error.fields[0].path).toBe('personId');
    const app = await applications.createApplication(fx().staff(), {
      householdId: (
        await s.t.db.query<{ id: string }>('SELECT household_id AS id FROM application WHERE id = $1', [
          a.applicationId,
        ])
      ).rows[0]!.id,
      applicantId: a.personId,
      channel: 'inPerson',
      submittedOn: today,
      benefits: ['zasilekCelowy'],
      helpReasons: ['6'],
      urgent: false,
      description: null,
    });
    const noVisit = await decide({ ...careRequest(a), applicationId: app.id });
    expect(noVisit.statusCode).toBe(400);
    expect(noVisit.json().error.fields).toEqual([
      {
        path: 'applicationId',
        message: 'Do tego wniosku nie przeprowadzono jeszcze wywiadu środowiskowego.',
      },
    ]);
  });

  it('refuses a fee table with a gap between bands, naming the band', async () => {
    const res = await call('POST', '/api/v1/services/fee-tables', who.admin!, {
      ...DEMO_LOCAL_TABLE,
      number: 'XXX/401/2026',
      bands: [
        { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
        { overPct: 170, upToPct: null, singlePct: 20, familyPct: 30 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      {
        path: 'bands.1.overPct',
        message:
          'Próg musi zaczynać się tam, gdzie kończy się poprzedni (150%): w tabeli jest luka albo nakładanie się progów.',
      },
    ]);
  });
});

describe('access', () => {
  it('lets the social worker and director read, only the clerk decide, the administrator add tables but not read decisions', async () => {
    const body = careRequest(await visitedApplication(fx(), ++n, [160_000]));
    expect((await decide(body, who.pracownik!)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/care-services', who.pracownik!)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/care-services', who.dyrektor!)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/care-services', who.admin!)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/care-services', who.asystent!)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/services/fee-tables', who.asystent!)).statusCode).toBe(200);
    const table = { ...DEMO_LOCAL_TABLE, number: 'XXX/402/2026', validFrom: '2099-01-01' };
    expect((await call('POST', '/api/v1/services/fee-tables', who.swiadczenia!, table)).statusCode).toBe(403);
  });

  it('logs who read a decision', async () => {
    const d = (await decide(careRequest(await visitedApplication(fx(), ++n, [160_000])))).json();
    await call('GET', `/api/v1/care-services/${d.id}`, who.dyrektor!);
    const log = await s.t.db.query(
      `SELECT 1 FROM audit_log a JOIN staff_user u ON u.id = a.actor_id
        WHERE a.entity = 'careService' AND a.entity_id = $1 AND a.action = 'read' AND u.login = 'dyrektor'`,
      [d.id],
    );
    expect(log.rowCount).toBe(1);
  });

  it('lists decisions newest first in pages', async () => {
    const first = (await call('GET', '/api/v1/care-services?limit=2', who.swiadczenia!)).json();
    expect(first.items).toHaveLength(2);
    const next = (
      await call('GET', `/api/v1/care-services?limit=2&after=${first.nextCursor}`, who.swiadczenia!)
    ).json();
    expect(next.items[0].id).not.toBe(first.items[0].id);
  });
});
