// Cyrillic names in Latin letters for bank files, whose character sets have no Cyrillic
// (Elixir-0 turned it into "?"). Ukrainian letters follow the official national romanisation of
// Ukraine (Cabinet of Ministers resolution no. 55 of 27 January 2010): some letters are written
// one way at the start of a word and another way elsewhere, "зг" is "zgh" (so it is not read as
// "ж"), and the soft sign and the apostrophe are left out. Russian-only letters, which Ukrainian
// names do not contain, get the nearest reading so that no name is left unreadable.

/** [elsewhere, at the start of a word] */
const TABLE: Record<string, [string, string?]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['h'],
  ґ: ['g'],
  д: ['d'],
  е: ['e'],
  є: ['ie', 'ye'],
  ж: ['zh'],
  з: ['z'],
  и: ['y'],
  і: ['i'],
  ї: ['i', 'yi'],
  й: ['i', 'y'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ь: [''],
  ю: ['iu', 'yu'],
  я: ['ia', 'ya'],
  // Not Ukrainian letters.
  ё: ['io', 'yo'],
  ы: ['y'],
  э: ['e'],
  ъ: [''],
};
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
const isCyrillic = (c: string | undefined) => c !== undefined && /\p{Script=Cyrillic}/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/** Text with its Cyrillic letters romanised; everything else is left as it is. */
export function romaniseCyrillic(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (APOSTROPHES.has(c) && isCyrillic(prev) && isCyrillic(next)) return;
    const lower = c.toLowerCase();
    const row = TABLE[lower];
    if (!row) {
      out += c;
      return;
    }
    const initial = !isLetter(prev) && !(APOSTROPHES.has(prev ?? '') && isLetter(chars[i - 2]));
    let latin = initial && row[1] !== undefined ? row[1] : row[0];
    if (lower === 'г' && prev?.toLowerCase() === 'з') latin = 'gh';
    if (!isUpper(c) || !latin) {
      out += latin;
      return;
    }
    // A capital in an all-capitals word stays all capitals (ЩЕРБАК → SHCHERBAK); else Shcherbak.
    const allCaps = isUpper(next) || (isUpper(prev) && !isLetter(next));
    out += allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
  });
  return out;
}
