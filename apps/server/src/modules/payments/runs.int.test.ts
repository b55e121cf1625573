import { makeIban } from '@ostoja/domain/payments/iban';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffContext } from '../../http/context.ts';
import type { TestApp } from '../../test/db.ts';
import { advanceBuildingRuns } from './runs.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision, type Household } from './test-fixtures.ts';

// Flags before approval (death register import, one account for unrelated households, an
// amount changed from the previous month) and the build job's progress.

let t: TestApp;
let clerk: string;
let ctx: StaffContext;
let homes: Household[];

const post = (url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: clerk }, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: clerk } });
const peselOf = async (personId: string) =>
  (await t.db.query<{ pesel: string }>('SELECT pesel FROM person WHERE id = $1', [personId])).rows[0]!.pesel;
const shared = makeIban('PL', '124000010000000000123456');

beforeAll(async () => {
  ({ t, clerk, ctx, homes } = await clerkApp());
});
afterAll(() => {
  delete process.env.OSTOJA_PAYMENT_BATCH;
  return t?.close();
});

/** The dates of a decision for one month: the period, applied for and decided on the days given. */
const oneMonth = (periodFrom: string, periodTo: string, submittedOn: string, decidedOn: string) => ({
  submittedOn,
  periodFrom,
  periodTo,
  decidedOn,
});
const october = oneMonth('2026-10-01', '2026-10-31', '2026-10-01', '2026-10-02');
/** A benefit for the household paid at the cash desk, for the month of `dates`. */
const cashDecision = (household: Household, amount: number, dates: ReturnType<typeof oneMonth>) =>
  grantDecision(ctx, { ...dates, household, amount, paymentMethod: 'cashDesk' });

describe('flags before approval', () => {
  let runId: string;

  it('imports deaths from the PESEL register, reporting bad lines by number', async () => {
    const dead = await peselOf(homes[2]!.members[0]!);
    // Line 5 is that PESEL with a wrong check digit (never the right one by chance).
    const res = await post('/api/v1/death-register/imports', {
      lines: `# PESEL;data zgonu\n${dead};2026-10-05\n12345678901;2026-10-01\n\n${dead.slice(0, 10)}${(Number(dead[10]) + 1) % 10};2026-10-01\n${await peselOf(homes[9]!.members[0]!)};2099-01-01\n`,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ received: 4, imported: 1, matchedPersons: 1, flagged: 0 });
    expect(res.json().errors.map((e: { line: number }) => e.line)).toEqual([3, 5, 6]);
    expect(res.json().errors[2].message).toContain('data zgonu');
  });

  it('flags a deceased recipient, a shared account and a changed amount, and blocks approval until resolved', async () => {
    // September 400 zł, October 450 zł for the same person: the change is flagged.
    await cashDecision(homes[3]!, 40000, oneMonth('2026-09-01', '2026-09-30', '2026-09-01', '2026-09-02'));
    const sept = (await post('/api/v1/payment-runs', { month: '2026-09' })).json();
    expect(sept.itemCount).toBe(1);
    expect((await post(`/api/v1/payment-runs/${sept.id}/approval`)).statusCode).toBe(200);
    await cashDecision(homes[3]!, 45000, october);
    // Two households paid by transfer to one shared account.
    for (const [household, amount] of [
      [homes[0]!, 40000],
      [homes[1]!, 41000],
    ] as const)
      await grantDecision(ctx, { ...october, household, amount, paymentMethod: 'transfer', iban: shared });
    await cashDecision(homes[2]!, 42000, october);
    const run = (await post('/api/v1/payment-runs', { month: '2026-10' })).json();
    runId = run.id;
    expect(run.itemCount).toBe(4);
    expect(run.flags).toEqual([
      { kind: 'amountChanged', total: 1, unresolved: 1 },
      { kind: 'deceased', total: 1, unresolved: 1 },
      { kind: 'duplicateIban', total: 2, unresolved: 2 },
    ]);
    const flags = (await get(`/api/v1/payment-runs/${runId}/flags`)).json().items;
    expect(flags.find((f: { kind: string }) => f.kind === 'amountChanged').details).toEqual({
      previous: 40000,
      current: 45000,
      difference: 5000,
    });
    expect(flags.find((f: { kind: string }) => f.kind === 'deceased').details).toEqual({
      diedOn: '2026-10-05',
    });

    // A death reported while the run is in review is flagged at once.
    const late = await post('/api/v1/death-register/imports', {
      lines: `${await peselOf(homes[0]!.members[0]!)};2026-10-20`,
    });
    expect(late.json().flagged).toBe(1);

    const blocked = await post(`/api/v1/payment-runs/${runId}/approval`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'unresolvedFlags' });
    expect(blocked.json().error.message).toContain('(5)');
  });

  it('resolves flags by excluding (back to the schedule) or accepting, then approves', async () => {
    const flags = (await get(`/api/v1/payment-runs/${runId}/flags?unresolved=true`)).json().items as {
      id: string;
      kind: string;
      recipientName: string;
      itemId: string;
    }[];
    const deceased = flags.filter((f) => f.kind === 'deceased');
    expect(deceased).toHaveLength(2);
    for (const f of deceased) {
      const r = await post(`/api/v1/payment-flags/${f.id}/resolution`, {
        resolution: 'exclude',
        note: 'Zgon.',
      });
      expect(r.statusCode).toBe(200);
    }
    // Excluding homes[0]'s item settled its shared-account flag too; the other is accepted.
    const left = (await get(`/api/v1/payment-runs/${runId}/flags?unresolved=true`)).json()
      .items as typeof flags;
    expect(left.map((f) => f.kind).sort()).toEqual(['amountChanged', 'duplicateIban']);
    for (const f of left) await post(`/api/v1/payment-flags/${f.id}/resolution`, { resolution: 'accept' });
    const twice = await post(`/api/v1/payment-flags/${left[0]!.id}/resolution`, { resolution: 'accept' });
    expect(twice.json().error.code).toBe('flagResolved');
    const run = (await get(`/api/v1/payment-runs/${runId}`)).json();
    expect(run).toMatchObject({ itemCount: 2, netAmount: 45000 + 41000 });
    const excluded = await t.db.query<{ status: string }>(
      `SELECT s.status FROM payment_item i JOIN payment_schedule_item s ON s.id = i.schedule_item_id
        WHERE i.run_id = $1 AND i.status = 'excluded'`,
      [runId],
    );
    expect(excluded.rows.map((r) => r.status)).toEqual(['open', 'open']);
    expect((await post(`/api/v1/payment-runs/${runId}/approval`)).statusCode).toBe(200);
  });
});

describe('the build job', () => {
  it('builds a large run in batches with progress the UI can poll', async () => {
    process.env.OSTOJA_PAYMENT_BATCH = '2';
    for (const h of homes.slice(10, 15))
      await cashDecision(h, 50000, oneMonth('2026-04-01', '2026-04-30', '2026-04-01', '2026-04-02'));
    const run = (await post('/api/v1/payment-runs', { month: '2026-04' })).json();
    expect(run).toMatchObject({
      status: 'building',
      progress: { done: 0, total: 5, percent: 0, finished: false },
      lists: [],
    });
    expect((await post(`/api/v1/payment-runs/${run.id}/approval`)).json().error.code).toBe('runNotInReview');
    const steps = [];
    for (let i = 0; i < 4; i++) steps.push((await post(`/api/v1/payment-runs/${run.id}/advance`)).json());
    expect(steps.map((s) => [s.step, s.progress.done, s.progress.percent, s.status])).toEqual([
      ['more', 2, 40, 'building'],
      ['more', 4, 80, 'building'],
      ['more', 5, 100, 'building'],
      ['done', 5, 100, 'draft'],
    ]);
    const built = (await get(`/api/v1/payment-runs/${run.id}`)).json();
    expect(built).toMatchObject({
      status: 'draft',
      itemCount: 5,
      netAmount: 250000,
      progress: { finished: true },
    });
    expect(built.lists).toMatchObject([
      { method: 'cashDesk', payOn: '2026-04-10', payUntil: '2026-04-24', itemCount: 5 },
    ]);
  });

  it('is also built by a worker, which resumes from the cursor', async () => {
    for (const h of homes.slice(15, 18))
      await cashDecision(h, 50000, oneMonth('2026-05-01', '2026-05-31', '2026-05-04', '2026-05-05'));
    const run = (await post('/api/v1/payment-runs', { month: '2026-05' })).json();
    expect(run.status).toBe('building');
    await post(`/api/v1/payment-runs/${run.id}/advance`);
    expect(await advanceBuildingRuns(t.db)).toBe(2);
    expect((await get(`/api/v1/payment-runs/${run.id}`)).json()).toMatchObject({
      status: 'draft',
      itemCount: 3,
    });
    expect(await advanceBuildingRuns(t.db)).toBe(0);
  });
});

describe('ids of payment rows', () => {
  it('begin with the time they were made, so a run writes next to itself in the indexes', async () => {
    const before = Date.now();
    const a = (await t.db.query<{ id: string }>('SELECT uuid_time_ordered()::text AS id')).rows[0]!.id;
    await new Promise((r) => setTimeout(r, 5));
    const b = (await t.db.query<{ id: string }>('SELECT uuid_time_ordered()::text AS id')).rows[0]!.id;
    expect(a < b).toBe(true);
    expect(a[14]).toBe('7'); // UUID version 7
    const ms = Number.parseInt(a.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(ms - before)).toBeLessThan(60_000);
    const defaults = await t.db.query<{ table: string; def: string }>(
      `SELECT table_name AS table, column_default AS def FROM information_schema.columns
        WHERE table_name IN ('payment_item', 'payment_schedule_item') AND column_name = 'id' ORDER BY 1`,
    );
    expect(defaults.rows.map((r) => r.def)).toEqual(['uuid_time_ordered()', 'uuid_time_ordered()']);
  });
});
