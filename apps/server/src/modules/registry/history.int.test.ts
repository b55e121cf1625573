import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, http, nkA } from '../blue-card/test-helpers.ts';

// A person's history on the person page: everything the centre did for them, newest first, and
// Niebieska Karta procedures only for those inside the compartment; a sealed person is, for an
// outsider, indistinguishable from a missing one.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
let f: Awaited<ReturnType<typeof family>>;
let proc: { id: string; number: string; perpId: string };

type Event = { kind: string; id: string; on: string; refId: string; number: string; amount: number | null };
const history = async (personId: string, login: string, query = '') =>
  call('GET', `/api/v1/persons/${personId}/history${query}`, who[login]!);

beforeAll(async () => {
  t = await createTestApp();
  call = http(t);
  for (const l of ['pracownik', 'pracownik2', 'dyrektor']) who[l] = await t.login(l);
  f = await family(t);
  const p = (await call('POST', '/api/v1/blue-cards', who.pracownik!, nkA(f.victim, f.child))).json();
  const full = (await call('GET', `/api/v1/blue-cards/${p.id}`, who.pracownik!)).json();
  const perpId = full.participants.find((x: { roles: string[] }) => x.roles.includes('perpetrator')).personId;
  proc = { id: p.id, number: p.number, perpId };
});
afterAll(() => t?.close());

describe('GET /persons/:id/history', () => {
  it('shows a beneficiary’s application, home visit, decision and every payment, newest first', async () => {
    // A beneficiary of the demo's history with payments in several months.
    const b = (
      await t.db.query<{ personId: string; n: number; total: number }>(
        `SELECT person_id AS "personId", count(*)::int AS n, sum(amount)::int AS total FROM payment_item
          WHERE status IN ('paid', 'returned') GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1`,
      )
    ).rows[0]!;
    expect(b.n).toBeGreaterThan(3);
    const res = await history(b.personId, 'dyrektor', '?limit=500');
    expect(res.statusCode).toBe(200);
    const { items, nextCursor } = res.json() as { items: Event[]; nextCursor: string | null };
    expect(nextCursor).toBeNull();
    const kinds = new Set(items.map((e) => e.kind));
    for (const k of ['application', 'visit', 'decision', 'payment']) expect(kinds).toContain(k);
    const payments = items.filter((e) => e.kind === 'payment');
    expect(payments.length).toBe(b.n);
    expect(payments.reduce((s, e) => s + e.amount!, 0)).toBe(b.total);
    const dates = items.map((e) => e.on);
    expect(dates).toEqual([...dates].sort().reverse());
    // Pages follow each other without gaps or repeats.
    const first = (await history(b.personId, 'dyrektor', '?limit=3')).json();
    const second = (
      await history(b.personId, 'dyrektor', `?limit=3&after=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect([...first.items, ...second.items].map((e: Event) => e.id)).toEqual(
      items.slice(0, 6).map((e) => e.id),
    );
    // The read is logged as a read of the person.
    const log = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'read' AND entity = 'person' AND entity_id = $1 AND details->>'view' = 'history'`,
      [b.personId],
    );
    expect(log.rowCount).toBeGreaterThan(0);
  });

  it('shows the procedure to a member of the compartment, and nothing of it to an outsider', async () => {
    const inside = (await history(f.victim, 'pracownik')).json() as { items: Event[] };
    const procedure = inside.items.find((e) => e.kind === 'procedure');
    expect(procedure).toMatchObject({ id: proc.id, number: proc.number });
    const outside = await history(f.victim, 'pracownik2');
    expect(outside.statusCode).toBe(200);
    expect(outside.json().items.filter((e: Event) => e.kind === 'procedure')).toEqual([]);
    expect(outside.body).not.toContain(proc.number);
    expect(outside.body).not.toContain(proc.id);
    // The rest of the victim's history is the same for both.
    expect(outside.json().items).toEqual(inside.items.filter((e) => e.kind !== 'procedure'));
  });

  it('a sealed person is, to an outsider, exactly a missing one; a member sees their history', async () => {
    const sealed = await history(proc.perpId, 'pracownik2');
    const missing = await history(randomUUID(), 'pracownik2');
    expect(sealed.statusCode).toBe(404);
    expect(sealed.body).toBe(missing.body);
    const member = await history(proc.perpId, 'pracownik');
    expect(member.statusCode).toBe(200);
    expect(member.json().items.map((e: Event) => e.kind)).toEqual(['procedure']);
  });

  it('refuses a malformed cursor, naming `after`', async () => {
    const res = await history(f.victim, 'pracownik', '?after=nonsense');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('after');
  });
});
