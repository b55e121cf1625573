import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '@ostoja/domain/identity/roles';
import type { Queryable } from '../db/db.ts';
import { type StaffContext, staffContext } from '../http/context.ts';

export { staffContext };

export interface ExampleRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Use a session of its own (e.g. logout ends the session it runs in). */
  freshSession?: boolean;
}

export interface Fixtures {
  ids: Record<string, string>;
  q: Queryable;
  /** Unique per call, for logins, PESEL serials and the like. */
  seq(): number;
  /** A context of a staff member holding every role, to bring records into a state through the services. */
  staff(): StaffContext;
  /**
   * The role whose demo account will send the request (undefined without a session). Routes whose
   * rows are scoped to their participants (Niebieska Karta) use it to build a record that the
   * caller may see, so that "the matrix allows it" still means a 2xx.
   */
  role?: Role;
}

/** A valid request for a route, keyed "METHOD /url/as/declared"; one that succeeds when permitted. */
export type Examples = Record<string, (fx: Fixtures) => ExampleRequest | Promise<ExampleRequest>>;

/** Every module's `routes.examples.ts`, merged. */
export async function loadExamples(): Promise<Examples> {
  const modules = join(dirname(fileURLToPath(import.meta.url)), '../modules');
  const all: Examples = {};
  for (const dir of readdirSync(modules, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const file = join(modules, dir.name, 'routes.examples.ts');
    try {
      const mod = (await import(file)) as { examples: Examples };
      Object.assign(all, mod.examples);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    }
  }
  return all;
}

/** Ids of demo records the examples point at. */
export async function loadFixtureIds(q: Queryable): Promise<Record<string, string>> {
  const one = async (sql: string) => ((await q.query<{ id: string }>(sql)).rows[0]?.id ?? '') as string;
  return {
    person: await one('SELECT id FROM person ORDER BY sort_key LIMIT 1'),
    household: await one('SELECT id FROM household ORDER BY id LIMIT 1'),
    fieldTeam: await one(`SELECT id FROM org_unit WHERE kind = 'fieldTeam' ORDER BY sort_key LIMIT 1`),
    office: await one(`SELECT id FROM org_unit WHERE kind = 'office' ORDER BY sort_key LIMIT 1`),
    centre: await one(`SELECT id FROM org_unit WHERE kind = 'centre' LIMIT 1`),
    user: await one(`SELECT id FROM staff_user WHERE login = 'kadra'`),
    worker: await one(`SELECT id FROM staff_user WHERE login = 'pracownik'`),
  };
}

/** The fixtures every example is built with: the demo ids, a counter, a context of `kadra`. */
export async function loadFixtures(q: Queryable): Promise<Fixtures> {
  const ids = await loadFixtureIds(q);
  let n = 0;
  return { ids, q, seq: () => ++n, staff: () => staffContext(q, ids.user!) };
}
