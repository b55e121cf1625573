import type { Queryable } from '../../db/db.ts';
import { oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of decision 0015: releasing a sealed person into the registry, and merging two records.

/** Of these persons, the ones sealed in the Niebieska Karta compartment, with their PESEL. */
export async function sealedOf(q: Queryable, ids: readonly string[]) {
  return rowsOf<{ id: string; pesel: string | null }>(
    q,
    `SELECT p.id, p.pesel FROM person p
      WHERE p.id = ANY($1::uuid[])
        AND (p.sealed OR EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p.id AND s.sealed))`,
    [ids],
  );
}

/** Whether an open (unsealed) record other than this one holds the PESEL. */
export async function openRecordWithPesel(q: Queryable, pesel: string, selfId: string) {
  return oneRow(q, 'SELECT 1 FROM person WHERE pesel = $1 AND NOT sealed AND id <> $2', [pesel, selfId]);
}

/** Unseals the registry entry only: the procedures and the person's roles in them keep their scope. */
export async function release(q: Queryable, personId: string, actorId: string) {
  await q.query('UPDATE person SET sealed = false WHERE id = $1', [personId]);
  const r = await q.query<{ procedureId: string }>(
    `UPDATE blue_card_person SET sealed = false WHERE person_id = $1 AND sealed RETURNING procedure_id AS "procedureId"`,
    [personId],
  );
  await q.query(
    `INSERT INTO person_release (person_id, released_by) VALUES ($1, $2) ON CONFLICT (person_id) DO NOTHING`,
    [personId, actorId],
  );
  return [...new Set(r.rows.map((x) => x.procedureId))];
}

export interface MergeSide {
  id: string;
  pesel: string | null;
  sealed: boolean;
  firstName: string;
  surname: string;
}

/** Both records, locked for the merge (in id order, so two merges of one pair cannot deadlock). */
export async function lockPair(q: Queryable, a: string, b: string) {
  const r = await q.query<MergeSide>(
    `SELECT p.id, p.pesel, p.first_name AS "firstName", p.surname,
            (p.sealed OR EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p.id AND s.sealed)) AS sealed
       FROM person p WHERE p.id IN ($1, $2) ORDER BY p.id FOR UPDATE OF p`,
    [a, b],
  );
  return new Map(r.rows.map((x) => [x.id, x]));
}

export interface PersonColumn {
  table: string;
  column: string;
  /** uuid: the column holds the person id; array: an uuid[] of ids; json(b): ids inside a document. */
  kind: 'uuid' | 'array' | 'json' | 'jsonb';
}

/**
 * Every column that can name a person, read from the catalog so that a table added later is
 * moved too: foreign keys to person(id); uuid columns called *person_id that follow a person
 * without a key of their own (a composite key such as the ledger's, report facts); uuid[] columns
 * of person ids; and the JSON documents of tables that may be changed (those guarded by a
 * BEFORE UPDATE trigger are logs of what happened, kept as written, like the audit log).
 */
export async function personColumns(q: Queryable): Promise<PersonColumn[]> {
  return rowsOf<PersonColumn>(
    q,
    `WITH cols AS (
       SELECT c.oid AS rel, c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
          AND c.relname NOT IN ('person', 'person_release', 'audit_log')
     ), fk AS (
       SELECT k.conrelid AS rel, a.attname AS col FROM pg_constraint k
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
        WHERE k.contype = 'f' AND k.confrelid = 'person'::regclass
     ), guarded AS (
       SELECT tgrelid AS rel FROM pg_trigger
        WHERE NOT tgisinternal AND (tgtype & 2) = 2 AND (tgtype & 16) = 16
     )
     SELECT tbl AS "table", col AS "column", 'uuid' AS kind FROM cols
      WHERE (rel, col) IN (SELECT rel, col FROM fk) OR (type = 'uuid' AND col LIKE '%person\\_id')
     UNION ALL
     SELECT tbl, col, 'array' FROM cols WHERE type = 'uuid[]' AND col LIKE '%person\\_ids'
     UNION ALL
     SELECT tbl, col, type FROM cols WHERE type IN ('json', 'jsonb') AND rel NOT IN (SELECT rel FROM guarded)
     ORDER BY 1, 2`,
  );
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Moves every reference from $1 (the duplicate) to $2 (the kept record) in one statement: a
 * composite key (the ledger's entries and transactions) is checked at its end, so both sides
 * move together. A unique index still met is the caller's 409.
 */
export async function moveReferences(
  q: Queryable,
  cols: readonly PersonColumn[],
  from: string,
  into: string,
) {
  const steps = cols.map((c, i) => {
    const t = ident(c.table);
    const k = ident(c.column);
    const set =
      c.kind === 'uuid'
        ? `UPDATE ${t} SET ${k} = $2::uuid WHERE ${k} = $1::uuid`
        : c.kind === 'array'
          ? `UPDATE ${t} SET ${k} = array_replace(${k}, $1::uuid, $2::uuid) WHERE $1::uuid = ANY (${k})`
          : `UPDATE ${t} SET ${k} = replace(${k}::text, $1::text, $2::text)::${c.kind}
              WHERE strpos(${k}::text, $1::text) > 0`;
    return `m${i} AS (${set} RETURNING 1)`;
  });
  if (steps.length === 0) return 0;
  const r = await q.query<{ n: number }>(
    `WITH ${steps.join(',\n')}
     SELECT (${cols.map((_c, i) => `(SELECT count(*) FROM m${i})`).join(' + ')})::int AS n`,
    [from, into],
  );
  return r.rows[0]!.n;
}

/**
 * The rows the move would make twice where one is allowed: the same role in one procedure (the
 * duplicate's row goes), and an open membership of the same household (the duplicate's is ended
 * the day before the kept one's began, or today). Open places in two households, two open
 * enrolments in one centre or two open foster placements are left to the caller's 409.
 */
export async function settleDuplicates(q: Queryable, from: string, into: string, today: string) {
  await q.query(
    `DELETE FROM blue_card_person d USING blue_card_person k
      WHERE d.person_id = $1 AND k.person_id = $2 AND k.procedure_id = d.procedure_id AND k.role = d.role`,
    [from, into],
  );
  await q.query(
    `UPDATE household_membership d SET valid_to = GREATEST(d.valid_from, $3::date)
       FROM household_membership k
      WHERE d.person_id = $1 AND d.valid_to IS NULL AND k.person_id = $2 AND k.valid_to IS NULL
        AND k.household_id = d.household_id`,
    [from, into, today],
  );
}

export async function recordMerge(q: Queryable, from: MergeSide, into: string, actorId: string) {
  await q.query(
    `INSERT INTO person_merge (merged_id, into_id, was_sealed, merged_by) VALUES ($1, $2, $3, $4)`,
    [from.id, into, from.sealed, actorId],
  );
  // Earlier merges into the duplicate now lead to the kept record (the move did it for into_id).
}

export async function deletePerson(q: Queryable, id: string) {
  await q.query('DELETE FROM person_release WHERE person_id = $1', [id]);
  await q.query('DELETE FROM person WHERE id = $1', [id]);
}

/** The kept record takes the duplicate's PESEL when it had none, and is sealed only if both were. */
export async function settleKept(q: Queryable, into: string, pesel: string | null, sealed: boolean) {
  await q.query(
    `UPDATE person SET pesel = COALESCE(pesel, $2), sealed = $3, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [into, pesel, sealed],
  );
}

/** Where an old id leads: the kept record of a merge (chains were collapsed as they were made). */
export async function mergedInto(q: Queryable, id: string) {
  return rowOf<{ intoId: string; wasSealed: boolean }>(
    q,
    `SELECT into_id AS "intoId", was_sealed AS "wasSealed" FROM person_merge WHERE merged_id = $1`,
    [id],
  );
}

/** The kept record's roles in procedures are no longer sealed: the person is in the open registry. */
export async function unsealRoles(q: Queryable, personId: string) {
  await q.query('UPDATE blue_card_person SET sealed = false WHERE person_id = $1 AND sealed', [personId]);
}

export async function proceduresOf(q: Queryable, personId: string) {
  const r = await q.query<{ id: string }>(
    'SELECT DISTINCT procedure_id AS id FROM blue_card_person WHERE person_id = $1',
    [personId],
  );
  return r.rows.map((x) => x.id);
}

/** Whether the reader sees one of the person's procedures (actor: a checked SQL literal). */
export async function seesProcedures(q: Queryable, personId: string, actor: string) {
  const r = await q.query<{ ok: boolean }>(`SELECT blue_card_person_visible($1, ${actor}) AS ok`, [personId]);
  return r.rows[0]!.ok;
}
