import { randomUUID } from 'node:crypto';
import { makePesel } from '@ostoja/domain/shared/pesel';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, freeAdults, http } from '../blue-card/test-helpers.ts';

// The municipal programme's year, worked through in 2021 (a year the demo leaves empty): its tasks
// and spending from the permit fees, and the yearly report whose figures are counted from what the
// commission and the point recorded; then the demo centre's last year, which must give the figures
// of its report (seed 002). And the one thing the centre's workers may learn: that a proceeding
// the commission shared exists.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
const BASE = '/api/v1/alcohol-commission';
const P = `${BASE}/programmes`;
let adults: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  for (const a of DEMO_ACCOUNTS) who[a.login] = await t.login(a.login);
  // Registry adults without a proceeding or a Niebieska Karta (the commission may name them).
  adults = await freeAdults(t.db, 6);
});
afterAll(() => t?.close());

const field = (r: { json(): { error: { fields: { path: string; message: string }[] } } }) =>
  r.json().error.fields;
const ok = async (r: ReturnType<Call>, status = 201) => {
  const x = await r;
  expect(x.statusCode, x.body).toBe(status);
  return x;
};

async function proceeding(personId: string, reportedOn: string, events: object[]) {
  const p = await ok(
    call('POST', `${BASE}/proceedings`, who.komisja!, {
      reportedOn,
      reporter: { kind: 'police', name: 'KPP w Pruszkowie', institution: 'Policja' },
      personId,
      grounds: ['familyBreakdown'],
      description: 'Awantury domowe pod wpływem alkoholu.',
    }),
  );
  const id = p.json().id as string;
  for (const e of events) await ok(call('POST', `${BASE}/proceedings/${id}/events`, who.komisja!, e));
  return id;
}

describe('the municipal programme of 2021', () => {
  let tasks: { id: string; title: string }[] = [];

  it('keeps its tasks with their budget lines and the spending on each, to the grosz', async () => {
    const made = await ok(
      call('POST', P, who.komisja!, {
        year: 2021,
        resolution: 'Uchwała nr XXX/250/2020 Rady Miasta Pruszkowa',
        permitFees: 250_000_00,
        tasks: [
          { title: 'Punkt Informacyjno-Konsultacyjny', budget: 120_000_00 },
          { title: 'Profilaktyka w szkołach', budget: 80_000_00 },
          { title: 'Działalność Komisji', budget: 50_000_00 },
        ],
      }),
    );
    tasks = made.json().tasks;
    expect(made.json()).toMatchObject({ year: 2021, budget: 250_000_00, spent: 0 });
    for (const spentOn of ['2021-02-26', '2021-03-31', '2021-04-30'])
      await ok(
        call('POST', `${P}/2021/spending`, who.komisja!, {
          taskId: tasks[0]!.id,
          spentOn,
          amount: 12_345_67,
          description: 'Dyżury konsultanta — rachunek za miesiąc',
        }),
      );
    const last = await ok(
      call('POST', `${P}/2021/spending`, who.komisja!, {
        taskId: tasks[1]!.id,
        spentOn: '2021-05-14',
        amount: 8_000_00,
        description: 'Spektakl profilaktyczny dla klas VI',
      }),
    );
    expect(last.json().tasks.map((x: { spent: number }) => x.spent)).toEqual([37_037_01, 8_000_00, 0]);
    expect(last.json().spent).toBe(45_037_01);
  });

  it('refuses spending outside the year, on another year’s task, and a second programme for the year', async () => {
    const late = await call('POST', `${P}/2021/spending`, who.komisja!, {
      taskId: tasks[0]!.id,
      spentOn: '2022-01-03',
      amount: 100,
      description: 'Rachunek',
    });
    expect([late.statusCode, field(late)]).toEqual([
      400,
      [{ path: 'spentOn', message: 'Wydatek musi przypadać w roku programu.' }],
    ]);
    const stranger = await call('POST', `${P}/2021/spending`, who.komisja!, {
      taskId: randomUUID(),
      spentOn: '2021-06-01',
      amount: 100,
      description: 'Rachunek',
    });
    expect(field(stranger)).toEqual([{ path: 'taskId', message: 'Wybierz zadanie programu na ten rok.' }]);
    const twice = await call('POST', P, who.komisja!, {
      year: 2021,
      resolution: 'Uchwała',
      permitFees: 0,
      tasks: [{ title: 'X', budget: 0 }],
    });
    expect([twice.statusCode, field(twice)[0]!.path]).toEqual([400, 'year']);
    expect((await call('GET', `${P}/2022`, who.komisja!)).statusCode).toBe(404);
    // Nothing half-written: the refused spending left the totals as they were.
    expect((await call('GET', `${P}/2021`, who.komisja!)).json().spent).toBe(45_037_01);
  });

  it('counts the year’s report from the records of 2021', async () => {
    // Sale permits: a shop, two opinions (one negative), an inspection, a sellers' training.
    const shop = (
      await ok(
        call('POST', `${BASE}/shops`, who.komisja!, {
          name: 'Sklep Roczny',
          operator: 'Jan Kupiec',
          nip: '5342197856',
          address: 'ul. Roczna 1, 05-800 Pruszków',
        }),
      )
    ).json().id;
    for (const [opinion, opinionOn] of [
      ['positive', '2021-03-10'],
      ['negative', '2021-09-15'],
    ])
      await ok(
        call('POST', `${BASE}/shops/${shop}/opinions`, who.komisja!, {
          appliedOn: '2021-03-01',
          applicationNumber: `ZEZ.7340.${opinionOn}`,
          kinds: ['A'],
          premises: 'off',
          validFrom: '2021-04-01',
          validTo: '2025-03-31',
          distanceM: 300,
          opinionOn,
          opinion,
          reason: opinion === 'negative' ? 'Brak zgody wspólnoty.' : null,
        }),
      );
    await ok(
      call('POST', `${BASE}/shops/${shop}/inspections`, who.komisja!, {
        on: '2021-06-02',
        inspectors: 'Hanna Profilaktyczna',
        findings: 'Bez uwag.',
        result: 'compliant',
      }),
    );
    await ok(
      call('POST', `${BASE}/shops/${shop}/trainings`, who.komisja!, {
        on: '2021-06-02',
        topic: 'Odmowa sprzedaży nieletnim',
        participants: 3,
      }),
    );
    // One meeting of a member of the 2020–2024 term.
    const member = (
      await ok(
        call('POST', `${BASE}/members`, who.komisja!, {
          fullName: 'Roman Roczny',
          function: 'member',
          termFrom: '2020-01-01',
          termTo: '2021-12-31',
          payPerMeeting: 20000,
        }),
      )
    ).json().id;
    await ok(
      call('POST', `${BASE}/meetings`, who.komisja!, {
        heldOn: '2021-05-05',
        agenda: 'Zgłoszenia',
        presentMemberIds: [member],
        deciding: false,
        minutes: 'Omówiono zgłoszenia.',
      }),
    );
    // Proceedings: one closed in 2020 (not the year's), one carried over from 2020, two new in 2021.
    const invitation = (on: string) => ({
      type: 'invitation',
      on,
      addressee: 'person',
      addresseeName: 'Adresat',
      appointmentOn: on,
      appointmentAt: '16:00',
      place: 'pok. 5',
    });
    const referral = (on: string) => ({
      type: 'expertReferral',
      on,
      psychiatrist: 'lek. Jan Biegły',
      psychologist: 'mgr Anna Biegła',
      examinationOn: on,
    });
    await proceeding(adults[0]!, '2020-10-05', [
      invitation('2020-10-08'),
      { type: 'close', on: '2020-12-18', reason: 'voluntaryTreatment' },
    ]);
    await proceeding(adults[1]!, '2020-11-20', [
      invitation('2020-11-25'),
      referral('2021-01-11'),
      { type: 'courtPetition', on: '2021-02-01', court: 'Sąd Rejonowy w Pruszkowie' },
      {
        type: 'courtOrder',
        on: '2021-03-15',
        signature: 'III RNs 1/21',
        obligated: true,
        facility: 'Poradnia',
      },
      { type: 'facilityReport', on: '2021-05-10', facility: 'Poradnia', attendance: 'attends' },
    ]);
    await proceeding(adults[2]!, '2021-04-06', [invitation('2021-04-08'), referral('2021-05-04')]);
    await proceeding(adults[3]!, '2021-11-22', [invitation('2021-11-24')]);
    // The point: three consultations (two anonymous: one person of the year), a group of 3.5 hours.
    const pik = (
      await ok(
        call('POST', '/api/v1/counselling/setup/specialists', who.psycholog!, {
          kind: 'addictionConsultant',
          publicName: 'Konsultant PIK 2021',
          consultationPoint: true,
        }),
      )
    ).json().id;
    for (const c of [
      { anonymous: true, firstInYear: true },
      { anonymous: true, firstInYear: false, heldOn: '2021-03-11' },
      { clientName: 'J.K.', firstInYear: true },
    ])
      await ok(
        call('POST', '/api/v1/counselling/consultations', who.psycholog!, {
          specialistId: pik,
          heldOn: '2021-03-04',
          mode: 'inPerson',
          kind: 'addiction',
          durationMinutes: 50,
          ...c,
        }),
      );
    const group = (
      await ok(
        call('POST', '/api/v1/consultation-point/groups', who.psycholog!, {
          name: 'Grupa wsparcia 2021',
          kind: 'support',
          audience: 'codependent',
          leader: 'mgr Ewa Terapeutka',
          startedOn: '2021-01-04',
          endedOn: '2021-12-31',
          participants: 9,
        }),
      )
    ).json().id;
    for (const [heldOn, minutes] of [
      ['2021-02-01', 120],
      ['2021-02-08', 90],
    ] as const)
      await ok(
        call('POST', `/api/v1/consultation-point/groups/${group}/sessions`, who.psycholog!, {
          heldOn,
          minutes,
          present: 7,
        }),
      );

    const r = await ok(call('GET', `${P}/2021/report`, who.komisja!), 200);
    expect(r.json().figures).toEqual({
      permitsOpined: 2,
      permitsNegative: 1,
      inspections: 1,
      sellerTrainings: 1,
      meetings: 1,
      proceedingsConducted: 3,
      newReports: 2,
      personsInProceedings: 3,
      personsReferredToExperts: 2,
      courtPetitions: 1,
      personsObligatedToTreatment: 1,
      personsInTreatment: 1,
      consultations: 3,
      consultationPersons: 2,
      anonymousConsultations: 2,
      groupMinutes: 210,
      programmeBudget: 250_000_00,
      programmeSpent: 45_037_01,
      permitFees: 250_000_00,
    });
    expect(r.json().groups).toEqual([{ name: 'Grupa wsparcia 2021', minutes: 210 }]);
    const g1 = Object.fromEntries(
      r
        .json()
        .g1.flatMap((s: { rows: { key: string; value: number | null }[] }) =>
          s.rows.map((x) => [x.key, x.value]),
        ),
    );
    expect(g1).toMatchObject({ proceedings: 3, experts: 2, petitions: 1, groupHours: 3.5, spent: 45_037_01 });
    expect(g1.schoolPrograms).toBeNull();
  });

  it('takes the gmina’s own PARPA-G1 answers, refusing a row the data computes', async () => {
    const bad = await call('PUT', `${P}/2021/report/g1`, who.komisja!, { values: { meetings: 7 } });
    expect([bad.statusCode, field(bad)]).toEqual([
      400,
      [{ path: 'values.meetings', message: 'Tego wiersza ankiety gmina nie wypełnia: liczy go system.' }],
    ]);
    const saved = await ok(
      call('PUT', `${P}/2021/report/g1`, who.komisja!, {
        values: { schoolPrograms: 4, treatmentPersons: 269 },
      }),
      200,
    );
    const prevention = saved.json().g1.find((s: { key: string }) => s.key === 'prevention');
    expect(prevention.rows.map((x: { key: string; value: number | null }) => [x.key, x.value])).toEqual([
      ['schoolPrograms', 4],
      ['schoolParticipants', null],
      ['campaigns', null],
      ['treatmentPersons', 269],
    ]);
  });

  it('exports the report as XLSX, money in złoty to the grosz, the export logged', async () => {
    const x = await ok(call('GET', `${P}/2021/report/xlsx`, who.komisja!), 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1));
    expect(rows('Zadania')[1]).toEqual([1, 'Punkt Informacyjno-Konsultacyjny', 120000, 37037.01]);
    expect(rows('Sprawozdanie')).toContainEqual(['Zaopiniowane wnioski o zezwolenia', 2]);
    expect(rows('Sprawozdanie')).toContainEqual(['Godziny zajęć grup', 3.5]);
    expect(rows('PARPA-G1')).toContainEqual([
      'Liczba osób korzystających z terapii w placówkach leczenia',
      269,
    ]);
    const logged = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'alcoholProgrammeReport' AND action = 'export'`,
    );
    expect(logged.rowCount).toBe(1);
  });

  it('is the commission’s only', async () => {
    for (const login of ['pracownik', 'dyrektor', 'audytor', 'psycholog'])
      expect([login, (await call('GET', `${P}/2021/report`, who[login]!)).statusCode]).toEqual([login, 403]);
  });
});

describe('the demo centre’s last year', () => {
  it('gives the figures of the centre’s report (seed 002) from its data', async () => {
    const last = Number(new Date().toISOString().slice(0, 4)) - 1;
    // The 51 of the demo's last year are all closed within it; open ones (the demo's current six,
    // early in a year, and this file's own) are counted apart.
    const open = (
      await t.db.query<{ conducted: number; reported: number; referred: number; petitions: number }>(
        `WITH y AS (SELECT make_date($1, 1, 1) AS f, make_date($1 + 1, 1, 1) AS t),
              ev AS (SELECT e.type, a.person_id FROM alcohol_proceeding_event e
                       JOIN alcohol_proceeding a ON a.id = e.proceeding_id, y
                      WHERE a.closed_on IS NULL AND e.on_date >= y.f AND e.on_date < y.t)
         SELECT count(*)::int AS conducted, count(*) FILTER (WHERE a.reported_on >= y.f)::int AS reported,
                (SELECT count(DISTINCT person_id) FROM ev WHERE type = 'expertReferral')::int AS referred,
                (SELECT count(*) FROM ev WHERE type = 'courtPetition')::int AS petitions
           FROM alcohol_proceeding a, y WHERE a.closed_on IS NULL AND a.reported_on < y.t`,
        [last],
      )
    ).rows[0]!;
    const r = await ok(call('GET', `${P}/${last}/report`, who.komisja!), 200);
    expect(r.json().figures).toMatchObject({
      permitsOpined: 29,
      inspections: 100,
      proceedingsConducted: 51 + open.conducted,
      newReports: 40 + open.reported,
      personsReferredToExperts: 26 + open.referred,
      courtPetitions: 27 + open.petitions,
      consultations: 895,
      consultationPersons: 166,
    });
    expect(r.json().groups).toContainEqual({
      name: 'Grupa terapeutyczna dla osób współuzależnionych',
      minutes: 68 * 60,
    });
  });
});

describe('sharing a proceeding with the centre’s workers', () => {
  const notice = (personId: string, login = 'pracownik') =>
    call('GET', `/api/v1/persons/${personId}/alcohol-proceeding`, who[login]!);
  let id = '';
  let personId = '';

  it('tells a worker nothing until the commission shares it: the answer of a missing record', async () => {
    personId = adults[4]!;
    id = await proceeding(personId, '2026-11-02', []);
    const missing = await notice(randomUUID());
    const unshared = await notice(personId);
    expect([unshared.statusCode, unshared.body]).toEqual([missing.statusCode, missing.body]);
    expect(unshared.statusCode).toBe(404);
  });

  it('then shows only that it exists and since when, the read logged; unsharing takes it back', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
    const shared = await ok(
      call('POST', `${BASE}/proceedings/${id}/share`, who.komisja!, { shared: true }),
      200,
    );
    expect(shared.json().sharedOn).toBe(today);
    for (const login of ['pracownik', 'swiadczenia', 'dyrektor']) {
      const r = await notice(personId, login);
      expect([login, r.statusCode, r.json()]).toEqual([login, 200, { sharedOn: today }]);
    }
    const logged = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'alcoholProceedingNotice' AND action = 'read' AND entity_id = $1`,
      [personId],
    );
    expect(logged.rowCount).toBe(3);
    // Still nothing of the proceeding itself outside the commission.
    expect((await call('GET', `${BASE}/proceedings/${id}`, who.pracownik!)).statusCode).toBe(403);
    await ok(call('POST', `${BASE}/proceedings/${id}/share`, who.komisja!, { shared: false }), 200);
    expect((await notice(personId)).statusCode).toBe(404);
  });

  it('never shares a person the commission registered itself', async () => {
    const sealed = await ok(
      call('POST', `${BASE}/proceedings`, who.komisja!, {
        reportedOn: '2026-11-02',
        reporter: { kind: 'family', name: 'Żona', institution: null },
        person: { pesel: makePesel('1970-01-01', 'M', 921), firstName: 'Zenon', surname: 'Ukryty' },
        grounds: ['familyBreakdown'],
        description: 'Awantury.',
      }),
    );
    await ok(
      call('POST', `${BASE}/proceedings/${sealed.json().id}/share`, who.komisja!, { shared: true }),
      200,
    );
    const a = await notice(sealed.json().person.id);
    const b = await notice(randomUUID());
    expect([a.statusCode, a.body]).toEqual([b.statusCode, b.body]);
  });

  it('keeps a proceeding from a Niebieska Karta in that compartment: never shared', async () => {
    const opened = await ok(
      call('POST', '/api/v1/blue-cards', who.pracownik2!, {
        openedOn: '2026-11-06',
        initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
        participants: [
          { personId: (await family(t)).victim, role: 'victim' },
          { personId: adults[5], role: 'perpetrator' },
        ],
        violenceForms: ['psychological'],
        description: 'Groźby pod wpływem alkoholu.',
        victimPresent: true,
      }),
    );
    const nk = opened.json().number as string;
    const unknown = await call('POST', `${BASE}/proceedings`, who.komisja!, {
      reportedOn: '2026-11-02',
      reporter: { kind: 'blueCardTeam', name: 'Zespół interdyscyplinarny', institution: 'MOPS' },
      personId: adults[5],
      grounds: ['familyBreakdown'],
      description: 'Przemoc pod wpływem alkoholu.',
      blueCardNumber: 'NK/1999/9999',
    });
    expect(field(unknown)).toEqual([
      { path: 'blueCardNumber', message: 'Nie ma procedury „Niebieskie Karty” o tym numerze.' },
    ]);
    const linked = await ok(
      call('POST', `${BASE}/proceedings`, who.komisja!, {
        reportedOn: '2026-11-02',
        reporter: { kind: 'blueCardTeam', name: 'Zespół interdyscyplinarny', institution: 'MOPS' },
        personId: adults[5],
        grounds: ['familyBreakdown'],
        description: 'Przemoc pod wpływem alkoholu.',
        blueCardNumber: nk,
      }),
    );
    expect(linked.json().blueCardNumber).toBe(nk);
    const share = await call('POST', `${BASE}/proceedings/${linked.json().id}/share`, who.komisja!, {
      shared: true,
    });
    expect(share.statusCode).toBe(409);
    const a = await notice(adults[5]!);
    const b = await notice(randomUUID());
    expect([a.statusCode, a.body]).toEqual([b.statusCode, b.body]);
  });
});
