import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext } from '../../http/context.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { computeIndicators } from './indicator-repo.ts';
import type { MrpipsOut } from './mrpips-types.ts';
import { http } from './test-data.ts';

// MRPiPS-03's social-work and contract parts, and the strategy report's indicators for the same,
// on a worked example over the demo registry without its social-work records:
//   A — in social work since February, no benefit this year: counted, and "social work only";
//   B — in social work since last October, with a benefit this year: counted, not "only";
//   D — a case file closed last year, an assistant ended last year: not counted;
//   C — a family assistant assigned in April: a family with an assistant;
//   A's contract signed in February and completed in June; B's signed last year, broken in March.
let t: TestApp;
let director: string;
let r: MrpipsOut;
const year = Number(todayInPoland().slice(0, 4));
const last = year - 1;
const base = `/api/v1/reports/mrpips-03/${year}/Y`;
let A: { id: string; personId: string };
let B: { id: string; personId: string };
let C: { id: string };
let D: { id: string };

const value = (s: string, row: string, col: string): number =>
  r.sections.find((x) => x.section === s)!.rows.find((x) => x.row === row)!.values[col]!;

/** Persons living in the households on any day of the year, counted here from the registry. */
async function membersOf(...households: string[]) {
  const m = await t.db.query<{ n: number }>(
    `SELECT count(DISTINCT person_id)::int AS n FROM household_membership
      WHERE household_id = ANY ($1::uuid[]) AND valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $2::date)`,
    [households, `${year}-01-01`, `${year}-12-31`],
  );
  return m.rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp({ socialWork: false });
  director = await t.login('dyrektor');
  const helped = `EXISTS (SELECT 1 FROM report_decision rd WHERE rd.household_id = h.id
                    AND rd.period_to >= '${year}-01-01' AND rd.period_from <= '${year}-12-31')`;
  const pick = async (cond: string, not: string[]) =>
    (
      await t.db.query<{ id: string; personId: string }>(
        `SELECT h.id, m.person_id AS "personId" FROM household h
           JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL AND m.relation = 'applicant'
          WHERE ${cond} AND NOT (h.id = ANY ($1::uuid[]))
            AND (SELECT count(*) FROM household_membership x WHERE x.household_id = h.id AND x.valid_to IS NULL) >= 2
          ORDER BY h.id LIMIT 1`,
        [not],
      )
    ).rows[0]!;
  A = await pick(`NOT ${helped}`, []);
  B = await pick(helped, [A.id]);
  C = await pick('true', [A.id, B.id]);
  D = await pick('true', [A.id, B.id, C.id]);
  const staff = await t.db.query<{ login: string; id: string }>(
    `SELECT login, id FROM staff_user WHERE login IN ('pracownik', 'asystent')`,
  );
  const id = (login: string) => staff.rows.find((s) => s.login === login)!.id;
  const caseFile = async (household: string, opened: string, closed: string | null) =>
    (
      await t.db.query<{ id: string }>(
        `INSERT INTO case_file (household_id, opened_on, open_reason, lead_worker_id, problems, review_due, closed_on, close_reason)
         VALUES ($1, $2, 'Zgłoszenie', $3, '{4}', $2::date + 180, $4, CASE WHEN $4::date IS NULL THEN NULL ELSE 'Cel osiągnięty' END)
         RETURNING id`,
        [household, opened, id('pracownik'), closed],
      )
    ).rows[0]!.id;
  const contract = async (caseFileId: string, personId: string, n: number, actions: [string, string][]) => {
    const k = await t.db.query<{ id: string }>(
      `INSERT INTO social_contract (case_file_id, number, part, person_id, concluded_on, valid_to, goals, person_obligations, centre_obligations)
       VALUES ($1, $2, 'B', $3, $4, $4::date + 300, 'Praca', 'Szkolenie', 'Poradnictwo') RETURNING id`,
      [caseFileId, `KS/T/${n}`, personId, actions[0]?.[1] ?? `${year}-05-01`],
    );
    for (const [type, on] of actions)
      await t.db.query(
        `INSERT INTO social_contract_action (contract_id, type, on_date, actor_id) VALUES ($1, $2, $3, $4)`,
        [k.rows[0]!.id, type, on, id('pracownik')],
      );
  };
  const a = await caseFile(A.id, `${year}-02-01`, null);
  const b = await caseFile(B.id, `${last}-10-01`, null);
  await caseFile(D.id, `${last}-01-10`, `${last}-06-30`);
  await contract(a, A.personId, 1, [
    ['sign', `${year}-02-10`],
    ['complete', `${year}-06-30`],
  ]);
  await contract(b, B.personId, 2, [
    ['sign', `${last}-11-02`],
    ['break', `${year}-03-15`],
  ]);
  await contract(b, B.personId, 3, []); // a draft: no contract yet
  const assistance = (household: string, assigned: string, ended: string | null) =>
    t.db.query(
      `INSERT INTO family_assistance (household_id, status, referred_on, referral_reason, basis, assistant_id, assigned_on, consent_on, ended_on)
       VALUES ($1, $2, $3::date - 14, 'Trudności opiekuńczo-wychowawcze', 'head', $4, $3, $3, $5)`,
      [household, ended ? 'ended' : 'active', assigned, id('asystent'), ended],
    );
  await assistance(C.id, `${year}-04-01`, null);
  await assistance(D.id, `${last}-01-05`, `${last}-12-31`);
  const res = await http(t).get(base, director);
  expect(res.statusCode).toBe(200);
  r = res.json();
});
afterAll(() => t?.close());

describe('MRPiPS-03: social work and social contracts', () => {
  it('counts families in social work with or without a benefit, and the families with an assistant', async () => {
    expect(value('socialWork', 'total', 'families')).toBe(2);
    expect(value('socialWork', 'total', 'personsInFamilies')).toBe(await membersOf(A.id, B.id));
    expect(value('socialWork', 'withoutBenefit', 'families')).toBe(1);
    expect(value('socialWork', 'withoutBenefit', 'personsInFamilies')).toBe(await membersOf(A.id));
    expect(value('socialWork', 'withAssistant', 'families')).toBe(1);
    expect(value('socialWork', 'withAssistant', 'personsInFamilies')).toBe(await membersOf(C.id));
    const section = r.sections.find((s) => s.section === 'socialWork')!;
    expect(section.title).toBe('Praca socjalna i asystentura rodziny');
    expect(section.rows.map((x) => x.label)).toEqual([
      'Rodziny objęte pracą socjalną',
      'w tym wyłącznie w formie pracy socjalnej',
      'Rodziny objęte pracą asystenta rodziny',
    ]);
  });

  it('counts contracts signed, completed and broken in the period (a draft or last year’s signing is not)', () => {
    expect(value('contracts', 'signed', 'contracts')).toBe(1);
    expect(value('contracts', 'signed', 'persons')).toBe(1);
    expect(value('contracts', 'completed', 'contracts')).toBe(1);
    expect(value('contracts', 'broken', 'contracts')).toBe(1);
    expect(value('contracts', 'broken', 'persons')).toBe(1);
  });

  it('opens the list behind each figure: the household without a benefit, the broken contract’s party', async () => {
    const list = async (figure: string) => {
      const res = await http(t).get(`${base}/figures/${figure}?limit=100`, director);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as { personId: string; members?: number }[];
    };
    const only = await list('socialWork.withoutBenefit.families');
    expect(only.map((x) => x.personId)).toEqual([A.personId]);
    expect(only[0]!.members).toBe(await membersOf(A.id));
    expect((await list('socialWork.total.personsInFamilies')).length).toBe(
      value('socialWork', 'total', 'personsInFamilies'),
    );
    expect((await list('contracts.broken.persons')).map((x) => x.personId)).toEqual([B.personId]);
    expect((await list('contracts.signed.contracts')).map((x) => x.personId)).toEqual([A.personId]);
  });

  it('agrees with the strategy report’s indicators for the year', async () => {
    const who = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
      .rows[0]!;
    const v = await computeIndicators(
      staffContext(t.db, who.id),
      [
        'socialWork.families',
        'socialWork.persons',
        'socialWork.familiesWithoutBenefit',
        'socialContracts.concluded',
        'socialContracts.completed',
        'socialContracts.broken',
        'familySupport.familiesWithAssistant',
      ],
      year,
    );
    const of = (k: string) => v.get(k)!.value;
    expect(of('socialWork.families')).toBe(value('socialWork', 'total', 'families'));
    expect(of('socialWork.persons')).toBe(value('socialWork', 'total', 'personsInFamilies'));
    expect(of('socialWork.familiesWithoutBenefit')).toBe(value('socialWork', 'withoutBenefit', 'families'));
    expect(of('socialContracts.concluded')).toBe(value('contracts', 'signed', 'contracts'));
    expect(of('socialContracts.completed')).toBe(value('contracts', 'completed', 'contracts'));
    expect(of('socialContracts.broken')).toBe(value('contracts', 'broken', 'contracts'));
    expect(of('familySupport.familiesWithAssistant')).toBe(value('socialWork', 'withAssistant', 'families'));
  });
});
