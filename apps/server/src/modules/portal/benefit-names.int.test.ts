import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openPostgres } from '../../db/db.ts';
import { MIGRATIONS_DIR, migrate } from '../../db/migrate.ts';
import { createTestDatabase } from '../../test/db.ts';

// A centre that ran Ostoja before the benefits had one name keeps its forms of help: their
// self-check links are renamed to the benefits' ids, and the old spelling cannot come back.
const database = await createTestDatabase();
const db = openPostgres(database.url);
const before = mkdtempSync(join(tmpdir(), 'ostoja-migrations-'));
afterAll(async () => {
  await db.close();
  await database.drop();
  rmSync(before, { recursive: true, force: true });
});

it('renames stored self-check links to zasilekStaly / zasilekOkresowy', async () => {
  for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f < '0130'))
    copyFileSync(join(MIGRATIONS_DIR, f), join(before, f));
  await migrate(db, before);
  await db.query(
    `INSERT INTO portal_help_form (slug, category, texts, self_check) VALUES
       ('zasilek-staly', 'cash', '{"pl":{}}', 'zasilek-staly'),
       ('zasilek-okresowy', 'cash', '{"pl":{}}', 'zasilek-okresowy'),
       ('posilek', 'inKind', '{"pl":{}}', NULL)`,
  );
  await migrate(db);
  const rows = await db.query<{ slug: string; selfCheck: string | null }>(
    'SELECT slug, self_check AS "selfCheck" FROM portal_help_form ORDER BY slug',
  );
  expect(rows.rows).toEqual([
    { slug: 'posilek', selfCheck: null },
    { slug: 'zasilek-okresowy', selfCheck: 'zasilekOkresowy' },
    { slug: 'zasilek-staly', selfCheck: 'zasilekStaly' },
  ]);
  await expect(
    db.query(`UPDATE portal_help_form SET self_check = 'zasilek-staly' WHERE slug = 'posilek'`),
  ).rejects.toThrow(/portal_help_form_self_check_check/);
});
