import { randomUUID } from 'node:crypto';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, http } from '../blue-card/test-helpers.ts';

// Decision 0015: POST /persons/:id/merge — two records of one human become one. Every reference
// moves (amounts to the grosz), the duplicate's old id leads to the kept record, and the sealed
// rules hold: a sealed record is a missing one to whoever does not see it.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
const merge = (id: string, intoId: string, login = 'swiadczenia') =>
  call('POST', `/api/v1/persons/${id}/merge`, who[login]!, { intoId });
const answer = async (
  r: Promise<{ statusCode: number; json(): { error?: { code: string; fields?: { path: string }[] } } }>,
) => {
  const res = await r;
  const e = res.statusCode >= 400 ? res.json().error : undefined;
  return [res.statusCode, e?.code ?? null, (e?.fields ?? []).map((f) => f.path)];
};

beforeAll(async () => {
  t = await createTestApp();
  call = http(t);
  for (const l of ['swiadczenia', 'pracownik', 'pracownik2', 'niebieska', 'dyrektor', 'admin', 'audytor'])
    who[l] = await t.login(l);
});
afterAll(() => t?.close());

/** A demo beneficiary paid in several months, with the household they live in. */
async function beneficiary() {
  const r = await t.db.query<{
    id: string;
    householdId: string;
    firstName: string;
    surname: string;
    birthDate: string;
    sex: string;
  }>(
    `SELECT p.id, p.household_id AS "householdId", p.first_name AS "firstName", p.surname,
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.sex
       FROM person p JOIN payment_item i ON i.person_id = p.id
      WHERE i.status = 'paid' AND p.household_id IS NOT NULL AND p.pesel IS NOT NULL
      GROUP BY p.id HAVING count(*) > 3 ORDER BY count(*) DESC, p.id LIMIT 1`,
  );
  return r.rows[0]!;
}

describe('merging two ordinary records of one person', () => {
  it('moves every reference onto the kept record, amounts intact, and the old id leads there', async () => {
    const b = await beneficiary();
    const ledger = async (id: string) =>
      (await call('GET', `/api/v1/persons/${id}/ledger`, who.swiadczenia!)).json();
    const before = await ledger(b.id);
    const historyOf = async (id: string) =>
      (await call('GET', `/api/v1/persons/${id}/history?limit=500`, who.swiadczenia!)).json().items as {
        kind: string;
        id: string;
        amount: number | null;
      }[];
    const dupHistory = await historyOf(b.id);
    // The same person typed in again from her ID card, living in the same household, with an
    // application of her own on that record.
    const typed = await call('POST', '/api/v1/persons', who.swiadczenia!, {
      person: {
        firstName: b.firstName,
        surname: b.surname,
        birthDate: b.birthDate,
        sex: b.sex,
        documentType: 'idCard',
        documentNumber: 'AXC123456',
      },
      confirmDuplicate: true,
    });
    expect(typed.statusCode).toBe(201);
    const kept = typed.json().id as string;
    const joined = await call('POST', `/api/v1/households/${b.householdId}/members`, who.swiadczenia!, {
      member: { relation: 'otherRelative', personId: kept },
      since: '2026-11-02',
    });
    expect(joined.statusCode).toBe(200);
    const filed = await call('POST', '/api/v1/applications', who.swiadczenia!, {
      householdId: b.householdId,
      applicantId: kept,
      channel: 'inPerson',
      submittedOn: '2026-11-20',
      benefits: ['zasilekCelowy'],
      helpReasons: ['4'],
      urgent: false,
    });
    expect(filed.statusCode).toBe(201);

    const res = await merge(b.id, kept);
    expect(res.statusCode).toBe(200);
    const person = res.json();
    // The kept record takes the PESEL it lacked; one open membership of the household remains.
    const pesel = (
      await t.db.query<{ pesel: string }>('SELECT pesel FROM person WHERE pesel IS NOT NULL AND id = $1', [
        kept,
      ])
    ).rows[0]?.pesel;
    expect([person.id, person.pesel, person.householdId]).toEqual([kept, pesel, b.householdId]);
    expect(person.history.filter((h: { until: string | null }) => h.until === null)).toHaveLength(1);
    // The ledger, to the grosz, and both histories on one person.
    const after = await ledger(kept);
    expect([after.balances, after.summary, after.payments.length, after.balanced]).toEqual([
      before.balances,
      before.summary,
      before.payments.length,
      true,
    ]);
    const keptHistory = await historyOf(kept);
    expect(keptHistory.map((e) => e.id).sort()).toEqual(
      [...dupHistory.map((e) => e.id), filed.json().id].sort(),
    );
    // The duplicate is gone; its old link opens the kept record.
    expect((await t.db.query('SELECT 1 FROM person WHERE id = $1', [b.id])).rowCount).toBe(0);
    const old = await call('GET', `/api/v1/persons/${b.id}`, who.pracownik!);
    expect([old.statusCode, old.json().id]).toEqual([200, kept]);
    // The audit names both persons.
    const log = (await call('GET', `/api/v1/audit?action=merge&entityId=${kept}`, who.audytor!)).json().items;
    expect(log.map((e: { persons: string[] }) => [...e.persons].sort())).toEqual([[b.id, kept].sort()]);
  });

  it('refuses records with different PESELs (409), an unknown or the same kept record (400 on intoId), a missing one (404)', async () => {
    const two = await t.db.query<{ id: string }>(
      'SELECT id FROM person WHERE pesel IS NOT NULL AND NOT sealed ORDER BY id LIMIT 2',
    );
    const [a, b] = two.rows.map((r) => r.id) as [string, string];
    expect(await answer(merge(a, b))).toEqual([409, 'peselDiffers', ['intoId']]);
    expect(await answer(merge(a, a))).toEqual([400, 'validation', ['intoId']]);
    expect(await answer(merge(a, randomUUID()))).toEqual([400, 'validation', ['intoId']]);
    expect(await answer(merge(randomUUID(), a))).toEqual([404, 'notFound', []]);
    // Nothing was written.
    expect((await t.db.query('SELECT 1 FROM person WHERE id = ANY($1)', [[a, b]])).rowCount).toBe(2);
  });

  it('is for those who keep the registry and the team, not for field workers, the director or the auditor', async () => {
    const [a] = (
      await t.db.query<{ id: string }>('SELECT id FROM person WHERE NOT sealed ORDER BY id LIMIT 1')
    ).rows;
    for (const login of ['pracownik', 'dyrektor', 'audytor'])
      expect([login, (await merge(a!.id, randomUUID(), login)).statusCode]).toEqual([login, 403]);
    for (const login of ['swiadczenia', 'admin', 'niebieska'])
      expect([login, (await merge(a!.id, a!.id, login)).statusCode]).toEqual([login, 400]);
  });
});

describe('merging a sealed Niebieska Karta record with the registry’s duplicate', () => {
  it('is the compartment’s step: outsiders meet a missing person; after it the procedure stays sealed', async () => {
    const f = await family(t);
    const pesel = makePesel('1977-02-03', 'M', 815);
    const nk = await call('POST', '/api/v1/blue-cards', who.pracownik2!, {
      openedOn: '2026-11-06',
      initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
      participants: [
        { personId: f.victim, role: 'victim' },
        { person: { pesel, firstName: 'Roman', surname: 'Ukryty' }, role: 'perpetrator' },
      ],
      violenceForms: ['psychological'],
      description: 'Groźby wobec partnerki.',
      victimPresent: true,
    });
    expect(nk.statusCode).toBe(201);
    const sealed = nk
      .json()
      .participants.find((p: { roles: string[] }) => p.roles.includes('perpetrator')).personId;
    // Someone outside registers him again: a duplicate in the open registry (decision 0008).
    const open = (
      await call('POST', '/api/v1/persons', who.swiadczenia!, {
        person: { pesel, firstName: 'Roman', surname: 'Ukryty' },
      })
    ).json().id as string;
    // Outside the compartment the sealed record is missing, whichever side it is on.
    expect(await answer(merge(sealed, open))).toEqual(await answer(merge(randomUUID(), open)));
    expect(await answer(merge(open, sealed))).toEqual(await answer(merge(open, randomUUID())));
    // The team (its chair sees every procedure) merges the sealed record into the registry's.
    const res = await merge(sealed, open, 'niebieska');
    expect([res.statusCode, res.json().id]).toEqual([200, open]);
    // The procedure now names the registry record, for the compartment only.
    const procedure = (await call('GET', `/api/v1/blue-cards/${nk.json().id}`, who.pracownik2!)).json();
    expect(procedure.participants.map((p: { personId: string }) => p.personId)).toContain(open);
    const kinds = async (login: string) =>
      (
        (await call('GET', `/api/v1/persons/${open}/history`, who[login]!)).json().items as { kind: string }[]
      ).map((e) => e.kind);
    expect(await kinds('pracownik2')).toContain('procedure');
    expect(await kinds('swiadczenia')).not.toContain('procedure');
    // The registry record stays open to everyone; the old sealed id stays missing outside.
    expect((await call('GET', `/api/v1/persons/${open}`, who.pracownik!)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/persons/${sealed}`, who.pracownik!)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/persons/${sealed}`, who.pracownik2!)).json().id).toBe(open);
    // No audit entry tells an outsider that the sealed record existed or was merged.
    for (const login of ['audytor', 'admin']) {
      const items = JSON.stringify((await call('GET', '/api/v1/audit?limit=500', who[login]!)).json().items);
      expect([login, items.includes(sealed)]).toEqual([login, false]);
    }
  });
});
