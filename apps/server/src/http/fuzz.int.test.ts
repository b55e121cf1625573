import type { Permission } from '@ostoja/domain/identity/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/db.ts';
import { callerRole, routeCaller } from '../test/route-caller.ts';
import type { ExampleRequest } from '../test/route-examples.ts';

// Generated from the OpenAPI document: every operation, every path and query parameter and every
// body field (nested ones too) replaced, one at a time, in the operation's valid example request by
// a wrong type, an out-of-range value, a NUL byte, an over-long string or a malformed cursor; sent
// as a role that may call the operation. Whatever the answer, it is never a 5xx.

interface Operation {
  key: string;
  permission: Permission;
  parameters: { name: string; in: 'path' | 'query' }[];
  /** Top-level fields of the JSON body, from its schema (null: no body). */
  bodyFields: string[] | null;
}

/** Per operation, so that the run stays within a minute or two. */
const MAX_CASES = 36;
const UUID = '7d3c1f2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** What a query string or a path can carry. */
const BAD_TEXT = [
  'a\u0000b',
  UUID,
  'x'.repeat(5_000),
  '2147483648',
  '\u0000',
  '',
  '-1',
  '0',
  '99999999999999999999',
  '1e309',
  '1.5',
  'NaN',
  'abc',
  '2026-02-30',
  '0000-01-01',
  '99999-12-31',
  '00000000-0000-0000-0000-000000000000',
  "' OR 1=1 --",
  '%',
  '\uFFFF',
  'ż'.repeat(300),
];
/** Malformed cursors, for `after`. */
const BAD_CURSORS = [
  'abc',
  `2026-13-45|${UUID}`,
  `9999-99-99|${UUID}`,
  b64(['2026-02-30', UUID]),
  b64([1, 2]),
  b64(1e30),
  b64('\u0000'),
  '-5',
];
/** How many values at the head of each list every target gets before the rest are spread. */
const FIRST = 4;
/** What a JSON body field can carry besides. */
const BAD_JSON: unknown[] = [
  ...BAD_TEXT.slice(0, FIRST - 1),
  2_147_483_648,
  ...BAD_TEXT.slice(FIRST - 1),
  -1,
  0,
  1.5,
  -2_147_483_649,
  2 ** 53 + 2,
  1e308,
  true,
  null,
  [],
  {},
  ['a\u0000'],
  [{}],
  { a: 'a\u0000' },
];

let t: TestApp;
let caller: Awaited<ReturnType<typeof routeCaller>>;
let operations: Operation[];

beforeAll(async () => {
  // No lockout: the login route is fuzzed too, with the demo accounts the test logs in as.
  t = await createTestApp({
    env: { OSTOJA_LOGIN_LOCK_AFTER: '1000000', OSTOJA_LOGIN_LOCK_ADDRESS_AFTER: '1000000' },
  });
  caller = await routeCaller(t);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters: Operation['parameters'];
          'x-permission': Permission;
          requestBody?: {
            content: { 'application/json': { schema: { properties?: Record<string, unknown> } } };
          };
        }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      permission: op['x-permission'],
      parameters: op.parameters,
      bodyFields: op.requestBody
        ? Object.keys(op.requestBody.content['application/json'].schema.properties ?? {})
        : null,
    })),
  );
}, 120_000);
afterAll(() => t?.close());

/** Paths of every field of a JSON value, nested objects and the first element of arrays (depth ≤ 4). */
function fieldPaths(v: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4 || v === null || typeof v !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(v)
    ? v.length
      ? [[0, v[0]]]
      : []
    : Object.entries(v as Record<string, unknown>);
  return entries.flatMap(([k, child]) => [[...prefix, k], ...fieldPaths(child, [...prefix, k], depth + 1)]);
}

function withField(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/** One mutation, applied to the example request current when it is sent. */
interface Case {
  what: string;
  req: (ex: ExampleRequest) => ExampleRequest;
}

/** The cases of one operation: each target in turn, with values spread over the lists above. */
function casesOf(op: Operation, ex: ExampleRequest): Case[] {
  const targets: {
    what: string;
    values: unknown[];
    apply: (v: unknown) => (ex: ExampleRequest) => ExampleRequest;
  }[] = [];
  for (const p of op.parameters) {
    const values = p.name === 'after' ? [...BAD_CURSORS, ...BAD_TEXT.slice(0, 4)] : BAD_TEXT;
    if (p.in === 'path')
      targets.push({
        what: `path ${p.name}`,
        values,
        apply: (v) => (ex) => ({ ...ex, params: { ...ex.params, [p.name]: String(v) } }),
      });
    else
      targets.push({
        what: `query ${p.name}`,
        values,
        apply: (v) => (ex) => ({ ...ex, query: { ...ex.query, [p.name]: String(v) } }),
      });
  }
  if (op.bodyFields) {
    // The fields of the example, nested ones too, and those of the schema the example leaves out.
    const paths = fieldPaths(ex.body);
    for (const name of op.bodyFields)
      if (!paths.some((p) => p.length === 1 && p[0] === name)) paths.push([name]);
    for (const path of paths)
      targets.push({
        what: `body ${path.join('.')}`,
        values: BAD_JSON,
        apply: (v) => (ex) => ({ ...ex, body: withField(ex.body ?? {}, path, v) }),
      });
  }
  const cases: Case[] = [
    // A NUL byte in a query parameter the route does not even declare, and in the path itself.
    { what: 'query with NUL', req: (ex) => ({ ...ex, query: { ...ex.query, zzz: 'a\u0000' } }) },
  ];
  if (op.bodyFields)
    for (const body of [null, [], 'text', 42, {}])
      cases.push({ what: `body ${JSON.stringify(body)}`, req: (ex) => ({ ...ex, body }) });
  for (let i = 0; cases.length < MAX_CASES && targets.length && i < MAX_CASES * 4; i++) {
    const t = i % targets.length;
    const target = targets[t]!;
    const round = Math.floor(i / targets.length);
    if (round >= target.values.length) continue;
    // Every target first gets the values most likely to break something (a NUL byte, an id of
    // nothing, an over-long text, a number past a 32-bit column); then each walks the rest of its
    // list from a different place, so that the values spread out over the targets.
    const value =
      round < FIRST
        ? target.values[round]
        : target.values[FIRST + ((round + t * 5) % (target.values.length - FIRST))];
    cases.push({ what: `${target.what}=${JSON.stringify(value)?.slice(0, 30)}`, req: target.apply(value) });
  }
  return cases;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it('never answers 5xx', async () => {
    expect(operations.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    for (const op of operations) {
      const role = callerRole(op.permission);
      let ex = await caller.example(op.key, role);
      for (const c of casesOf(op, ex)) {
        sent++;
        const res = await caller.send(op.key, role, c.req(ex));
        // A change that went through may have used the example up (a login taken, a step done).
        if (res.statusCode < 300 && !op.key.startsWith('GET')) ex = await caller.example(op.key, role);
        if (res.statusCode >= 500)
          failures.push(`${op.key} ${c.what} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
      // A NUL byte in the path itself (%00), outside any parameter.
      const [method, url] = op.key.split(' ') as [string, string];
      const nul = await t.app.inject({
        method: method as 'GET',
        url: `${url.replace(/:\w+/g, '%00')}%00?x=%00`,
      });
      if (nul.statusCode >= 500) failures.push(`${op.key} NUL in path → ${nul.statusCode}`);
    }
    console.log(`fuzz: ${operations.length} operations, ${sent} requests, ${failures.length} 5xx`);
    for (const f of failures) console.log(f);
    expect(failures).toEqual([]);
  }, 600_000);
});
