// Deterministic data generator: persons and households at `city` or `national` size, loaded with
// COPY (indexes dropped during the load and rebuilt after), with a progress line per table.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { streetKey } from '@ostoja/domain/org/address';
import { makePesel, type Sex } from '@ostoja/domain/shared/pesel';
import { foldDiacritics, polishSortKey } from '@ostoja/domain/shared/polish-text';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { rng } from '../apps/server/src/seed/names.ts';
import { ALL_SURNAMES, FEMALE_FIRST, MALE_FIRST, zipfPicker } from './names.ts';

export const SIZES = {
  small: { persons: 20_000, households: 8_000 },
  city: { persons: 100_000, households: 40_000 },
  national: { persons: 2_000_000, households: 800_000 },
} as const;
export type Size = keyof typeof SIZES;

const STREETS = [
  'Helenowska',
  'Kraszewskiego',
  'Kościuszki',
  'Żbikowska',
  'Jasna',
  'Ołówkowa',
  'Warszawska',
  'Lipowa',
  'Ceramiczna',
  'Mazowiecka',
];
const REGISTRY_INDEXES = [
  'person_sort_idx',
  'person_surname_birth_idx',
  'person_search_tail_trgm_idx',
  'person_first_name_idx',
  'person_birth_idx',
  'person_household_idx',
  'household_membership_household_idx',
  'household_membership_person_idx',
  'household_membership_one_open_idx',
  'household_membership_one_applicant_idx',
  'household_field_team_idx',
];

function progress(label: string, done: number, total: number) {
  const pct = Math.floor((done / total) * 100);
  const bar = '#'.repeat(Math.floor(pct / 4)).padEnd(25, '.');
  process.stdout.write(
    `\r  ${label.padEnd(12)} [${bar}] ${pct}% ${done.toLocaleString('pl-PL')}/${total.toLocaleString('pl-PL')}`,
  );
  if (done === total) process.stdout.write('\n');
}

async function copy(client: pg.PoolClient, sql: string, rows: AsyncIterable<string> | Iterable<string>) {
  await pipeline(Readable.from(rows), client.query(copyFrom(sql)));
}

/** Generates households and their members; the same seed gives the same data on every machine. */
export async function generateRegistry(pool: pg.Pool, size: Size, seed = 2026) {
  const { persons: personTarget, households } = SIZES[size];
  const r = rng(seed);
  const surname = zipfPicker(ALL_SURNAMES.length, r.next);
  const female = zipfPicker(FEMALE_FIRST.length, r.next);
  const male = zipfPicker(MALE_FIRST.length, r.next);
  const client = await pool.connect();
  try {
    const teams = await client.query<{ id: string; key: string }>(
      'SELECT field_team_id AS id, street_key AS key FROM field_team_street',
    );
    const teamOf = new Map(teams.rows.map((t) => [t.key, t.id]));
    const indexDefs = await client.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1)`,
      [REGISTRY_INDEXES],
    );
    for (const name of REGISTRY_INDEXES) await client.query(`DROP INDEX IF EXISTS ${name}`);
    // The name dictionary is filled once after the load instead of row by row.
    await client.query('ALTER TABLE person DISABLE TRIGGER person_name_remember');

    const hh: { id: string; size: number }[] = [];
    let assigned = 0;
    for (let i = 0; i < households; i++) {
      const left = households - i;
      const remaining = personTarget - assigned;
      const s =
        i === households - 1
          ? remaining
          : Math.max(1, Math.min(8, Math.round(remaining / left + (r.next() - 0.5) * 3)));
      hh.push({ id: randomUUID(), size: s });
      assigned += s;
    }
    await copy(
      client,
      'COPY household (id, street, building, apartment, postal_code, city, field_team_id) FROM STDIN',
      (function* () {
        for (const [i, h] of hh.entries()) {
          const street = STREETS[i % STREETS.length]!;
          let n = 1 + (i % 199);
          if (street === 'Warszawska' && n % 2 === 0) n = Math.min(200, n);
          yield `${h.id}\t${street}\t${n}\t${1 + (i % 60)}\t05-800\tPruszków\t${teamOf.get(streetKey(street)) ?? '\\N'}\n`;
          if (i % 20000 === 0 || i === hh.length - 1) progress('households', i + 1, hh.length);
        }
      })(),
    );

    const serials = new Map<string, number>();
    const membership: string[] = [];
    let done = 0;
    await copy(
      client,
      'COPY person (id, household_id, pesel, first_name, surname, birth_date, sex, sort_key, surname_folded, search_text, surname_key) FROM STDIN',
      (function* () {
        for (const h of hh) {
          const family = ALL_SURNAMES[surname()]!;
          for (let m = 0; m < h.size; m++) {
            const sex: Sex = r.next() < 0.52 ? 'F' : 'M';
            const year = m === 0 ? r.int(1935, 2005) : r.int(1935, 2025);
            const birth = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
            const key = birth + sex;
            const serial = serials.get(key) ?? 0;
            serials.set(key, serial + 1);
            const first = sex === 'F' ? FEMALE_FIRST[female()]! : MALE_FIRST[male()]!;
            const last = sex === 'F' ? family[1] : family[0];
            // Serials from 1000 up: the demo centre's 200 persons use 0–199.
            const pesel = makePesel(birth, sex, 1000 + (serial % 4000));
            const id = randomUUID();
            const sortKey = polishSortKey(`${last} ${first}`);
            yield `${id}\t${h.id}\t${pesel}\t${first}\t${last}\t${birth}\t${sex}\t${sortKey}\t${foldDiacritics(last)}\t${foldDiacritics(`${last} ${first} ${pesel}`)}\t${polishSortKey(last)}\n`;
            membership.push(`${h.id}\t${id}\t${m === 0 ? 'applicant' : 'child'}\t2024-01-01\n`);
            done++;
            if (done % 50000 === 0 || done === personTarget) progress('persons', done, personTarget);
          }
        }
      })(),
    );
    await copy(
      client,
      'COPY household_membership (household_id, person_id, relation, valid_from) FROM STDIN',
      (function* () {
        for (const [i, line] of membership.entries()) {
          yield line;
          if (i % 100000 === 0 || i === membership.length - 1)
            progress('memberships', i + 1, membership.length);
        }
      })(),
    );
    process.stdout.write('  rebuilding indexes…');
    const t0 = Date.now();
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const { indexdef } of indexDefs.rows) await client.query(indexdef);
    await client.query(`INSERT INTO person_name (kind, folded, sort_prefix)
      SELECT DISTINCT 's', surname_folded, surname_key FROM person UNION SELECT DISTINCT 'g', first_name_folded, '' FROM person
      ON CONFLICT DO NOTHING`);
    await client.query('ALTER TABLE person ENABLE TRIGGER person_name_remember');
    await client.query(
      'ANALYZE household; ANALYZE person; ANALYZE household_membership; ANALYZE person_name',
    );
    process.stdout.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  } finally {
    client.release();
  }
}
