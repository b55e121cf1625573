import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectPdf } from '../../test/pdf-text.ts';
import { staffContext } from '../../test/route-examples.ts';
import { staffApp } from '../../test/staff-app.ts';
import { family, http, nkA } from '../blue-card/test-helpers.ts';
import { newAssistant, newFosterChild, newHousehold, userId } from './routes.examples.ts';
import * as assistance from './service-assistance.ts';

// Family support end to end on PostgreSQL: foster care notes checked against art. 191 ust. 9 uwr,
// the family assistant's work with the 15-family limit, access and the Niebieska Karta seal.
const s = staffApp({
  logins: ['swiadczenia', 'dyrektor', 'pracownik', 'pracownik2', 'asystent', 'audytor'],
  staff: 'kadra',
  app: { socialWork: false }, // the module's own records only
});
const { who, fx, call } = s;
let n = 0;
const today = todayInPoland();

const refer = async (
  householdId: string,
  cookie = who.pracownik!,
  reason = 'Po wywiadzie: trudności opiekuńczo-wychowawcze',
) =>
  call('POST', '/api/v1/family-assistance', cookie, {
    householdId,
    referredOn: today,
    reason,
    basis: 'head',
  });

/** The status each login is answered when it opens the family's record, in turn. */
const seenBy = async (id: string, logins: string[]) => {
  const codes: number[] = [];
  for (const login of logins)
    codes.push((await call('GET', `/api/v1/family-assistance/${id}`, who[login]!)).statusCode);
  return codes;
};

describe('foster care co-financing (art. 191 ust. 9 uwr)', () => {
  it('checks each note against the share by year of care and flags a difference', async () => {
    const child = await newFosterChild(fx(), ++n, '2024-03-15');
    const note = (month: string, number: string, costGrosze: number, chargedGrosze: number) =>
      call('POST', `/api/v1/foster-care/children/${child.id}/notes`, who.swiadczenia!, {
        month,
        number,
        costGrosze,
        chargedGrosze,
      });
    // March 2026: the third year starts on the 15th → 14 days at 30 %, 17 days at 50 %.
    const march = await note('2026-03', 'PCPR.N.3.2026', 412_345, 168_928);
    expect(march.statusCode).toBe(201);
    expect(march.json()).toMatchObject({
      expectedGrosze: 168_928,
      differenceGrosze: 0,
      discrepancy: false,
      daysByPct: { 30: 14, 50: 17 },
    });
    // April 2026: the whole month at 50 %, but the powiat charged 2 000,00 zł of 3 600,00 zł.
    const april = await note('2026-04', 'PCPR.N.4.2026', 360_000, 200_000);
    expect(april.json()).toMatchObject({
      expectedGrosze: 180_000,
      differenceGrosze: 20_000,
      discrepancy: true,
    });
    const again = await note('2026-04', 'X', 1, 1);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe('month');
    const before = await note('2024-02', 'X', 1, 1);
    expect(before.statusCode).toBe(400);
    expect(before.json().error.fields[0]).toMatchObject({ path: 'month' });

    const read = await call('GET', `/api/v1/foster-care/children/${child.id}`, who.dyrektor!);
    expect(read.json()).toMatchObject({ yearOfCare: 3, discrepancies: 1 });
    expect(read.json().notes.map((x: { month: string }) => x.month)).toEqual(['2026-03', '2026-04']);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'fosterChild' AND action = 'read' AND entity_id = $1`,
      [child.id],
    );
    expect(logged.rowCount).toBe(1);
  });

  it('imports a CSV only when every row is right: a bad row is a 400 naming its line and column', async () => {
    const a = await newFosterChild(fx(), ++n, '2025-07-01');
    const b = await newFosterChild(fx(), ++n, '2023-01-20');
    const bad = `PESEL;miesiąc;nr noty;koszt;obciążenie\n${a.pesel};2026-01;N/1;3 100,00;930,00\n${b.pesel};2026-01;N/2;12,3x;100,00\n`;
    const refused = await call('POST', '/api/v1/foster-care/notes/import', who.swiadczenia!, { csv: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: 'csv.3.cost', message: 'Podaj kwotę w złotych, np. 4123,45.' },
    ]);
    expect(refused.json().error.message).toContain('wierszu 3');
    const unknown = `h\n${a.pesel};2026-01;N/1;3100,00;930,00\n99010112345;2026-01;N/9;1,00;1,00\n`;
    const refused2 = await call(
      'POST',
      '/api/v1/foster-care/notes/import',
      who.swiadczenia!,
      { csv: unknown },
      'en',
    );
    expect(refused2.json().error.fields[0]).toEqual({
      path: 'csv.3.pesel',
      message: 'No child in foster care has this PESEL.',
    });
    const none = await s.t.db.query('SELECT 1 FROM charge_note WHERE foster_child_id = ANY($1::uuid[])', [
      [a.id, b.id],
    ]);
    expect(none.rowCount).toBe(0);

    // a: January 2026 is its first year (10 %); b: its fourth year (50 %).
    const good = `PESEL;miesiąc;nr noty;koszt;obciążenie\n${a.pesel};2026-01;N/1;3 100,00;310,00\n${b.pesel};2026-01;N/2;4 000,01;2 000,00\n`;
    const ok = await call('POST', '/api/v1/foster-care/notes/import', who.swiadczenia!, { csv: good });
    expect(ok.statusCode).toBe(200);
    // 3 100,00 × 10 % = 310,00 ✓; 4 000,01 × 50 % = 2 000,005 → 2 000,01, charged 2 000,00 ✗ (1 grosz).
    expect(ok.json()).toEqual({ imported: 2, discrepancies: 1 });
  });

  it('gives the yearly total for the budget, and nothing to roles without the permission', async () => {
    const year = await call('GET', '/api/v1/foster-care/years/2026', who.dyrektor!);
    expect(year.statusCode).toBe(200);
    // Expected 1 689,28 + 1 800,00 + 310,00 + 2 000,01 = 5 799,29 zł; charged 1 689,28 + 2 000,00 + 310,00 + 2 000,00.
    expect(year.json()).toMatchObject({
      year: 2026,
      children: 3,
      notes: 4,
      expectedGrosze: 579_929,
      chargedGrosze: 599_928,
      discrepancies: 2,
    });
    expect((await call('GET', '/api/v1/foster-care/children', who.pracownik!)).statusCode).toBe(403);
    expect(
      (await call('POST', '/api/v1/foster-care/notes/import', who.dyrektor!, { csv: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('asystent rodziny (uwr)', () => {
  it('runs from the referral to monitoring, with the plan, visits and an opinion for the court', async () => {
    const h = await newHousehold(fx(), ++n);
    const referred = await refer(h.id);
    expect(referred.statusCode).toBe(201);
    const id = referred.json().id as string;
    const courtless = await call('POST', '/api/v1/family-assistance', who.pracownik!, {
      householdId: h.id,
      referredOn: today,
      reason: 'x',
      basis: 'court',
    });
    expect(courtless.json().error.fields[0].path).toBe('courtOrder');
    const asystent = await userId(s.t.db, 'asystent');
    const assigned = await call('POST', `/api/v1/family-assistance/${id}/assign`, who.dyrektor!, {
      assistantId: asystent,
      assignedOn: today,
    });
    expect(assigned.json()).toMatchObject({ status: 'assigned', assistantName: 'Agata Rodzinna' });
    // Nothing is planned before the family consents.
    const early = await call('POST', `/api/v1/family-assistance/${id}/plan`, who.asystent!, {
      goal: 'g',
      action: 'a',
      deadline: '2027-01-31',
      expectedEffect: 'e',
    });
    expect(early.statusCode).toBe(409);
    expect(
      (
        await call('POST', `/api/v1/family-assistance/${id}/consent`, who.asystent!, { consentOn: today })
      ).json().status,
    ).toBe('active');
    await call('POST', `/api/v1/family-assistance/${id}/plan`, who.asystent!, {
      goal: 'Regularne posiłki dzieci',
      action: 'Wspólne planowanie zakupów co tydzień',
      deadline: '2027-03-31',
      expectedEffect: 'Trzy posiłki dziennie',
    });
    const visited = await call('POST', `/api/v1/family-assistance/${id}/visits`, who.asystent!, {
      visitedOn: today,
      kind: 'homeVisit',
      note: 'Matka przygotowała listę zakupów.',
    });
    expect(visited.json().plan).toHaveLength(1);
    expect(visited.json().visits[0]).toMatchObject({ kind: 'homeVisit', authorName: 'Agata Rodzinna' });

    const mine = await call('GET', '/api/v1/family-assistance?status=active', who.asystent!);
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(id);

    const opinion = await call('POST', `/api/v1/family-assistance/${id}/court-opinion`, who.asystent!, {
      court: 'Sąd Rejonowy w Pruszkowie',
      caseNumber: 'III Nsm 77/26',
      opinion: 'Rodzina współpracuje i realizuje plan.',
    });
    expectPdf(opinion, [
      'OPINIA ASYSTENTA RODZINY',
      'III Nsm 77/26',
      `Rodzinna-${n}`,
      'Regularne posiłki dzieci',
      today.split('-').reverse().join('.'),
    ]);

    const ended = await call('POST', `/api/v1/family-assistance/${id}/end`, who.asystent!, {
      endedOn: today,
      reason: 'Cele planu osiągnięte',
      monitoringUntil: '2027-06-30',
    });
    expect(ended.json()).toMatchObject({ status: 'ended', monitoringUntil: '2027-06-30' });
    const home = await call('POST', `/api/v1/family-assistance/${id}/visits`, who.asystent!, {
      visitedOn: today,
      kind: 'homeVisit',
      note: 'x',
    });
    expect(home.statusCode).toBe(400);
    expect(home.json().error.fields[0].path).toBe('kind');
    const monitoring = await call('POST', `/api/v1/family-assistance/${id}/visits`, who.asystent!, {
      visitedOn: today,
      kind: 'monitoring',
      note: 'Monitoring: sytuacja stabilna.',
    });
    expect(monitoring.statusCode).toBe(200);
  });

  it('refuses a 16th family for one assistant (409 on assistantId), takes it once a family ends', async () => {
    const assistant = await newAssistant(s.t.db, ++n);
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) ids.push((await refer((await newHousehold(fx(), ++n)).id)).json().id);
    for (const id of ids.slice(0, 15)) {
      const r = await call('POST', `/api/v1/family-assistance/${id}/assign`, who.dyrektor!, {
        assistantId: assistant,
        assignedOn: today,
      });
      expect(r.statusCode).toBe(200);
    }
    const sixteenth = await call('POST', `/api/v1/family-assistance/${ids[15]}/assign`, who.dyrektor!, {
      assistantId: assistant,
      assignedOn: today,
    });
    expect(sixteenth.statusCode).toBe(409);
    const loads = await call('GET', '/api/v1/family-assistants', who.dyrektor!);
    expect(loads.json().items.find((x: { id: string }) => x.id === assistant)).toMatchObject({
      families: 15,
      limit: 15,
    });
    expect(sixteenth.json().error).toMatchObject({
      code: 'familySupport.assistantFull',
      fields: [{ path: 'assistantId', message: 'Ten asystent ma już 15 rodzin.' }],
    });
    expect(sixteenth.json().error.message).toContain('15 rodzinami');
    const en = await call(
      'POST',
      `/api/v1/family-assistance/${ids[15]}/assign`,
      who.dyrektor!,
      { assistantId: assistant, assignedOn: today },
      'en',
    );
    expect(en.json().error.message).toContain('15 families');
    const stillReferred = await s.t.db.query<{ status: string }>(
      'SELECT status FROM family_assistance WHERE id = $1',
      [ids[15]],
    );
    expect(stillReferred.rows[0]!.status).toBe('referred');

    await s.t.db.query(`UPDATE family_assistance SET status = 'ended', ended_on = $2 WHERE id = $1`, [
      ids[0],
      today,
    ]);
    const now = await call('POST', `/api/v1/family-assistance/${ids[15]}/assign`, who.dyrektor!, {
      assistantId: assistant,
      assignedOn: today,
    });
    expect(now.statusCode).toBe(200);
  });

  it('lets only one of two overlapping assignments take the 15th place (the assistant row is locked)', async () => {
    const assistant = await newAssistant(s.t.db, ++n);
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) ids.push((await refer((await newHousehold(fx(), ++n)).id)).json().id);
    for (const id of ids.slice(0, 14))
      await call('POST', `/api/v1/family-assistance/${id}/assign`, who.dyrektor!, {
        assistantId: assistant,
        assignedOn: today,
      });
    // Transaction A takes the 15th place and stays open; B asks for a 16th meanwhile.
    const director = staffContext(s.t.db, await userId(s.t.db, 'dyrektor'));
    let assignedInA!: () => void;
    let commitA!: () => void;
    const aAssigned = new Promise<void>((r) => (assignedInA = r));
    const aMayCommit = new Promise<void>((r) => (commitA = r));
    const a = s.t.db.tx(async (q) => {
      await assistance.assign({ ...director, q }, ids[14]!, assistant, today);
      assignedInA();
      await aMayCommit;
    });
    await aAssigned;
    const b = s.t.db
      .tx((q) => assistance.assign({ ...director, q }, ids[15]!, assistant, today))
      .then(
        () => 'assigned',
        (e: { code?: string }) => e.code,
      );
    await new Promise((r) => setTimeout(r, 300));
    commitA();
    await a;
    expect(await b).toBe('familySupport.assistantFull');
    const count = await s.t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM family_assistance WHERE assistant_id = $1 AND status IN ('assigned', 'active')`,
      [assistant],
    );
    expect(count.rows[0]!.n).toBe(15);
  });

  it('shows a family only to those concerned; the auditor reads but cannot write', async () => {
    const h = await newHousehold(fx(), ++n);
    const id = (await refer(h.id)).json().id as string;
    expect(await seenBy(id, ['pracownik', 'audytor', 'asystent'])).toEqual([200, 200, 404]);
    const other = await call('GET', '/api/v1/family-assistance', who.asystent!);
    expect(other.json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await refer(h.id, who.audytor!, 'x')).statusCode).toBe(403);
  });

  it('a family in the Niebieska Karta compartment looks missing to outsiders', async () => {
    const f = await family(s.t);
    const nk = await http(s.t)('POST', '/api/v1/blue-cards', who.pracownik!, nkA(f.victim, f.child));
    expect(nk.statusCode).toBe(201);
    // The perpetrator, registered (and sealed) by the NK-A, lives in a household referred for an assistant.
    const sealed = await s.t.db.query<{ id: string }>(
      `SELECT person_id AS id FROM blue_card_person WHERE sealed LIMIT 1`,
    );
    const h = await newHousehold(fx(), ++n);
    await s.t.db.query(
      `INSERT INTO household_membership (household_id, person_id, relation, valid_from) VALUES ($1, $2, 'spouse', $3)`,
      [h.id, sealed.rows[0]!.id, today],
    );
    const id = (await refer(h.id)).json().id as string;
    expect(await seenBy(id, ['pracownik', 'dyrektor', 'audytor'])).toEqual([200, 404, 404]);
    const list = await call('GET', '/api/v1/family-assistance?limit=100', who.dyrektor!);
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(id);
  });
});

describe('caseload (art. 110 ust. 11 ups)', () => {
  it('counts households in social work per worker and the centre against the dated norms', async () => {
    await s.t.db.query(`INSERT INTO gmina_population VALUES ('2026-01-01', 21500) ON CONFLICT DO NOTHING`);
    const r = await call('GET', '/api/v1/caseload', who.dyrektor!);
    expect(r.statusCode).toBe(200);
    const c = r.json();
    const paulina = c.workers.find((w: { fullName: string }) => w.fullName === 'Paulina Środowiskowa');
    expect(paulina.households).toBeGreaterThan(0);
    expect(c).toMatchObject({
      inhabitants: 21500,
      norm: { inhabitantsPerWorker: 2000, householdsPerWorker: 50 },
    });
    expect(c.requiredByInhabitants).toBe(11);
    expect(c.workersPerInhabitantsNorm).toBe(Math.round((c.workers.length * 2000 * 100) / 21500) / 100);
    // One more referral by Paulina is one more household on her list.
    await refer((await newHousehold(fx(), ++n)).id);
    const after = (await call('GET', '/api/v1/caseload', who.dyrektor!)).json();
    expect(
      after.workers.find((w: { fullName: string }) => w.fullName === 'Paulina Środowiskowa').households,
    ).toBe(paulina.households + 1);
    expect((await call('GET', '/api/v1/caseload', who.pracownik!)).statusCode).toBe(403);
  });

  it('shows per worker the households under a social contract in force (a draft or a broken one is not)', async () => {
    const paulina = async () =>
      (await call('GET', '/api/v1/caseload', who.dyrektor!))
        .json()
        .workers.find((w: { fullName: string }) => w.fullName === 'Paulina Środowiskowa') as {
        households: number;
        underContract: number;
      };
    const before = await paulina();
    const worker = await userId(s.t.db, 'pracownik');
    const h = await newHousehold(fx(), ++n);
    const cf = await s.t.db.query<{ id: string }>(
      `INSERT INTO case_file (household_id, opened_on, open_reason, lead_worker_id, problems, review_due)
       VALUES ($1, $2, 'Bezrobocie', $3, '{4}', $2::date + 90) RETURNING id`,
      [h.id, today, worker],
    );
    const k = await s.t.db.query<{ id: string }>(
      `INSERT INTO social_contract (case_file_id, number, part, person_id, concluded_on, valid_to, goals, person_obligations, centre_obligations)
       SELECT $1, 'KS/CL/1', 'B', m.person_id, $2, $2::date + 90, 'Praca', 'Szkolenie', 'Poradnictwo'
         FROM household_membership m WHERE m.household_id = $3 LIMIT 1 RETURNING id`,
      [cf.rows[0]!.id, today, h.id],
    );
    const action = (type: string) =>
      s.t.db.query(
        `INSERT INTO social_contract_action (contract_id, type, on_date, actor_id) VALUES ($1, $2, $3, $4)`,
        [k.rows[0]!.id, type, today, worker],
      );
    expect(await paulina()).toMatchObject({
      households: before.households + 1,
      underContract: before.underContract,
    });
    await action('sign');
    expect((await paulina()).underContract).toBe(before.underContract + 1);
    await action('break');
    expect((await paulina()).underContract).toBe(before.underContract);
  });
});
