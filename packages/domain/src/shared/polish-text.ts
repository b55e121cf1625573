// Polish alphabetical order: a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż.
// The embedded database has no ICU pl-PL collation, so we store a sort key that
// sorts correctly under the byte-wise "C" collation on both databases.
const ALPHABET = 'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';
const RANK = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));
// Names of citizens of Ukraine may be written in Cyrillic: the Ukrainian alphabet, after the Latin
// letters (key characters U+0400..U+0420, which no lower-case input letter can be).
const CYRILLIC = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
const CYRILLIC_RANK = new Map<string, number>([...CYRILLIC].map((ch, i) => [ch, i]));

function rankKey(ch: string): string | null {
  const rank = RANK.get(ch);
  if (rank !== undefined) return String.fromCharCode(0x41 + rank);
  const cyr = CYRILLIC_RANK.get(ch);
  if (cyr !== undefined) return String.fromCharCode(0x400 + cyr);
  return null;
}

/** A key whose byte order equals Polish alphabetical order (case-insensitive). */
export function polishSortKey(text: string): string {
  let key = '';
  for (const ch of text.toLocaleLowerCase('pl').normalize('NFC')) {
    const ranked = rankKey(ch);
    if (ranked !== null) key += ranked;
    else if (ch === ' ' || ch === '-' || ch === "'") key += ' ';
    else if (/[0-9]/.test(ch)) key += ch;
    else {
      // Foreign letters (ü, č, é, ё) sort with their base letter; other letters and digits by
      // code point, after every letter above, so that no name gets an empty key.
      for (const base of foldDiacritics(ch)) {
        const r = rankKey(base);
        if (r !== null) key += r;
        else if (/[\p{L}\p{N}]/u.test(base)) key += base;
      }
    }
  }
  return key;
}

const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };

/** Lower case without diacritics, so that "zolk" finds "Żółkowska". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđøß]/g, (c) => FOLD[c] ?? c)
    .toLowerCase();
}

export const polishCollator = new Intl.Collator('pl', { sensitivity: 'base' });
