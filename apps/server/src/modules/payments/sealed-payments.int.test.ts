import { randomUUID } from 'node:crypto';
import { makeIban } from '@ostoja/domain/payments/iban';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { http, pdfText } from '../blue-card/test-helpers.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision } from './test-fixtures.ts';

// Decision 0008 on the payment paths: a person sealed in the Niebieska Karta compartment is
// missing from every payments screen of a user outside it (list items, items, flags, schedules,
// cash desk, the day's cash report), yet still paid: the bank file names them and the bank's
// confirmation pays their item.

let t: TestApp;
let clerk: string;
const iban = (n: number) => makeIban('PL', `10901014${String(n).padStart(16, '0')}`);
/** The sealed beneficiary paid by transfer, the sealed one paid in cash, and an open one. */
const who = { transfer: '', cash: '', open: '' };
const surname: Record<string, string> = {};
const decision: Record<string, string> = {};
const item: Record<string, { id: string; ref: number }> = {};
let runId = '';
let lists: { id: string; method: string }[] = [];

const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: clerk }, ...(payload ? { payload } : {}) });
const answer = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const r = await call(method, url, payload);
  return [r.statusCode, r.statusCode >= 400 ? r.json().error.code : null];
};

/** What a compartment member's NK-A does to a person first registered through it (decision 0005). */
async function seal(personId: string) {
  await t.db.query('UPDATE person SET sealed = true WHERE id = $1', [personId]);
  await t.db.query('UPDATE blue_card_person SET sealed = true WHERE person_id = $1', [personId]);
}

beforeAll(async () => {
  const app = await clerkApp();
  ({ t, clerk } = app);
  const { ctx, homes } = app;
  const opener = await t.login('pracownik2');
  const plan = [
    ['transfer', homes[0]!, 'transfer', iban(11)],
    ['cash', homes[1]!, 'cashDesk', undefined],
    ['open', homes[2]!, 'transfer', iban(12)],
  ] as const;
  for (const [key, household, paymentMethod, account] of plan) {
    who[key] = household.members[0]!;
    decision[key] = await grantDecision(ctx, {
      household,
      amount: 40000,
      submittedOn: '2026-01-05',
      periodFrom: '2026-01-01',
      periodTo: '2026-01-31',
      decidedOn: '2026-01-05',
      paymentMethod,
      ...(account ? { iban: account } : {}),
    });
    // A surname no demo person bears, so "not in the answer" cannot pass or fail by a namesake.
    if (key !== 'open')
      await t.db.query('UPDATE person SET surname = $2 WHERE id = $1', [who[key], `Pieczęć-${key}`]);
    surname[key] = (
      await t.db.query<{ surname: string }>('SELECT surname FROM person WHERE id = $1', [who[key]])
    ).rows[0]!.surname;
  }
  const run = (await call('POST', '/api/v1/payment-runs', { month: '2026-01' })).json();
  runId = run.id;
  for (const f of (await call('GET', `/api/v1/payment-runs/${runId}/flags?unresolved=true`)).json().items)
    await call('POST', `/api/v1/payment-flags/${f.id}/resolution`, { resolution: 'accept' });
  expect((await call('POST', `/api/v1/payment-runs/${runId}/approval`)).statusCode).toBe(200);
  lists = run.lists;
  for (const key of Object.keys(who) as (keyof typeof who)[])
    item[key] = (
      await t.db.query<{ id: string; ref: number }>(
        'SELECT id, ref::int FROM payment_item WHERE person_id = $1 AND run_id = $2',
        [who[key], runId],
      )
    ).rows[0]!;
  // The cash beneficiary collects before the compartment takes them in; the day is closed after.
  expect(
    (
      await call('POST', `/api/v1/payment-items/${item.cash!.id}/cash-payout`, {
        paidOn: '2026-01-12',
        documentType: 'idCard',
        documentNumber: 'ABC123456',
      })
    ).statusCode,
  ).toBe(200);
  // Both are taken into a procedure by its opener and sealed there.
  for (const [n, key] of (['transfer', 'cash'] as const).entries()) {
    const opened = await http(t)('POST', '/api/v1/blue-cards', opener, {
      openedOn: '2026-11-06',
      initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
      participants: [
        { personId: who[key], role: 'victim' },
        {
          person: {
            pesel: makePesel('1979-04-12', 'M', 741 + n),
            firstName: 'Zbigniew',
            surname: 'Gwałtowny',
          },
          role: 'perpetrator',
        },
      ],
      violenceForms: ['psychological'],
      description: 'Groźby wobec partnera.',
      victimPresent: true,
    });
    expect(opened.statusCode).toBe(201);
    await seal(who[key]);
  }
});
afterAll(() => t?.close());

describe('a sealed beneficiary, seen by the payments clerk outside the compartment', () => {
  it('is missing from the list of a run, from its flags, and answers as a missing item or schedule', async () => {
    const transfers = lists.find((l) => l.method === 'transfer')!;
    const list = await call('GET', `/api/v1/payment-lists/${transfers.id}`);
    expect(list.json().items.map((i: { personId: string }) => i.personId)).toEqual([who.open]);
    const flags = await call('GET', `/api/v1/payment-runs/${runId}/flags`);
    for (const res of [list, flags])
      for (const key of ['transfer', 'cash'] as const) {
        expect(res.body).not.toContain(who[key]);
        expect(res.body).not.toContain(surname[key]);
      }
    const missing = randomUUID();
    for (const [method, path, body] of [
      ['GET', '/api/v1/payment-items/:id', undefined],
      ['GET', '/api/v1/payment-items/:id/receipt', undefined],
      [
        'POST',
        '/api/v1/payment-items/:id/bank-return',
        { returnedOn: '2026-01-20', reason: 'Konto zamknięte' },
      ],
      [
        'POST',
        '/api/v1/payment-items/:id/cash-payout',
        { paidOn: '2026-01-12', documentType: 'idCard', documentNumber: 'ABC123456' },
      ],
    ] as const)
      for (const key of ['transfer', 'cash'] as const)
        expect([path, key, await answer(method, path.replace(':id', item[key]!.id), body)]).toEqual([
          path,
          key,
          await answer(method, path.replace(':id', missing), body),
        ]);
    expect(await answer('GET', `/api/v1/payment-schedules/${decision.transfer}`)).toEqual(
      await answer('GET', `/api/v1/payment-schedules/${missing}`),
    );
    // The open beneficiary is untouched.
    expect((await call('GET', `/api/v1/payment-items/${item.open!.id}`)).statusCode).toBe(200);
  });

  it('is still paid: the bank file names them, and the bank’s confirmation pays their item', async () => {
    const transfers = lists.find((l) => l.method === 'transfer')!;
    const file = await call('POST', `/api/v1/payment-lists/${transfers.id}/exports`, { format: 'pain001' });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain(`OST${item.transfer!.ref}`);
    expect(file.body).toContain(`OST${item.open!.ref}`);
    expect(
      (await call('POST', `/api/v1/payment-lists/${transfers.id}/paid`, { paidOn: '2026-01-15' })).statusCode,
    ).toBe(200);
    const paid = await t.db.query('SELECT status FROM payment_item WHERE id = $1', [item.transfer!.id]);
    expect(paid.rows[0]).toEqual({ status: 'paid' });
  });

  it('keeps the cash report whole in money, without the sealed name', async () => {
    const closed = await call('POST', '/api/v1/cash-desk/days', { date: '2026-01-12' });
    expect(closed.statusCode).toBe(201);
    expect(closed.json()).toMatchObject({ count: 1, total: 40000 });
    expect(closed.body).not.toContain(surname.cash);
    const pdf = await call('GET', '/api/v1/cash-desk/days/2026-01-12/report');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('KW/2026/000001');
    expect(text).not.toContain(surname.cash);
  });
});
