import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { openPglite } from './db.ts';
import { migrate } from './migrate.ts';

// `npm start` without DATABASE_URL: the embedded database in a directory survives a restart,
// and the second start neither migrates nor seeds anything twice.
const dir = mkdtempSync(join(tmpdir(), 'ostoja-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start() {
  const db = await openPglite(dir);
  const applied = await migrate(db);
  const seeded = await seedDemo(db);
  const { app } = await buildApp(db, loadConfig({ OSTOJA_DATA_DIR: dir }));
  return { db, app, applied, seeded };
}

describe('embedded database', () => {
  it('keeps every record across a restart and seeds the demo centre once', async () => {
    const first = await start();
    expect(first.applied.length).toBeGreaterThanOrEqual(3);
    expect(first.seeded).toBe(true);
    const login = await first.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'pracownik', password: DEMO_PASSWORD },
    });
    const cookie = `ostoja_session=${login.cookies[0]!.value}`;
    const created = await first.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { cookie },
      payload: { person: { pesel: '02270802463', firstName: 'Łucja', surname: 'Trwała' } },
    });
    expect(created.statusCode).toBe(201);
    await first.app.close();
    await first.db.close();

    const second = await start();
    expect(second.applied).toEqual([]);
    expect(second.seeded).toBe(false);
    const counts = await second.db.query<{ persons: number; staff: number; households: number }>(
      `SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM staff_user)::int AS staff,
              (SELECT count(*) FROM household)::int AS households`,
    );
    // The demo's persons (200, the one the alcohol commission registered itself, the Karta Dużej
    // Rodziny's family of five in a household of its own) and the one made above.
    expect(counts.rows[0]).toEqual({ persons: 207, staff: DEMO_ACCOUNTS.length, households: 81 });
    // The session survived too: it lives in the database, not in the process.
    const found = await second.app.inject({
      method: 'GET',
      url: '/api/v1/persons?q=trwala',
      headers: { cookie },
    });
    expect(found.json().items.map((p: { surname: string }) => p.surname)).toEqual(['Trwała']);
    // Polish order without ICU collation: the stored sort key does it.
    const surnames = [
      'Żak',
      'Zając',
      'Łuczak',
      'Lis',
      'Źrebiec',
      'Ćwik',
      'Czajka',
      'Śliwa',
      'Sowa',
      'Malinowska',
    ];
    for (const [i, surname] of surnames.entries()) {
      const res = await second.app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: { cookie },
        payload: {
          person: { pesel: makePesel('1970-01-01', 'F', 700 + i * 5), firstName: 'Testomira', surname },
        },
      });
      expect(res.statusCode).toBe(201);
    }
    const list = await second.app.inject({
      method: 'GET',
      url: '/api/v1/persons?q=testomira',
      headers: { cookie },
    });
    expect(list.json().items.map((p: { surname: string }) => p.surname)).toEqual([
      'Czajka',
      'Ćwik',
      'Lis',
      'Łuczak',
      'Malinowska',
      'Sowa',
      'Śliwa',
      'Zając',
      'Źrebiec',
      'Żak',
    ]);
    await second.app.close();
    await second.db.close();
  }, 60_000);
});
