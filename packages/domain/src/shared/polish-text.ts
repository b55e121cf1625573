// Polish alphabetical order: a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż.
// The embedded database has no ICU pl-PL collation, so we store a sort key that
// sorts correctly under the byte-wise "C" collation on both databases.
const ALPHABET = 'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';
const RANK = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

/** A key whose byte order equals Polish alphabetical order (case-insensitive). */
export function polishSortKey(text: string): string {
  let key = '';
  for (const ch of text.toLocaleLowerCase('pl').normalize('NFC')) {
    const rank = RANK.get(ch);
    if (rank !== undefined) key += String.fromCharCode(0x41 + rank);
    else if (ch === ' ' || ch === '-' || ch === "'") key += ' ';
    else if (/[0-9]/.test(ch)) key += ch;
    else {
      // Foreign letters (ü, č, é) sort with their base letter.
      for (const base of foldDiacritics(ch)) {
        const r = RANK.get(base);
        if (r !== undefined) key += String.fromCharCode(0x41 + r);
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
