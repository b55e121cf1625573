// IBAN (ISO 13616) with the ISO 7064 MOD 97-10 check, and the Polish NRB inside it: a Polish
// IBAN is "PL" + the 26-digit NRB, whose digits 3–10 are the bank's sort code (numer
// rozliczeniowy), which Elixir files carry in fields of their own.

/** Lengths of the IBANs of the countries our clients' accounts come from; others: 15–34. */
const LENGTHS: Record<string, number> = {
  PL: 28,
  DE: 22,
  GB: 22,
  FR: 27,
  CZ: 24,
  SK: 24,
  LT: 20,
  UA: 29,
  NL: 18,
  IE: 22,
};

export type IbanProblem = 'format' | 'length' | 'checksum' | 'notPolish';

/** Spaces and dashes out, upper case; a bare 26-digit NRB becomes a Polish IBAN. */
export function normalizeIban(input: string): string {
  const s = input.replace(/[\s-]/g, '').toUpperCase();
  return /^\d{26}$/.test(s) ? `PL${s}` : s;
}

function mod97(digitsAndLetters: string): number {
  let rest = 0;
  for (const ch of digitsAndLetters) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest;
}

/** Problem with an IBAN (normalised first), or null when it is valid. */
export function checkIban(input: string, opts: { polishOnly?: boolean } = {}): IbanProblem | null {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'format';
  const country = iban.slice(0, 2);
  const expected = LENGTHS[country];
  if (expected !== undefined && iban.length !== expected) return 'length';
  if (country === 'PL' && !/^PL\d{26}$/.test(iban)) return 'format';
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return 'checksum';
  if (opts.polishOnly && country !== 'PL') return 'notPolish';
  return null;
}

export const isValidIban = (input: string) => checkIban(input) === null;

/** Builds a valid IBAN from a country and the account number (BBAN): demo data and tests. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The 26-digit NRB of a Polish IBAN. */
export const nrbOf = (iban: string) => normalizeIban(iban).slice(2);

/** The 8-digit sort code (numer rozliczeniowy banku) of a Polish IBAN. */
export const sortCodeOf = (iban: string) => normalizeIban(iban).slice(4, 12);

/** "PL61 1090 1014 0000 0712 1981 2874", as printed on letters and screens. */
export function formatIban(iban: string): string {
  return normalizeIban(iban)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}
