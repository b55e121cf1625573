// Deterministic registry generator: `size` households of 1–5 persons on the demo centre's streets,
// valid PESEL numbers, Polish names with diacritics. Inserts in batches of `unnest` arrays.
import { streetKey } from '@ostoja/domain/org/address';
import { makePesel, type Sex } from '@ostoja/domain/shared/pesel';
import type { Queryable } from '../apps/server/src/db/db.ts';
import { toRow } from '../apps/server/src/modules/registry/service.ts';
import { FEMALE_FIRST, MALE_FIRST, rng, SURNAMES } from '../apps/server/src/seed/names.ts';

const STREETS = [
  'Helenowska',
  'Kraszewskiego',
  'Żbikowska',
  'Jasna',
  'Lipowa',
  'Ceramiczna',
  'Mazowiecka',
  'Warszawska',
];

export async function generateRegistry(
  q: Queryable,
  households: number,
  seed = 7,
  onProgress?: (done: number) => void,
) {
  const r = rng(seed);
  const teams = await q.query<{ id: string; key: string }>(
    'SELECT field_team_id AS id, street_key AS key FROM field_team_street',
  );
  const teamOf = new Map(teams.rows.map((t) => [t.key, t.id]));
  const BATCH = 2000;
  let serial = 0;
  for (let start = 0; start < households; start += BATCH) {
    const n = Math.min(BATCH, households - start);
    const hh = {
      id: [] as string[],
      street: [] as string[],
      building: [] as string[],
      team: [] as (string | null)[],
    };
    const ps: Record<string, unknown[]> = {};
    const col = (k: string, v: unknown) => {
      ps[k] ??= [];
      ps[k].push(v);
    };
    const mem = { hid: [] as string[], pid: [] as string[], rel: [] as string[] };
    for (let i = 0; i < n; i++) {
      const hid = crypto.randomUUID();
      const street = r.pick(STREETS);
      hh.id.push(hid);
      hh.street.push(street);
      hh.building.push(String(r.int(1, 199)));
      hh.team.push(teamOf.get(streetKey(street)) ?? null);
      const family = r.pick(SURNAMES);
      const size = r.int(1, 5);
      for (let m = 0; m < size; m++) {
        const sex: Sex = r.next() < 0.52 ? 'F' : 'M';
        const year = m === 0 ? r.int(1935, 2004) : r.int(1940, 2025);
        const birthDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
        const row = toRow({
          pesel: makeUniquePesel(birthDate, sex, serial++),
          firstName: r.pick(sex === 'F' ? FEMALE_FIRST : MALE_FIRST),
          secondName: null,
          surname: sex === 'F' ? family[1] : family[0],
          birthDate,
          sex,
          citizenship: 'PL',
          documentType: null,
          documentNumber: null,
          phone: null,
          email: null,
          street: null,
          building: null,
          apartment: null,
          postalCode: null,
          city: null,
        });
        const pid = crypto.randomUUID();
        for (const [k, v] of Object.entries({ pid, hid, ...row })) col(k, v);
        mem.hid.push(hid);
        mem.pid.push(pid);
        mem.rel.push(m === 0 ? 'applicant' : 'child');
      }
    }
    await q.query(
      `INSERT INTO household (id, street, building, city, field_team_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
      [hh.id, hh.street, hh.building, hh.id.map(() => 'Pruszków'), hh.team],
    );
    await q.query(
      `INSERT INTO person (id, household_id, pesel, first_name, surname, birth_date, sex, sort_key, surname_folded, search_text)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT (pesel) DO NOTHING`,
      [
        ps.pid,
        ps.hid,
        ps.pesel,
        ps.firstName,
        ps.surname,
        ps.birthDate,
        ps.sex,
        ps.sortKey,
        ps.surnameFolded,
        ps.searchText,
      ],
    );
    await q.query(
      `INSERT INTO household_membership (household_id, person_id, relation, valid_from)
       SELECT m.h, m.p, m.r, DATE '2024-01-01' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS m(h, p, r)
       WHERE EXISTS (SELECT 1 FROM person WHERE id = m.p)`,
      [mem.hid, mem.pid, mem.rel],
    );
    onProgress?.(start + n);
  }
}

/** PESEL serials are 4 digits (3 + sex digit): a birth date holds up to 5,000 per sex; spread over them. */
function makeUniquePesel(birthDate: string, sex: Sex, serial: number): string {
  return makePesel(birthDate, sex, serial % 4999);
}
