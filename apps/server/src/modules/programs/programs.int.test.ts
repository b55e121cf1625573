import type { Criterion } from '@ostoja/domain/programs/programme';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext } from '../../http/context.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { expectPdf } from '../../test/pdf-text.ts';
import { type Call, family, http, nkA, perpetrator } from '../blue-card/test-helpers.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { participantInput, programmeInput } from './routes.examples.ts';

// Projects and programmes: set up by the director with indicators and criteria, recruitment that
// refuses who fails a criterion (400 naming the field), support and results, the indicator report
// for the funder (JSON and PDF), the person page's section, and who may see and do what.
let t: TestApp;
let call: Call;
let director: string;
let worker: string;
let staff: string;
let auditor: string;
let child: { id: string; firstName: string; surname: string };
let adult: { id: string };
const today = todayInPoland();

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  director = await t.login('dyrektor');
  worker = await t.login('pracownik');
  staff = await t.login('kadra');
  auditor = await t.login('audytor');
  child = (
    await t.db.query<{ id: string; firstName: string; surname: string }>(
      `SELECT p.id, p.first_name AS "firstName", p.surname FROM person p
        WHERE p.birth_date BETWEEN $1::date - interval '15 years' AND $1::date - interval '8 years'
          AND NOT EXISTS (SELECT 1 FROM programme_participant x WHERE x.person_id = p.id)
        ORDER BY p.sort_key LIMIT 1`,
      [today],
    )
  ).rows[0]!;
  adult = (
    await t.db.query<{ id: string }>(
      `SELECT p.id FROM person p WHERE p.birth_date < $1::date - interval '30 years'
          AND NOT EXISTS (SELECT 1 FROM programme_participant x WHERE x.person_id = p.id)
        ORDER BY p.sort_key LIMIT 1`,
      [today],
    )
  ).rows[0]!;
});
afterAll(() => t?.close());

let seq = 0;
async function addProject(extra: Parameters<typeof programmeInput>[1] = {}) {
  const r = await call('POST', '/api/v1/programmes', director, programmeInput(`Trampolina ${++seq}`, extra));
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; indicators: { id: string }[] };
}

// 2026: criterion 823 zł per person in a family; 150 % of it is 1234,50 zł.
const CHILDREN_ONLY: Criterion[] = [
  { kind: 'ageMax', years: 18 },
  { kind: 'incomeMax', percent: 150 },
  { kind: 'reason', reasons: ['9', '4'] },
];

describe('projects and programmes', () => {
  it('the demo’s "Pruszkowska Trampolina II" (30 children) and "Seniorada VIII" feed the strategy report', async () => {
    const id = (await t.db.query<{ id: string }>("SELECT id FROM staff_user WHERE login = 'dyrektor'"))
      .rows[0]!.id;
    const keys = [
      'programs.participants.euProject',
      'programs.participants.ownProgramme',
      'programs.completions',
    ];
    const v = await computeIndicators(staffContext(t.db, id), keys, Number(today.slice(0, 4)));
    const list = (await call('GET', '/api/v1/programmes', director)).json().items as {
      name: string;
      participants: number;
      completions: number;
    }[];
    const tramp = list.find((g) => g.name === 'Pruszkowska Trampolina II')!;
    const seniors = list.find((g) => g.name === 'Seniorada VIII')!;
    expect(tramp.participants).toBe(30);
    expect(v.get('programs.participants.euProject')!.value).toBe(30);
    expect(v.get('programs.participants.ownProgramme')!.value).toBe(seniors.participants);
    expect(seniors.participants).toBeGreaterThan(0);
    expect(v.get('programs.completions')!.value).toBe(tramp.completions + seniors.completions);
  });

  it('are set up by the director with period, budget, indicators and criteria; a worker may not', async () => {
    const bad = await call('POST', '/api/v1/programmes', director, {
      ...programmeInput('Zły projekt'),
      endsOn: '2020-01-01',
      targetCompletions: 31,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'endsOn', message: 'Koniec nie może poprzedzać początku.' },
      { path: 'targetCompletions', message: 'Ukończyć nie może więcej osób, niż ma wziąć udział.' },
    ]);
    expect((await call('POST', '/api/v1/programmes', worker, programmeInput('Projekt'))).statusCode).toBe(
      403,
    );
    const g = await addProject({ criteria: CHILDREN_ONLY });
    const got = (await call('GET', `/api/v1/programmes/${g.id}`, staff)).json();
    expect(got).toMatchObject({
      kind: 'euProject',
      budgetGrosze: 120_000_000,
      targetParticipants: 30,
      participants: 0,
      criteria: CHILDREN_ONLY,
      indicators: [{ name: 'Uczestnicy, którzy podnieśli kompetencje społeczne', target: 20, achieved: 0 }],
    });
    const dup = await call('POST', '/api/v1/programmes', director, programmeInput(`Trampolina ${seq}`));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields[0].path).toBe('name');
  });

  it('refuses a participant who fails a criterion, naming the field; takes one who meets them all', async () => {
    const g = await addProject({ criteria: CHILDREN_ONLY });
    const url = `/api/v1/programmes/${g.id}/participants`;
    /** A person of a household of 3 with the income per person and the reasons given. */
    const recruit = (personId: string, incomePerPersonGrosze: number, reasons: string[]) =>
      call('POST', url, worker, {
        ...participantInput(personId),
        incomePerPersonGrosze,
        householdSize: 3,
        reasons,
      });
    const noConsent = await call('POST', url, worker, {
      ...participantInput(child.id),
      consentSignedOn: null,
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.fields[0].path).toBe('consentSignedOn');

    const rich = await recruit(child.id, 123_451, ['9']);
    expect(rich.statusCode).toBe(400);
    expect(rich.json().error.fields).toEqual([
      {
        path: 'incomePerPersonGrosze',
        message: 'Dochód przekracza 150% kryterium dochodowego (1234,50 zł).',
      },
    ]);
    const noReason = await recruit(child.id, 123_450, ['6']);
    expect(noReason.json().error.fields).toEqual([
      { path: 'reasons', message: 'Projekt jest dla osób z jedną z przesłanek art. 7: 9, 4.' },
    ]);
    const tooOld = await recruit(adult.id, 50_000, ['4']);
    expect(tooOld.json().error.fields).toEqual([
      { path: 'personId', message: 'Uczestnik może mieć najwyżej 18 lat.' },
    ]);
    expect(
      await t.db.query('SELECT 1 FROM programme_participant WHERE programme_id = $1', [g.id]),
    ).toMatchObject({
      rowCount: 0,
    });

    const ok = await recruit(child.id, 123_450, ['9']);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ personId: child.id, status: 'active', joinedOn: today, supports: [] });
    const again = await call('POST', url, worker, { ...participantInput(child.id), reasons: ['9'] });
    expect(again.statusCode).toBe(409);
    const outside = await call('POST', url, worker, {
      ...participantInput(adult.id),
      joinedOn: '2019-05-05',
    });
    expect(outside.json().error.fields[0].path).toBe('joinedOn');
  });

  it('records support and results; the indicator report and its PDF show targets against achieved', async () => {
    const g = await addProject();
    const x = (
      await call('POST', `/api/v1/programmes/${g.id}/participants`, staff, participantInput(child.id))
    ).json();
    const support = await call('POST', `/api/v1/programme-participants/${x.id}/support`, staff, {
      on: today,
      form: 'Zajęcia z pedagogiem ulicy',
    });
    expect(support.json().supports).toEqual([
      expect.objectContaining({ on: today, form: 'Zajęcia z pedagogiem ulicy' }),
    ]);
    const early = await call('POST', `/api/v1/programme-participants/${x.id}/support`, staff, {
      on: '2000-01-01',
      form: 'Wyjazd',
    });
    expect(early.json().error.fields[0].path).toBe('on');
    const badIndicator = await call('POST', `/api/v1/programme-participants/${x.id}/results`, staff, {
      indicatorId: x.id,
      on: today,
    });
    expect(badIndicator.json().error.fields[0].path).toBe('indicatorId');
    await call('POST', `/api/v1/programme-participants/${x.id}/results`, staff, {
      indicatorId: g.indicators[0]!.id,
      on: today,
    });
    const ended = await call('POST', `/api/v1/programme-participants/${x.id}/end`, staff, {
      on: today,
      completed: true,
    });
    expect(ended.json().status).toBe('completed');

    const report = (await call('GET', `/api/v1/programmes/${g.id}/indicator-report`, auditor)).json();
    expect(report.rows).toEqual([
      { key: 'participants', name: 'participants', target: 30, achieved: 1, percent: 3 },
      { key: 'completions', name: 'completions', target: 24, achieved: 1, percent: 4 },
      expect.objectContaining({ target: 20, achieved: 1, percent: 5 }),
    ]);
    expect(report.participants).toEqual([
      expect.objectContaining({ personId: child.id, status: 'completed', supports: 1 }),
    ]);
    const pdf = await call('GET', `/api/v1/programmes/${g.id}/indicator-report/pdf`, director);
    expectPdf(pdf, ['SPRAWOZDANIE ZE WSKAŹNIKÓW', `${child.firstName} ${child.surname}`, '1 200 000,00 zł']);

    // The person page's section: the project with the support received.
    const mine = (await call('GET', `/api/v1/persons/${child.id}/programmes`, worker)).json();
    expect(mine.items).toContainEqual(
      expect.objectContaining({
        programmeId: g.id,
        supports: [expect.objectContaining({ form: 'Zajęcia z pedagogiem ulicy' })],
      }),
    );
  });

  it('shows projects to their staff, the director and the auditor only; the auditor and director change nothing', async () => {
    const g = await addProject();
    for (const login of ['swiadczenia', 'asystent', 'komisja'])
      expect((await call('GET', `/api/v1/programmes/${g.id}`, await t.login(login))).statusCode).toBe(403);
    for (const who of [director, auditor])
      expect(
        (await call('POST', `/api/v1/programmes/${g.id}/participants`, who, participantInput(adult.id)))
          .statusCode,
      ).toBe(403);
    expect(
      (await call('GET', `/api/v1/persons/${adult.id}/programmes`, await t.login('swiadczenia'))).statusCode,
    ).toBe(403);
  });

  it('keeps a person sealed in the Niebieska Karta compartment out of recruitment and lists', async () => {
    const fam = await family(t);
    expect(
      (await call('POST', '/api/v1/blue-cards', await t.login('niebieska'), nkA(fam.victim, fam.child)))
        .statusCode,
    ).toBe(201);
    const sealed = (
      await t.db.query<{ id: string }>('SELECT id FROM person WHERE pesel = $1', [perpetrator.pesel])
    ).rows[0]!.id;
    const g = await addProject();
    const refused = await call(
      'POST',
      `/api/v1/programmes/${g.id}/participants`,
      worker,
      participantInput(sealed),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('personId');
    await t.owner.query(
      `INSERT INTO programme_participant (programme_id, person_id, joined_on, consent_signed_on) VALUES ($1, $2, $3, $3)`,
      [g.id, sealed, today],
    );
    expect((await call('GET', `/api/v1/programmes/${g.id}/participants`, worker)).json().items).toEqual([]);
    expect((await call('GET', `/api/v1/persons/${sealed}/programmes`, worker)).statusCode).toBe(404);
  });
});
