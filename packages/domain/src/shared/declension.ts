import type { Sex } from './pesel.ts';

// Polish declension of first names and surnames, for letters that address a person ("przyznać
// Pani Annie Kowalskiej", "wniosek Pana Jana Nowaka"). Rules, not a dictionary: the common
// patterns of Polish names, and anything else (foreign, vowel-final other than -a/-o/-i/-y, a
// woman's consonant-final surname) is left as written, which Polish usage accepts.

export type NameCase = 'genitive' | 'dative';
type Kind = 'first' | 'surname';

const VOWELS = 'aąeęioóuy';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch.toLowerCase());

/** Keeps the case pattern of the written name for a replaced ending ("KOWALSKA" → "KOWALSKIEJ"). */
function withEnding(name: string, cut: number, ending: string): string {
  const stem = name.slice(0, name.length - cut);
  const upper = name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase();
  return stem + (upper ? ending.toUpperCase() : ending);
}

// Dative/locative of hard stems before -e: the consonant softens (Annie, Marcie, Monice, Kindze, Barbarze).
const SOFTENED: [string, string][] = [
  ['st', 'ście'],
  ['zd', 'ździe'],
  ['sł', 'śle'],
  ['ch', 'sze'],
  ['k', 'ce'],
  ['g', 'dze'],
  ['r', 'rze'],
  ['t', 'cie'],
  ['d', 'dzie'],
  ['ł', 'le'],
  ['n', 'nie'],
  ['m', 'mie'],
  ['w', 'wie'],
  ['p', 'pie'],
  ['b', 'bie'],
  ['f', 'fie'],
  ['s', 'sie'],
  ['z', 'zie'],
];
// Stems that are soft or were soft: -i in both cases (Oli, Kani, Alicji); -cz/-sz/-rz/-ż/-c: -y.
const HARDENED = ['cz', 'sz', 'rz', 'ż', 'c', 'dż'];
// "Kasia", "Zuzia": the i only marks softness, so it does not make a syllable of its own.
const SOFT_MARKED = ['si', 'ci', 'zi', 'ni', 'dzi'];

/** A noun ending in -a (Anna, Kuba, Kania, Zaręba): the feminine noun declension. */
function nounInA(name: string, c: NameCase): string {
  const stem = name.slice(0, -1).toLowerCase();
  const last = stem.at(-1) ?? '';
  if (stem.endsWith('i')) {
    // Maria → Marii, Kasia → Kasi, Maja → Mai handled below.
    return SOFT_MARKED.some((s) => stem.endsWith(s)) ? withEnding(name, 1, '') : withEnding(name, 1, 'i');
  }
  if (last === 'j') return isVowel(stem.at(-2)) ? withEnding(name, 2, 'i') : withEnding(name, 1, 'i');
  if (last === 'l') return withEnding(name, 1, 'i');
  if (HARDENED.some((h) => stem.endsWith(h))) return withEnding(name, 1, 'y');
  if (c === 'genitive') return withEnding(name, 1, last === 'k' || last === 'g' ? 'i' : 'y');
  const soft = SOFTENED.find(([h]) => stem.endsWith(h));
  return soft ? withEnding(name, 1 + soft[0].length, soft[1]) : name;
}

/** A surname ending in -o (Fredro, Szewczenko) declines like a noun in -a. */
const nounInO = (name: string, c: NameCase) =>
  nounInA(name.slice(0, -1) + (name.endsWith('O') ? 'A' : 'a'), c);

const SOFT_LETTER: Record<string, string> = { s: 'ś', c: 'ć', z: 'ź', n: 'ń', dz: 'dź' };

/**
 * The stem masculine endings attach to, without a mobile e: Marek → Mark-, Malec → Malc-,
 * Paweł → Pawł-, Stasiek → Staśk-, Wróbel → Wróbl-, Aleksander → Aleksandr-.
 */
function masculineStem(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('ander')) return name.slice(0, -2) + name.slice(-1);
  if (/[aąeęioóuy]bel$/.test(lower)) return name.slice(0, -2) + name.slice(-1);
  const m = /^(.*?)(dz|s|c|z|n)?(i?)e([kcł])$/i.exec(name);
  if (!m) return name;
  const [, head = '', soft = '', i, end = ''] = m;
  // One syllable keeps its e (Stec → Steca, Bek → Beka); so does a vowel before it.
  if (!/[aąeęioóuy]/i.test(head) || isVowel((head + soft).at(-1))) return name;
  if (i) return soft ? head + SOFT_LETTER[soft.toLowerCase()] + end : name;
  return head + soft + end;
}

const SOFT_FINAL: Record<string, string> = { ś: 'si', ć: 'ci', ń: 'ni', ź: 'zi' };

/** A masculine noun ending in a consonant: Jan → Jana, Janowi. */
function masculineConsonant(name: string, c: NameCase): string {
  let stem = masculineStem(name);
  const last = stem.at(-1)!.toLowerCase();
  if (SOFT_FINAL[last]) stem = stem.slice(0, -1) + SOFT_FINAL[last];
  const upper = name === name.toUpperCase();
  const ending = c === 'genitive' ? 'a' : 'owi';
  return stem + (upper ? ending.toUpperCase() : ending);
}

/** -ski, -cki, Jerzy, Antoni: the adjectival declension (Kowalskiego, Kowalskiemu). */
const masculineAdjective = (name: string, c: NameCase) =>
  name.toLowerCase().endsWith('y')
    ? withEnding(name, 1, c === 'genitive' ? 'ego' : 'emu')
    : withEnding(name, 0, c === 'genitive' ? 'ego' : 'emu');

/** One word of a name in the genitive or dative. */
export function declineName(name: string, sex: Sex, kind: Kind, c: NameCase): string {
  if (!/^\p{L}+$/u.test(name) || name.length < 2) return name;
  const lower = name.toLowerCase();
  const last = lower.at(-1)!;
  if (sex === 'F') {
    if (kind === 'surname' && /(sk|ck|dzk|zk)a$/.test(lower)) return withEnding(name, 1, 'iej');
    if (kind === 'surname' && /[oe]wa$/.test(lower)) return withEnding(name, 1, 'ej');
    return last === 'a' ? nounInA(name, c) : name;
  }
  if (last === 'a') return nounInA(name, c);
  if (last === 'o')
    return kind === 'surname' ? nounInO(name, c) : withEnding(name, 1, c === 'genitive' ? 'a' : 'owi');
  if (last === 'i' || last === 'y') return masculineAdjective(name, c);
  if (!/[bcćdfghjklłmnńprsśtwzźżqvx]/.test(last)) return name;
  return masculineConsonant(name, c);
}

/** A first name (each of several), or a surname (each part of a double-barrelled one). */
const declineWords = (text: string, sex: Sex, kind: Kind, c: NameCase) =>
  text
    .split(' ')
    .map((w) =>
      w
        .split('-')
        .map((p) => declineName(p, sex, kind, c))
        .join('-'),
    )
    .join(' ');

/** "Pani Annie Kowalskiej", "Pana Jana Nowaka": the courtesy title and the name in the case. */
export function politeName(firstName: string, surname: string, sex: Sex, c: NameCase): string {
  const title = sex === 'F' ? 'Pani' : c === 'genitive' ? 'Pana' : 'Panu';
  return `${title} ${declineWords(firstName, sex, 'first', c)} ${declineWords(surname, sex, 'surname', c)}`;
}
