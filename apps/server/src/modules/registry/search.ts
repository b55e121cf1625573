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
const SURNAMES_PER_BATCH = 40;
const MAX_BATCHES = 25;

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

interface Search {
  q: Queryable;
  scope: string;
  cursor: [string, string] | null;
  n: number;
}

const bySortKey = (a: Found, b: Found) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Runs one SELECT per branch condition (each reading the sort order of an index, at most n
 * rows), merged in order. `params` are shared; branch conditions refer to them by number.
 */
async function branches(
  s: Search,
  conditions: string[],
  params: unknown[],
  rest: string[],
): Promise<Found[]> {
  if (conditions.length === 0) return [];
  const p = [...params];
  const add = (v: unknown) => {
    p.push(v);
    return `$${p.length}`;
  };
  const ck = add(s.cursor?.[0] ?? null);
  const cid = add(s.cursor?.[1] ?? null);
  const n = add(s.n);
  const filters = rest.map((w) => ` AND p.search_text LIKE '%' || ${add(escapeLike(w))} || '%'`).join('');
  const common = `(${ck}::text IS NULL OR (p.sort_key, p.id) > (${ck}::text COLLATE "C", ${cid}::uuid)) AND (${s.scope})${filters}`;
  const sql = conditions
    .map(
      (c) =>
        `(SELECT p.id, p.sort_key FROM person p WHERE ${c} AND ${common} ORDER BY p.sort_key, p.id LIMIT ${n})`,
    )
    .join(' UNION ALL ');
  // Each branch must walk its index in order and stop after n rows. With a filter (further
  // words) the planner underestimates the matches and would rather fetch the whole range and
  // sort it (all 20,000 "Nowak…" for "nowak anna"); bitmap scans are off for this statement.
  await s.q.query('SET LOCAL enable_bitmapscan = off');
  try {
    const r = await s.q.query<Found>(
      `SELECT id, sort_key AS "sortKey" FROM (${sql}) m ORDER BY sort_key, id LIMIT ${n}`,
      p,
    );
    return r.rows;
  } finally {
    await s.q.query('SET LOCAL enable_bitmapscan = on');
  }
}

function surnamePrefix(s: Search, word: string, words: string[]) {
  const ranges = prefixRanges(word);
  const params: unknown[] = ranges.exact ? [] : [word];
  // left(), not LIKE or starts_with: no index can serve it, so the sort range is walked in order.
  const rest = ranges.exact ? '' : ` AND left(p.surname_folded, ${[...word].length}) = $1`;
  const conditions = ranges.map(([lo, hi]) => {
    params.push(lo, hi);
    return `p.sort_key >= $${params.length - 1} AND p.sort_key < $${params.length}${rest}`;
  });
  return branches(s, conditions, params, words);
}

/** Surnames containing the word (not at their start), batch by batch in Polish order. */
async function surnameInside(s: Search, word: string, rest: string[]) {
  const found: Found[] = [];
  let from = '';
  for (let batch = 0; batch < MAX_BATCHES && found.length < s.n; batch++) {
    // Surnames whose range ends past the cursor, after the last batch, in order.
    const names = await s.q.query<{ prefix: string }>(
      `SELECT DISTINCT sort_prefix AS prefix FROM person_name
        WHERE kind = 's' AND folded LIKE '%' || $1 || '%' AND folded NOT LIKE $1 || '%'
          AND sort_prefix > $2 AND sort_prefix || '!' > $3
        ORDER BY sort_prefix LIMIT ${SURNAMES_PER_BATCH}`,
      [escapeLike(word), from, s.cursor?.[0] ?? ''],
    );
    if (names.rowCount === 0) break;
    const params: unknown[] = [];
    const conditions = names.rows.map(({ prefix }) => {
      params.push(`${prefix} `, `${prefix}!`);
      return `p.sort_key >= $${params.length - 1} AND p.sort_key < $${params.length}`;
    });
    found.push(...(await branches({ ...s, n: s.n - found.length }, conditions, params, rest)));
    from = names.rows.at(-1)!.prefix;
    if (names.rowCount < SURNAMES_PER_BATCH) break;
  }
  return found;
}

/** First names containing the word: each name's persons are one range of (first name, sort key). */
async function firstName(s: Search, word: string, rest: string[]) {
  const names = await s.q.query<{ folded: string }>(
    `SELECT folded FROM person_name WHERE kind = 'g' AND folded LIKE '%' || $1 || '%' LIMIT 500`,
    [escapeLike(word)],
  );
  const params = names.rows.map((r) => r.folded);
  const conditions = params.map((_n, i) => `p.first_name_folded = $${i + 1}`);
  return branches(s, conditions, params, rest);
}

/** Document numbers and other rare fragments: the trigram index returns few rows to sort. */
async function rareFragment(s: Search, word: string, rest: string[]) {
  const r = await s.q.query<Found>(
    `WITH m AS MATERIALIZED (SELECT p.id, p.sort_key FROM person p WHERE p.search_tail LIKE '%' || $1 || '%' AND (${s.scope}))
     SELECT id, sort_key AS "sortKey" FROM m ORDER BY sort_key, id LIMIT 5000`,
    [escapeLike(word)],
  );
  const rows = r.rows.filter((x) => !s.cursor || bySortKey(x, { sortKey: s.cursor[0], id: s.cursor[1] }) > 0);
  if (rest.length === 0 || rows.length === 0) return rows.slice(0, s.n);
  return branches({ ...s, cursor: null }, ['p.id = ANY($1::uuid[])'], [rows.map((x) => x.id)], rest);
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

/** Up to `n` persons matching `text` after the cursor, in Polish order (ids and sort keys). */
export async function findPersons(
  q: Queryable,
  text: string,
  scope: string,
  cursor: [string, string] | null,
  n: number,
): Promise<Found[]> {
  const s: Search = { q, scope, cursor, n };
  const digits = text.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length > 11) return [];
    return branches(s, ['p.pesel BETWEEN $1 AND $2'], [digits.padEnd(11, '0'), digits.padEnd(11, '9')], []);
  }
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
  const rest = words.filter((x) => x !== lead);
  const answers: Found[][] = [];
  // One after another: they share the request's connection.
  if (/\d/.test(lead)) {
    if (lead.length >= 3) answers.push(await rareFragment(s, lead, rest));
  } else {
    answers.push(await surnamePrefix(s, lead, rest));
    if (lead.length >= 3) {
      answers.push(await surnameInside(s, lead, rest));
      answers.push(await firstName(s, lead, rest));
    }
  }
  const seen = new Set<string>();
  return answers
    .flat()
    .sort(bySortKey)
    .filter((x) => !seen.has(x.id) && seen.add(x.id))
    .slice(0, n);
}
