import { randomUUID } from 'node:crypto';
import { roleHas } from '@ostoja/domain/identity/permissions';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, http, pdfText } from '../blue-card/test-helpers.ts';

// The commission's year: members, a meeting without a quorum refused, the pay list; a proceeding
// from the police report to the court's order, its deadlines and letters; and the compartment:
// outside the commission its records and the persons it registered answer as missing ones.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
const BASE = '/api/v1/alcohol-commission';
/** Registered by the commission itself, so sealed. */
const reported = {
  pesel: makePesel('1968-07-21', 'M', 915),
  firstName: 'Władysław',
  surname: 'Zapijaczony',
  street: 'Helenowska',
  building: '4',
  postalCode: '05-800',
  city: 'Pruszków',
};
let proceedingId = '';

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  for (const a of DEMO_ACCOUNTS) who[a.login] = await t.login(a.login);
});
afterAll(() => t?.close());

const field = (r: { json(): { error: { fields: { path: string; message: string }[] } } }) =>
  r.json().error.fields;

describe('the commission', () => {
  // The previous term (2020–2024), so that the demo's members (from February 2024) are not counted.
  const term = { termFrom: '2020-02-01', termTo: '2024-01-31' };
  const members: { id: string; fullName: string }[] = [];

  it('keeps members with their term and training', async () => {
    for (const [fullName, pay] of [
      ['Anna Pierwsza', 30000],
      ['Bogdan Drugi', 25000],
      ['Cecylia Trzecia', 25000],
      ['Damian Czwarty', 25050],
    ] as const) {
      const r = await call('POST', `${BASE}/members`, who.komisja!, {
        fullName,
        function: 'member',
        ...term,
        payPerMeeting: pay,
      });
      expect(r.statusCode).toBe(201);
      members.push(r.json());
    }
    const trained = await call('POST', `${BASE}/members/${members[0]!.id}/trainings`, who.komisja!, {
      on: '2021-03-10',
      title: 'Procedura zobowiązania do leczenia',
      hours: 16,
    });
    expect(trained.json().trainings).toEqual([
      expect.objectContaining({ on: '2021-03-10', title: 'Procedura zobowiązania do leczenia', hours: 16 }),
    ]);
    const bad = await call('POST', `${BASE}/members`, who.komisja!, {
      fullName: 'Ewa Odwrotna',
      function: 'member',
      termFrom: '2024-01-31',
      termTo: '2020-02-01',
      payPerMeeting: 1,
    });
    expect([bad.statusCode, field(bad)]).toEqual([
      400,
      [{ path: 'termTo', message: 'Kadencja nie może kończyć się przed jej początkiem.' }],
    ]);
  });

  it('refuses a deciding meeting without a quorum, and a member outside the term', async () => {
    const meeting = {
      heldOn: '2023-05-10',
      agenda: 'Zgłoszenia',
      presentMemberIds: [members[0]!.id],
      deciding: true,
      minutes: 'Obecna jedna osoba.',
    };
    const noQuorum = await call('POST', `${BASE}/meetings`, who.komisja!, meeting);
    expect([noQuorum.statusCode, field(noQuorum)]).toEqual([
      400,
      [
        {
          path: 'deciding',
          message: 'Bez kworum (co najmniej połowy członków Komisji) posiedzenie nie może podejmować uchwał.',
        },
      ],
    ]);
    const outside = await call('POST', `${BASE}/meetings`, who.komisja!, {
      ...meeting,
      heldOn: '2024-03-01',
    });
    expect(field(outside).map((f: { path: string }) => f.path)).toEqual(['presentMemberIds.0']);
    // Not deciding, one present is fine; nothing of the refused ones was written.
    expect(
      (await call('POST', `${BASE}/meetings`, who.komisja!, { ...meeting, deciding: false })).statusCode,
    ).toBe(201);
    const list = (await call('GET', `${BASE}/meetings?limit=100`, who.komisja!)).json().items;
    expect(list.filter((m: { heldOn: string }) => m.heldOn === '2023-05-10')).toHaveLength(1);
  });

  it('writes the minutes of a deciding meeting as PDF and pays each member per meeting attended', async () => {
    const held = await call('POST', `${BASE}/meetings`, who.komisja!, {
      heldOn: '2023-05-24',
      agenda: 'Wnioski do sądu',
      presentMemberIds: [members[0]!.id, members[3]!.id],
      deciding: true,
      minutes: 'Komisja podjęła uchwałę o skierowaniu wniosku do sądu.',
      resolutions: 'Uchwała nr 5/2023',
    });
    expect(held.statusCode).toBe(201);
    expect(held.json()).toMatchObject({ present: 2, membersInTerm: 4, deciding: true });
    const pdf = await call('GET', `${BASE}/meetings/${held.json().id}/minutes`, who.komisja!);
    const text = pdfText(pdf.rawPayload);
    for (const s of [
      'PROTOKÓŁ POSIEDZENIA',
      'Obecni: 2 z 4',
      'Anna Pierwsza',
      'Damian Czwarty',
      'Uchwała nr 5/2023',
    ])
      expect(text).toContain(s);
    const pay = (await call('GET', `${BASE}/pay-list?month=2023-05`, who.komisja!)).json();
    expect(
      pay.rows.map((r: { fullName: string; meetings: string[]; amount: number }) => [
        r.fullName,
        r.meetings,
        r.amount,
      ]),
    ).toEqual([
      ['Anna Pierwsza', ['2023-05-10', '2023-05-24'], 60000],
      ['Damian Czwarty', ['2023-05-24'], 25050],
    ]);
    expect(pay.total).toBe(85050);
    const list = pdfText((await call('GET', `${BASE}/pay-list/pdf?month=2023-05`, who.komisja!)).rawPayload);
    expect(list).toContain('600,00 zł');
    expect(list).toContain('850,50 zł');
  });
});

describe('a proceeding towards treatment', () => {
  const event = (body: object) =>
    call('POST', `${BASE}/proceedings/${proceedingId}/events`, who.komisja!, body);
  /** The letter printed for the proceeding's step. */
  const letter = (eventId: string) =>
    call('GET', `${BASE}/proceedings/${proceedingId}/events/${eventId}/letter`, who.komisja!);

  it('starts with a police report about a person the commission registers; the invitation is due in 10 working days', async () => {
    const r = await call('POST', `${BASE}/proceedings`, who.komisja!, {
      reportedOn: '2026-11-06',
      reporter: { kind: 'police', name: 'asp. Jan Dzielnicowy', institution: 'KPP w Pruszkowie' },
      person: reported,
      grounds: ['familyBreakdown', 'publicOrder'],
      description: 'Interwencja domowa: awantura pod wpływem alkoholu.',
    });
    expect(r.statusCode).toBe(201);
    proceedingId = r.json().id;
    expect(r.json()).toMatchObject({
      number: expect.stringMatching(/^MKRPA\/2026\/\d{4}$/),
      person: { fullName: 'Władysław Zapijaczony' },
      status: 'reported',
      // Friday 6 November + 10 working days, 11 November a holiday.
      nextDue: '2026-11-23',
      nextDueKind: 'invite',
      allowedEvents: ['invitation', 'interview', 'expertReferral', 'courtPetition', 'close'],
    });
    const both = await call('POST', `${BASE}/proceedings`, who.komisja!, {
      reportedOn: '2026-11-06',
      reporter: { kind: 'family', name: 'Żona' },
      grounds: ['familyBreakdown'],
      description: 'x',
    });
    expect(field(both).map((f: { path: string }) => f.path)).toEqual(['personId']);
  });

  it('invites the person by letter, with the interview as the next deadline', async () => {
    const r = await event({
      type: 'invitation',
      on: '2026-11-09',
      addressee: 'person',
      addresseeName: 'Pan Władysław Zapijaczony',
      appointmentOn: '2026-11-19',
      appointmentAt: '16:30',
      place: 'ul. Kraszewskiego 14/16, pok. 5',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'invited', nextDue: '2026-11-19', nextDueKind: 'interview' });
    const invitation = r.json().events[0];
    expect(invitation).toMatchObject({ type: 'invitation', hasLetter: true });
    const text = pdfText((await letter(invitation.id)).rawPayload);
    for (const s of ['WEZWANIE', 'Pan Władysław Zapijaczony', 'Helenowska 4', '19.11.2026 r. o godz. 16:30'])
      expect(text).toContain(s);
  });

  it('refers to the experts; refuses an opinion dated before the referral or not a PDF', async () => {
    await event({
      type: 'interview',
      on: '2026-11-19',
      withWhom: 'person',
      appeared: true,
      note: 'Odmawia leczenia.',
    });
    const early = await event({
      type: 'expertOpinion',
      on: '2026-11-20',
      expert: 'psychiatrist',
      dependent: true,
    });
    expect(early.statusCode).toBe(409); // no referral yet
    const ref = await event({
      type: 'expertReferral',
      on: '2026-11-23',
      psychiatrist: 'lek. Jan Biegły',
      psychologist: 'mgr Anna Biegła',
      examinationOn: '2026-11-30',
    });
    expect(ref.json()).toMatchObject({ status: 'atExperts', nextDue: '2026-12-21', nextDueKind: 'opinion' });
    const order = pdfText((await letter(ref.json().events.at(-1).id)).rawPayload);
    for (const s of [
      'ZLECENIE WYDANIA OPINII',
      'lek. Jan Biegły',
      'mgr Anna Biegła',
      `PESEL ${reported.pesel}`,
    ])
      expect(order).toContain(s);
    const before = await event({
      type: 'expertOpinion',
      on: '2026-11-20',
      expert: 'psychiatrist',
      dependent: true,
    });
    expect([before.statusCode, field(before)]).toEqual([
      400,
      [
        {
          path: 'on',
          message: 'Data nie może być wcześniejsza niż data skierowania na badanie przez biegłych.',
        },
      ],
    ]);
    const notPdf = await event({
      type: 'expertOpinion',
      on: '2026-12-01',
      expert: 'psychiatrist',
      dependent: true,
      attachment: { fileName: 'opinia.docx', dataBase64: Buffer.from('PK\u0003\u0004').toString('base64') },
    });
    expect(field(notPdf).map((f: { path: string }) => f.path)).toEqual(['attachment.dataBase64']);
    const scan = Buffer.from('%PDF-1.4 opinia biegłego\n%%EOF');
    const one = await event({
      type: 'expertOpinion',
      on: '2026-12-01',
      expert: 'psychiatrist',
      dependent: true,
      attachment: { fileName: 'opinia-psychiatry.pdf', dataBase64: scan.toString('base64') },
    });
    const attached = one.json().events.at(-1);
    expect(attached.hasAttachment).toBe(true);
    const back = await call(
      'GET',
      `${BASE}/proceedings/${proceedingId}/events/${attached.id}/attachment`,
      who.komisja!,
    );
    expect(Buffer.compare(back.rawPayload, scan)).toBe(0);
    await event({
      type: 'expertInvoice',
      on: '2026-12-01',
      expert: 'psychiatrist',
      invoiceNumber: 'FV/12/2026',
      amount: 45000,
    });
    const two = await event({
      type: 'expertOpinion',
      on: '2026-12-02',
      expert: 'psychologist',
      dependent: true,
    });
    expect(two.json()).toMatchObject({
      status: 'opinionsReceived',
      nextDue: '2026-12-16',
      nextDueKind: 'petition',
    });
  });

  it('petitions the district court with the documentation attached, as PDF', async () => {
    const r = await event({ type: 'courtPetition', on: '2026-12-03', court: 'Sąd Rejonowy w Pruszkowie' });
    expect(r.json()).toMatchObject({ status: 'atCourt', nextDue: null });
    const text = pdfText((await letter(r.json().events.at(-1).id)).rawPayload);
    for (const s of [
      'Sąd Rejonowy w Pruszkowie',
      'Miejska Komisja Rozwiązywania Problemów Alkoholowych w Pruszkowie',
      'Władysław Zapijaczony',
      'art. 26 ustawy',
      'powoduje rozkład życia rodzinnego; systematycznie zakłóca spokój lub porządek publiczny',
      'zgłoszenie Policji',
      'Załączniki:',
      'Zgłoszenie z dnia 06.11.2026 r.',
      'Wezwanie z dnia 09.11.2026 r.',
      'Opinia biegłego lekarza psychiatry z dnia 01.12.2026 r.',
      'Opinia biegłego psychologa z dnia 02.12.2026 r.',
    ])
      expect(text).toContain(s);
    // A step that prints nothing has no letter.
    const interview = r.json().events.find((e: { type: string }) => e.type === 'interview');
    expect((await letter(interview.id)).statusCode).toBe(404);
  });

  it('records the court order and the facility’s reports, and closes with a reason', async () => {
    const early = await event({
      type: 'courtOrder',
      on: '2026-12-02',
      signature: 'III RNs 1/26',
      obligated: true,
    });
    expect(field(early)).toEqual([
      { path: 'on', message: 'Postanowienie sądu nie może być wcześniejsze niż wniosek Komisji.' },
    ]);
    const order = await event({
      type: 'courtOrder',
      on: '2027-01-15',
      signature: 'III RNs 1/26',
      obligated: true,
      facility: 'Ośrodek Terapii Uzależnień',
    });
    expect(order.json()).toMatchObject({
      status: 'inTreatment',
      nextDueKind: 'facilityReport',
      nextDue: '2027-04-12',
    });
    const rep = await event({
      type: 'facilityReport',
      on: '2027-03-01',
      facility: 'Ośrodek Terapii Uzależnień',
      attendance: 'attends',
    });
    expect(rep.json().nextDue).toBe('2027-05-26');
    const closed = await event({ type: 'close', on: '2027-06-30', reason: 'treatmentCompleted' });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedOn: '2027-06-30',
      closeReason: 'treatmentCompleted',
      nextDue: null,
      allowedEvents: [],
    });
    expect(
      (await event({ type: 'interview', on: '2027-07-01', withWhom: 'person', appeared: true, note: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('puts open proceedings on the secretary’s home page by their deadline, the overdue marked', async () => {
    const r = await call('GET', `${BASE}/deadlines`, who.komisja!);
    const items = r.json().items as { id: string; nextDue: string; overdue: boolean }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.nextDue)).toEqual([...items.map((i) => i.nextDue)].sort());
    expect(items.find((i) => i.id === proceedingId)).toBeUndefined(); // closed
    const today = new Date().toISOString().slice(0, 10);
    for (const i of items) expect(i.overdue).toBe(i.nextDue < today);
  });
});

describe('sale permits', () => {
  // 2019, before any of the demo's resolutions and permits.
  const opinion = {
    appliedOn: '2019-02-01',
    applicationNumber: 'ZEZ.7340.1.2019',
    kinds: ['A', 'B'],
    premises: 'off',
    validFrom: '2019-03-01',
    validTo: '2025-02-28',
    distanceM: 150,
    opinionOn: '2019-02-13',
    opinion: 'positive',
  };
  const shops: string[] = [];
  const opine = (shop: string, body: object) =>
    call('POST', `${BASE}/shops/${shop}/opinions`, who.komisja!, { ...opinion, ...body });

  it('opines on an application within the council’s limit and distance rule', async () => {
    const rules = await call('POST', `${BASE}/permit-rules`, who.komisja!, {
      validFrom: '2019-01-01',
      resolution: 'Uchwała nr III/25/2018 Rady Miasta',
      limits: { on: { A: 5, B: 5, C: 5 }, off: { A: 2, B: 1, C: 1 } },
      minDistanceM: 100,
    });
    expect(rules.statusCode).toBe(201);
    for (const name of ['Delikatesy Pod Zegarem', 'Sklep Osiedlowy Jaś']) {
      const r = await call('POST', `${BASE}/shops`, who.komisja!, {
        name,
        operator: `${name} sp. z o.o.`,
        nip: '5342197856',
        address: 'ul. Kościuszki 1, 05-800 Pruszków',
      });
      expect(r.statusCode).toBe(201);
      shops.push(r.json().id);
    }
    const badNip = await call('POST', `${BASE}/shops`, who.komisja!, {
      name: 'X',
      operator: 'X',
      nip: '534-219-78',
      address: 'X',
    });
    expect(field(badNip)).toEqual([{ path: 'nip', message: 'NIP to dziesięć cyfr bez kresek.' }]);
    const r = await opine(shops[0]!, {});
    expect(r.statusCode).toBe(201);
    expect(r.json().opinions[0]).toMatchObject({
      opinion: 'positive',
      minDistanceM: 100,
      limits: [
        { kind: 'A', limit: 2, inForce: 0, within: true },
        { kind: 'B', limit: 1, inForce: 0, within: true },
      ],
    });
  });

  it('refuses a positive opinion beyond the limit, and one too close to a school without a reason', async () => {
    const over = await opine(shops[1]!, { kinds: ['B'], validFrom: '2019-06-01' });
    expect([over.statusCode, field(over)]).toEqual([
      400,
      [
        {
          path: 'opinion',
          message: 'Limit zezwoleń ustalony przez radę jest wyczerpany: opinia nie może być pozytywna.',
        },
      ],
    ]);
    const close = await opine(shops[1]!, { kinds: ['A'], distanceM: 80 });
    expect([close.statusCode, field(close)]).toEqual([
      400,
      [
        {
          path: 'reason',
          message:
            'Punkt leży bliżej obiektu chronionego, niż dopuszcza uchwała rady: pozytywna opinia wymaga uzasadnienia.',
        },
      ],
    ]);
    const negative = await opine(shops[1]!, { kinds: ['B'], opinion: 'negative' });
    expect(field(negative).map((f: { path: string }) => f.path)).toEqual(['reason']);
    const early = await opine(shops[1]!, { opinionOn: '2019-01-31' });
    expect(field(early).map((f: { path: string }) => f.path)).toEqual(['opinionOn']);
    // Nothing of the refused ones was written.
    expect((await call('GET', `${BASE}/shops/${shops[1]}`, who.komisja!)).json().opinions).toEqual([]);
    const excused = await opine(shops[1]!, {
      kinds: ['A'],
      distanceM: 80,
      reason: 'Wyjątek z § 4 uchwały: kościół oddzielony drogą krajową.',
    });
    expect(excused.json().opinions[0].limits).toEqual([{ kind: 'A', limit: 2, inForce: 1, within: true }]);
    // Permit A for the third time: both permits within the limit are in force.
    const third = await opine(shops[1]!, { kinds: ['A'], validFrom: '2019-09-01' });
    expect(field(third).map((f: { path: string }) => f.path)).toEqual(['opinion']);
    await opine(shops[1]!, { kinds: ['C'], opinion: 'negative', reason: 'Punkt przy szkole.' });
  });

  it('lists the year’s opinions with their totals', async () => {
    const r = await call('GET', `${BASE}/permit-opinions?year=2019`, who.komisja!);
    expect(r.statusCode).toBe(200);
    expect(r.json().totals).toEqual({ positive: 2, negative: 1 });
    expect(
      r.json().items.map((o: { shop: { name: string }; kinds: string[] }) => [o.shop.name, o.kinds]),
    ).toEqual(
      expect.arrayContaining([
        ['Delikatesy Pod Zegarem', ['A', 'B']],
        ['Sklep Osiedlowy Jaś', ['A']],
        ['Sklep Osiedlowy Jaś', ['C']],
      ]),
    );
    const page = await call('GET', `${BASE}/permit-opinions?year=2019&limit=2`, who.komisja!);
    const next = await call(
      'GET',
      `${BASE}/permit-opinions?year=2019&limit=2&after=${page.json().nextCursor}`,
      who.komisja!,
    );
    expect(page.json().items.length + next.json().items.length).toBe(3);
  });

  it('inspects a sale point, with the protocol as PDF, and trains its sellers', async () => {
    const inspection = {
      on: '2019-10-08',
      inspectors: 'Anna Pierwsza, Bogdan Drugi',
      findings: 'Brak informacji o szkodliwości alkoholu; sprzedawca nie sprawdza wieku kupujących.',
      result: 'irregularities',
    };
    const bare = await call('POST', `${BASE}/shops/${shops[0]}/inspections`, who.komisja!, inspection);
    expect(field(bare)).toEqual([
      { path: 'recommendations', message: 'Po stwierdzeniu nieprawidłowości wpisz zalecenia pokontrolne.' },
    ]);
    const done = await call('POST', `${BASE}/shops/${shops[0]}/inspections`, who.komisja!, {
      ...inspection,
      recommendations: 'Wywiesić informację; przeszkolić sprzedawców do 30 listopada.',
    });
    expect(done.statusCode).toBe(201);
    expect(done.json().lastInspectionOn).toBe('2019-10-08');
    const text = pdfText(
      (await call('GET', `${BASE}/inspections/${done.json().inspections[0].id}/protocol`, who.komisja!))
        .rawPayload,
    );
    for (const s of [
      'PROTOKÓŁ KONTROLI',
      'Delikatesy Pod Zegarem',
      'stwierdzono nieprawidłowości',
      'przeszkolić sprzedawców do 30 listopada',
    ])
      expect(text).toContain(s);
    const trained = await call('POST', `${BASE}/shops/${shops[0]}/trainings`, who.komisja!, {
      on: '2019-11-20',
      topic: 'Odmowa sprzedaży nieletnim i nietrzeźwym',
      participants: 6,
    });
    expect(trained.json().trainings).toEqual([
      expect.objectContaining({ on: '2019-11-20', participants: 6 }),
    ]);
  });
});

describe('the consultation point', () => {
  const POINT = '/api/v1/consultation-point';
  let pik = '';
  const consult = (body: object) =>
    call('POST', '/api/v1/counselling/consultations', who.psycholog!, {
      specialistId: pik,
      heldOn: '2019-03-04',
      mode: 'inPerson',
      kind: 'addiction',
      durationMinutes: 50,
      ...body,
    });

  it('counts the point’s consultations per consultation and per person, anonymous ones included', async () => {
    const sp = await call('POST', '/api/v1/counselling/setup/specialists', who.psycholog!, {
      kind: 'addictionConsultant',
      publicName: 'Konsultant PIK ds. uzależnień',
      consultationPoint: true,
    });
    expect([sp.statusCode, sp.json().consultationPoint]).toEqual([201, true]);
    pik = sp.json().id;
    const other = await call('POST', '/api/v1/counselling/setup/specialists', who.psycholog!, {
      kind: 'familyCounsellor',
      publicName: 'Doradca rodzinny poza punktem',
    });
    expect((await consult({ anonymous: true, firstInYear: true })).statusCode).toBe(201);
    expect((await consult({ anonymous: true, firstInYear: false, heldOn: '2019-03-11' })).statusCode).toBe(
      201,
    );
    expect(
      (await consult({ clientName: 'J.K.', kind: 'pedagogical', mode: 'phone', durationMinutes: 30 }))
        .statusCode,
    ).toBe(201);
    const named = await consult({ anonymous: true, clientName: 'J.K.' });
    expect([named.statusCode, field(named)]).toEqual([
      400,
      [{ path: 'anonymous', message: 'Konsultacja anonimowa nie wskazuje osoby ani rezerwacji.' }],
    ]);
    const nobody = await consult({});
    expect(field(nobody).map((f: { path: string }) => f.path)).toEqual(['clientName']);
    // Outside the point: not in its figures.
    await consult({ specialistId: other.json().id, clientName: 'A.B.', kind: 'family' });
    const year = await call('GET', `${POINT}/year?year=2019`, who.komisja!);
    expect(year.statusCode).toBe(200);
    expect(year.json().consultations).toMatchObject({
      consultations: { total: 3, inPerson: 2, phone: 1 },
      persons: 2,
      anonymous: 2,
    });
    expect(
      year
        .json()
        .consultations.byKind.map((k: { kind: string; consultations: number }) => [k.kind, k.consultations]),
    ).toEqual([
      ['addiction', 2],
      ['pedagogical', 1],
    ]);
  });

  it('keeps groups with their sessions and hours, refusing more present than enrolled', async () => {
    const g = await call('POST', `${POINT}/groups`, who.psycholog!, {
      name: 'Grupa współuzależnionych (2019)',
      kind: 'therapy',
      audience: 'codependent',
      leader: 'mgr Ewa Terapeutka',
      startedOn: '2019-01-15',
      participants: 8,
    });
    expect(g.statusCode).toBe(201);
    const session = (body: object) =>
      call('POST', `${POINT}/groups/${g.json().id}/sessions`, who.psycholog!, {
        heldOn: '2019-02-01',
        minutes: 120,
        present: 7,
        ...body,
      });
    expect((await session({})).statusCode).toBe(201);
    const crowd = await session({ present: 9 });
    expect([crowd.statusCode, field(crowd)]).toEqual([
      400,
      [{ path: 'present', message: 'Obecnych nie może być więcej niż uczestników grupy.' }],
    ]);
    expect(field(await session({ heldOn: '2019-01-14' })).map((f: { path: string }) => f.path)).toEqual([
      'heldOn',
    ]);
    const two = await session({ heldOn: '2019-02-08', minutes: 90, present: 6 });
    expect(two.json()).toMatchObject({ minutes: 210, participants: 8 });
    const year = (await call('GET', `${POINT}/year?year=2019`, who.komisja!)).json();
    expect(year.groups).toEqual({ count: 1, sessions: 2, minutes: 210, participants: 8 });
    const groups = (await call('GET', `${POINT}/groups?year=2020`, who.komisja!)).json();
    expect(groups.items.find((x: { id: string }) => x.id === g.json().id)).toMatchObject({
      sessions: [],
      minutes: 0,
    });
  });

  it('gives the demo centre’s last year the figures of its report', async () => {
    const last = new Date().getUTCFullYear() - 1;
    const year = (await call('GET', `${POINT}/year?year=${last}`, who.komisja!)).json();
    expect([year.consultations.consultations.total, year.consultations.persons]).toEqual([895, 166]);
    const groups = (await call('GET', `${POINT}/groups?year=${last}`, who.komisja!)).json().items;
    const codependent = groups.find(
      (g: { name: string }) => g.name === 'Grupa terapeutyczna dla osób współuzależnionych',
    );
    expect(codependent.minutes / 60).toBe(68);
    const opinions = (await call('GET', `${BASE}/permit-opinions?year=${last}`, who.komisja!)).json();
    expect(opinions.totals.positive + opinions.totals.negative).toBe(29);
  });

  it('is the point’s and the commission’s only', async () => {
    for (const login of ['pracownik', 'swiadczenia', 'dyrektor', 'audytor'])
      expect([login, (await call('GET', `${POINT}/year?year=2019`, who[login]!)).statusCode]).toEqual([
        login,
        403,
      ]);
    expect((await call('GET', `${POINT}/year?year=2019`, who.psycholog!)).statusCode).toBe(200);
  });
});

describe('the compartment', () => {
  const outsiders = DEMO_ACCOUNTS.filter((a) => !roleHas(a.role, 'alcoholCommission.work'));

  it('gives everyone outside the commission the answer a missing record gets, on every route of the module', async () => {
    const p = (await call('GET', `${BASE}/proceedings/${proceedingId}`, who.komisja!)).json();
    const meeting = (await call('GET', `${BASE}/meetings?limit=1`, who.komisja!)).json().items[0].id;
    const member = (await call('GET', `${BASE}/members`, who.komisja!)).json().items[0].id;
    const real: Record<string, string> = { id: proceedingId, eventId: p.events[0].id };
    const routes = t.routes.filter((r) => r.url.startsWith(BASE));
    expect(routes.length).toBeGreaterThanOrEqual(16);
    const problems: unknown[] = [];
    for (const r of routes)
      for (const a of outsiders) {
        const url = (ids: Record<string, string>) =>
          r.url.replace(/:(\w+)/g, (_m, k: string) => ids[k]!) +
          (r.url.includes('pay-list') ? '?month=2023-05' : '');
        const ids = r.url.includes('/meetings/')
          ? { id: meeting }
          : r.url.includes('/members/')
            ? { id: member }
            : real;
        const withReal = await call(
          r.method as 'GET',
          url(ids),
          who[a.login]!,
          r.method === 'POST' ? {} : undefined,
        );
        const withMissing = await call(
          r.method as 'GET',
          url({ id: randomUUID(), eventId: randomUUID() }),
          who[a.login]!,
          r.method === 'POST' ? {} : undefined,
        );
        if (
          withReal.statusCode !== withMissing.statusCode ||
          withReal.body !== withMissing.body ||
          withReal.body.includes('Zapijaczony')
        )
          problems.push([r.method, r.url, a.login, withReal.statusCode, withMissing.statusCode]);
      }
    expect(problems).toEqual([]);
  });

  it('hides the person it registered from the registry, its searches and the audit log', async () => {
    const personId = (await call('GET', `${BASE}/proceedings/${proceedingId}`, who.komisja!)).json().person
      .id;
    const fresh = makePesel('1968-07-21', 'M', 931);
    for (const login of ['pracownik', 'swiadczenia', 'dyrektor', 'audytor']) {
      const a = await call('GET', `/api/v1/persons/${personId}`, who[login]!);
      const b = await call('GET', `/api/v1/persons/${randomUUID()}`, who[login]!);
      expect([login, a.statusCode, a.body]).toEqual([login, b.statusCode, b.body]);
      const s1 = (await call('GET', `/api/v1/persons?q=${reported.pesel}`, who[login]!)).json();
      const s2 = (await call('GET', `/api/v1/persons?q=${fresh}`, who[login]!)).json();
      expect([login, s1]).toEqual([login, s2]);
      expect((await call('GET', '/api/v1/persons?q=Zapijaczony', who[login]!)).json().items).toEqual([]);
    }
    // A worker registering the same PESEL is not told it exists (a record of her own).
    const dup = await call('POST', '/api/v1/persons', who.pracownik!, {
      person: { pesel: reported.pesel, firstName: 'Władysław', surname: 'Zapijaczony' },
    });
    expect(dup.statusCode).toBe(201);
    expect(dup.body).not.toContain(personId);
    // Every read by the commission is logged, and only the commission sees those entries.
    const logged = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'alcoholProceeding' AND action = 'read' AND entity_id = $1`,
      [proceedingId],
    );
    expect(logged.rows[0]!.n).toBeGreaterThan(5);
    for (const login of ['admin', 'audytor']) {
      const items = (await call('GET', '/api/v1/audit?limit=500', who[login]!)).json().items as {
        entity: string;
        entityId: string | null;
      }[];
      expect([login, items.filter((e) => e.entity.startsWith('alcohol') || e.entityId === personId)]).toEqual(
        [login, []],
      );
      const a = (await call('GET', `/api/v1/audit?entityId=${proceedingId}`, who[login]!)).json();
      const b = (await call('GET', `/api/v1/audit?entityId=${randomUUID()}`, who[login]!)).json();
      expect([login, a]).toEqual([login, b]);
    }
  });
});
