import { afterAll, beforeAll, expect } from 'vitest';
import type { Queryable } from '../../db/db.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { http } from '../../test/http.ts';

// Activity for the reporting tests on top of the demo caseload, made through the real flows
// where they exist (payment runs, bank files, returns) and by plain SQL where a module has no
// simple entry (Niebieska Karta procedures, consultations). Not used by the app itself.

type Inject = Awaited<ReturnType<TestApp['app']['inject']>>;

export { http };

/** A reporting test file's app on the demo caseload and the director's session (set before its tests). */
export interface Caseload {
  readonly t: TestApp;
  readonly director: string;
}

/**
 * The app of a reporting test file, closed after it: before its tests, `prepare` changes the demo
 * caseload, the benefits clerk pays its past months (`openOnly`: the open decisions'), and
 * `setUp` adds the file's own activity.
 */
export function caseloadApp(
  o: { openOnly: boolean; prepare?: (t: TestApp) => Promise<void> },
  setUp: (c: Caseload, clerk: string) => Promise<void>,
): Caseload {
  const c = {} as { t: TestApp; director: string };
  beforeAll(async () => {
    c.t = await createTestApp();
    c.director = await c.t.login('dyrektor');
    const clerk = await c.t.login('swiadczenia');
    await o.prepare?.(c.t);
    await payPastMonths(c.t, clerk, o.openOnly);
    await setUp(c, clerk);
  });
  afterAll(() => c.t?.close());
  return c;
}

/** Every item of a list, following `nextCursor` page by page (`url` already has its query). */
export async function allPages<T = Record<string, unknown>>(t: TestApp, url: string, cookie: string) {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const res = await http(t).get(`${url}${after ? `&after=${encodeURIComponent(after)}` : ''}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    const page: { items: T[]; nextCursor: string | null } = res.json();
    items.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return items;
}

const ok = (r: Inject) => {
  expect(r.statusCode, r.body.slice(0, 300)).toBeLessThan(300);
  return r.json();
};

/**
 * Pays a month through the payments API: opens the run, accepts its flags, approves it, sends
 * each transfer list to the bank and records it paid (on `paidOn`, else the list's day). Cash
 * items stay unpaid (not collected).
 */
export async function payMonth(t: TestApp, clerk: string, month: string, paidOn?: string) {
  const h = http(t);
  const r = ok(await h.post('/api/v1/payment-runs', clerk, { month }));
  const flags = ok(await h.get(`/api/v1/payment-runs/${r.id}/flags?unresolved=true`, clerk));
  for (const f of flags.items ?? [])
    ok(await h.post(`/api/v1/payment-flags/${f.id}/resolution`, clerk, { resolution: 'accept' }));
  const approved = ok(await h.post(`/api/v1/payment-runs/${r.id}/approval`, clerk));
  for (const list of approved.lists.filter((l: { method: string }) => l.method === 'transfer')) {
    const file = await h.post(`/api/v1/payment-lists/${list.id}/exports`, clerk, { format: 'pain001' });
    expect(file.statusCode).toBe(200);
    ok(await h.post(`/api/v1/payment-lists/${list.id}/paid`, clerk, { paidOn: paidOn ?? list.payOn }));
  }
  return approved;
}

/** Pays (`payMonth`) every month before this one with payments scheduled (`openOnly`: still open ones). */
export async function payPastMonths(t: TestApp, clerk: string, openOnly: boolean) {
  const months = await t.db.query<{ month: string }>(
    `SELECT DISTINCT to_char(month, 'YYYY-MM') AS month FROM payment_schedule_item
      WHERE (NOT $1 OR status = 'open') AND month < date_trunc('month', now()) ORDER BY 1`,
    [openOnly],
  );
  for (const m of months.rows) await payMonth(t, clerk, m.month);
}

/** Niebieska Karta procedures opened on the given days, each with `meetings` held meetings. */
export async function blueCardProcedures(t: TestApp, openedOn: string[], meetings: number) {
  const team = (await t.db.query<{ id: string }>('SELECT id FROM interdisciplinary_team LIMIT 1')).rows[0]!
    .id;
  const opener = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'niebieska'`))
    .rows[0]!.id;
  const ids: string[] = [];
  for (const [i, day] of openedOn.entries()) {
    const r = await t.db.query<{ id: string }>(
      `INSERT INTO blue_card_procedure (number, year, team_id, opened_on, opened_by_id, initiator_kind, initiator_name,
         initiator_institution, violence_forms, description, victim_present, status, next_due, next_due_kind)
       VALUES ($1, $2, $3, $4, $5, 'police', 'st. asp. Kowalski', 'KPP Pruszków', '{psychological}', 'Opis.', true,
               'groupForming', $4::date + 2, 'groupForming') RETURNING id`,
      [`NK/T/${day}/${i}`, Number(day.slice(0, 4)), team, day, opener],
    );
    ids.push(r.rows[0]!.id);
    for (let m = 0; m < meetings; m++)
      await t.db.query(
        `INSERT INTO blue_card_meeting (procedure_id, kind, scheduled_on, scheduled_time, place, invited_member_ids,
           invited_person_ids, held_on) VALUES ($1, 'group', $2, '10:00', 'MOPS', '{}', '{}', $2)`,
        [r.rows[0]!.id, day],
      );
  }
  return ids;
}

/** Consultations held: [day, mode, kind] each. */
export async function consultations(t: TestApp, rows: [string, 'inPerson' | 'phone', string][]) {
  const s = (
    await t.db.query<{ id: string }>('SELECT id FROM counselling_specialist ORDER BY sort_key LIMIT 1')
  ).rows[0]!.id;
  const by = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'psycholog'`))
    .rows[0]!.id;
  for (const [day, mode, kind] of rows)
    await t.db.query(
      `INSERT INTO counselling_consultation (specialist_id, held_on, mode, kind, duration_minutes, recorded_by)
       VALUES ($1, $2, $3, $4, 50, $5)`,
      [s, day, mode, kind, by],
    );
}

/**
 * Counselling bookings of past days with what became of them: [day, status] each. By SQL, as a
 * resident can book only a future slot. Takes a bare connection, so the browser tests use it too.
 */
export async function bookings(q: Queryable, rows: [string, 'attended' | 'noShow' | 'cancelled'][]) {
  const s = (await q.query<{ id: string }>('SELECT id FROM counselling_specialist ORDER BY sort_key LIMIT 1'))
    .rows[0]!.id;
  for (const [i, [day, status]] of rows.entries())
    await q.query(
      `INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, code_hash, status)
       VALUES ($1, $2, $3, '16:50', 'inPerson', md5(random()::text), $4)`,
      [s, day, `${String(8 + (i % 8)).padStart(2, '0')}:00`, status],
    );
}

/** Granted decisions with their application, for counts made in the tests (in JS, not SQL). */
export async function decisionRows(t: TestApp) {
  const r = await t.db.query<{
    outcome: string;
    benefit: string;
    decidedOn: string;
    periodFrom: string | null;
    periodTo: string | null;
    householdId: string;
    personId: string;
    reasons: string[];
  }>(
    `SELECT d.outcome, d.benefit, d.decided_on::text AS "decidedOn", d.period_from::text AS "periodFrom",
            d.period_to::text AS "periodTo", a.household_id AS "householdId", a.applicant_id AS "personId",
            a.help_reasons AS reasons
       FROM decision d JOIN application a ON a.id = d.application_id`,
  );
  return r.rows;
}

/** Every ledger posting with its transaction's date and person. */
export async function ledgerRows(t: TestApp) {
  const r = await t.db.query<{
    account: string;
    amount: number;
    onDate: string;
    personId: string;
    benefit: string | null;
  }>(
    `SELECT e.account, e.amount, tx.on_date::text AS "onDate", tx.person_id AS "personId", i.benefit
       FROM ledger_entry e JOIN ledger_txn tx ON tx.id = e.txn_id LEFT JOIN payment_item i ON i.id = tx.payment_item_id`,
  );
  return r.rows;
}

export const overlaps = (from: string | null, to: string | null, a: string, b: string) =>
  from !== null && to !== null && from <= b && to >= a;
