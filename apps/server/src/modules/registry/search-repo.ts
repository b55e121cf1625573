import { foldDiacritics, polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { Queryable } from '../../db/db.ts';

// Person search that stays fast at national size (2 million persons), in Polish order with
// keyset pagination. Results are ordered by sort_key, which begins with the surname, so each
// surname is one contiguous range of person_sort_idx. No path ever reads all matching persons:
// - digits: a PESEL range on its unique index;
// - a word as the start of a surname: each spelling with or without diacritics ("zol" → zol,
//   żol, żół, …) is one range of the sort index, read in order and merged;
// - a word inside a surname: the distinct surnames containing it come from a small dictionary
//   (person_name, pg_trgm), in order; their ranges are read until the page is full;
// - a word in a first name: the matching first names from the dictionary, each read in order
//   from (first_name_folded, sort_key);
// - a word with digits (a document number): the trigram index on search_tail (rare matches).
// Every word must match (names, PESEL or document: search_text); one word leads, the rest filter.

const VARIANTS: Record<string, string[]> = {
  a: ['a', 'ą'],
  c: ['c', 'ć'],
  e: ['e', 'ę'],
  l: ['l', 'ł'],
  n: ['n', 'ń'],
  o: ['o', 'ó'],
  s: ['s', 'ś'],
  z: ['z', 'ź', 'ż'],
};
/** Spellings (ranges) to read at most; letters past that are checked on surname_folded. */
const MAX_RANGES = 32;
/** Surnames containing a fragment that one search reads at most (in order, stopping when full). */
const MAX_SURNAMES = 1000;

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const after = (key: string) => key.slice(0, -1) + String.fromCodePoint(key.codePointAt(key.length - 1)! + 1);

/**
 * Sort-key ranges [lo, hi) covering every diacritic spelling of the word — one range per
 * spelling of as many leading letters as keep them within MAX_RANGES; the letters after those
 * narrow each range from their plainest (a, c, e…) to their last spelling (ą, ć, ę…), and are
 * checked exactly on surname_folded (`exact` is false then).
 */
export function prefixRanges(word: string): [string, string][] & { exact?: boolean } {
  const letters = [...word];
  let spellings = [''];
  let used = 0;
  for (const ch of letters) {
    const next = spellings.flatMap((s) => (VARIANTS[ch] ?? [ch]).map((v) => s + v));
    if (next.length > MAX_RANGES) break;
    spellings = next;
    used++;
  }
  const tail = letters.slice(used);
  const lowest = tail.join('');
  const highest = tail.map((ch) => (VARIANTS[ch] ?? [ch]).at(-1)).join('');
  const ranges: [string, string][] & { exact?: boolean } = spellings.map((s) => [
    polishSortKey(s + lowest),
    after(polishSortKey(s + highest)),
  ]);
  ranges.exact = tail.length === 0;
  return ranges;
}

export interface Found {
  id: string;
  sortKey: string;
}

/** Builds one statement's parameter list; each value becomes $n. */
class Params {
  readonly values: unknown[];
  constructor(first: readonly unknown[] = []) {
    this.values = [...first];
  }
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

interface Search {
  p: Params;
  scope: string;
  cursor: [string, string] | null;
  n: string;
  /** Further words, each of which must also match (names, PESEL or document). */
  filters: string;
}

/** The cursor, the caller's row scope and the further words, on person `p`. */
function common(s: Search) {
  // The keyset only when there is one: no optional parameter, so the statement can be prepared
  // and a generic plan still seeks on the sort index.
  const keyset = s.cursor
    ? `(p.sort_key, p.id) > (${s.p.add(s.cursor[0])}::text COLLATE "C", ${s.p.add(s.cursor[1])}::uuid) AND `
    : '';
  return `${keyset}(${s.scope})${s.filters}`;
}

/**
 * At most n persons per row of `outer`, each read in order from an index range (`where` may
 * refer to the outer row), then ordered by `order` and cut to n. Parameterised per outer row,
 * the plan has the same size however many ranges there are (a UNION of 40 ranges took 3 ms to
 * plan), and the planner always walks the index in order rather than fetching a whole range.
 */
function lateral(s: Search, outer: string, where: string, order = 'x.sort_key, x.id') {
  return `(SELECT x.id, x.sort_key FROM ${outer} CROSS JOIN LATERAL (
      SELECT p.id, p.sort_key FROM person p WHERE ${where} AND ${common(s)} ORDER BY p.sort_key, p.id LIMIT ${s.n}
    ) x ORDER BY ${order} LIMIT ${s.n})`;
}

/** Surnames starting with the word, in every diacritic spelling: one sort-key range each. */
function surnamePrefix(s: Search, word: string) {
  const ranges = prefixRanges(word);
  const lo = s.p.add(ranges.map((r) => r[0]));
  const hi = s.p.add(ranges.map((r) => r[1]));
  // left(), not LIKE: no index can serve it, so the range is still walked in order.
  const tail = ranges.exact ? '' : ` AND left(p.surname_folded, ${[...word].length}) = ${s.p.add(word)}`;
  return lateral(
    s,
    `unnest(${lo}::text[], ${hi}::text[]) r(lo, hi)`,
    `p.sort_key >= r.lo COLLATE "C" AND p.sort_key < r.hi COLLATE "C"${tail}`,
  );
}

/**
 * Surnames containing the word (not at their start), from the name dictionary in Polish order.
 * Their ranges follow one another in sort-key order, so the incremental sort on the surname
 * stops reading surnames as soon as n persons are found.
 */
function surnameInside(s: Search, word: string) {
  const w = s.p.add(escapeLike(word));
  const from = s.p.add(s.cursor?.[0] ?? '');
  return lateral(
    s,
    // OFFSET 0 keeps the dictionary lookup on its trigram index: walked in sort_prefix order
    // instead, a fragment no surname contains ("krol") read all 90,000 surnames (13 ms).
    `(SELECT DISTINCT sort_prefix FROM (
        SELECT sort_prefix FROM person_name
         WHERE kind = 's' AND folded LIKE '%' || ${w} || '%' AND folded NOT LIKE ${w} || '%' OFFSET 0) d
       WHERE sort_prefix || '!' > ${from} ORDER BY sort_prefix LIMIT ${MAX_SURNAMES}) nm`,
    `p.sort_key >= nm.sort_prefix || ' ' AND p.sort_key < nm.sort_prefix || '!'`,
    'nm.sort_prefix, x.sort_key, x.id',
  );
}

/** First names containing the word: each name's persons are one range of (first name, sort key). */
function firstName(s: Search, word: string) {
  return lateral(
    s,
    `(SELECT folded FROM person_name WHERE kind = 'g' AND folded LIKE '%' || ${s.p.add(escapeLike(word))} || '%' LIMIT 500) g`,
    'p.first_name_folded = g.folded',
  );
}

/** Document numbers and other rare fragments: the trigram index returns few rows to sort. */
function rareFragment(s: Search, word: string) {
  const w = s.p.add(escapeLike(word));
  return `(WITH m AS MATERIALIZED (SELECT id FROM person WHERE search_tail LIKE '%' || ${w} || '%' LIMIT 5000)
    SELECT p.id, p.sort_key FROM m JOIN person p ON p.id = m.id WHERE ${common(s)} ORDER BY p.sort_key, p.id LIMIT ${s.n})`;
}

/** Words that are first names make poor leads (thousands of Annas); prefer a longer other word. */
async function leadWord(q: Queryable, words: string[]): Promise<string> {
  if (words.length === 1) return words[0]!;
  const letters = words.filter((w) => !/\d/.test(w));
  if (letters.length === 0) return words[0]!;
  const names = await q.query<{ folded: string }>(
    `SELECT folded FROM person_name WHERE kind = 'g' AND folded = ANY($1::text[])`,
    [letters],
  );
  const firstNames = new Set(names.rows.map((r) => r.folded));
  return [...letters].sort(
    (a, b) => Number(firstNames.has(a)) - Number(firstNames.has(b)) || b.length - a.length,
  )[0]!;
}

/**
 * What to search: the text, the reader's row scope, the cursor, how many, the columns wanted, and
 * the values of the scope's own parameters ($1…$k, e.g. the reader's id: personScope(actor, 'p', '$1')),
 * which keep the statement's text the same for every reader so that it is prepared.
 */
type SearchArgs = [
  text: string,
  scope: string,
  cursor: [string, string] | null,
  n: number,
  columns?: string,
  scopeParams?: readonly unknown[],
];

/**
 * Up to `n` persons matching `text` after the cursor, in Polish order (ids and sort keys, plus
 * `columns` of person p and household h when given): one statement whatever the search (two
 * when several words need a lead chosen).
 */
export async function findPersons<T = object>(q: Queryable, ...search: SearchArgs): Promise<(Found & T)[]> {
  const statement = await searchStatement(q, ...search);
  return statement ? (await q.query<Found & T>(statement.text, statement.params)).rows : [];
}

/**
 * The statement findPersons runs, for a caller that runs it itself (the search route, which
 * writes its audit row in the same statement); null when nothing can match.
 */
export async function searchStatement(
  q: Queryable,
  ...[text, scope, cursor, n, columns, scopeParams = []]: SearchArgs
): Promise<{ text: string; params: unknown[] } | null> {
  const p = new Params(scopeParams);
  const s: Search = { p, scope, cursor, n: p.add(n), filters: '' };
  const digits = text.replace(/\s/g, '');
  const parts: string[] = [];
  if (/^\d+$/.test(digits)) {
    if (digits.length > 11) return null;
    const lo = p.add(digits.padEnd(11, '0'));
    const hi = p.add(digits.padEnd(11, '9'));
    // Planned for its values each time (db.ts): a generic plan walked the sort index for "7".
    parts.push(
      `(SELECT p.id, p.sort_key FROM person p /* custom plan */ WHERE p.pesel BETWEEN ${lo} AND ${hi} AND ${common(s)}
         ORDER BY p.sort_key, p.id LIMIT ${s.n})`,
    );
  } else {
    const words = [
      ...new Set(
        foldDiacritics(text)
          .split(/[\s,]+/)
          .filter(Boolean),
      ),
    ].slice(0, 4);
    // Every result must match every word, so one word's paths find them all; the others filter.
    // It leads with the word least likely to be a common first name ("nowak anna" → nowak).
    const lead = await leadWord(q, words);
    s.filters = words
      .filter((x) => x !== lead)
      .map((w) => ` AND p.search_text LIKE '%' || ${p.add(escapeLike(w))} || '%'`)
      .join('');
    if (/\d/.test(lead)) {
      if (lead.length >= 3) parts.push(rareFragment(s, lead));
    } else {
      parts.push(surnamePrefix(s, lead));
      if (lead.length >= 3) parts.push(surnameInside(s, lead), firstName(s, lead));
    }
  }
  if (parts.length === 0) return null;
  // A person found on two paths (surname and first name) counts once.
  const found = `SELECT DISTINCT id, sort_key AS "sortKey" FROM (${parts.join(' UNION ALL ')}) m ORDER BY "sortKey", id LIMIT ${s.n}`;
  return {
    text: columns
      ? `SELECT f."sortKey", ${columns} FROM (${found}) f JOIN person p ON p.id = f.id
           LEFT JOIN household h ON h.id = p.household_id ORDER BY f."sortKey", f.id`
      : found,
    params: p.values,
  };
}
