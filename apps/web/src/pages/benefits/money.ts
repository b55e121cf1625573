/**
 * Money as staff type it: złoty with a decimal comma ("1 234,56"), a dot tolerated, spaces as
 * thousands separators. The API takes integer grosze; floats never carry the amount.
 */
export function parseZloty(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/zł$/i, '');
  const m = /^(\d{1,9})(?:[,.](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Grosze as an input's text: 41000 → "410,00". */
export function zlotyInput(grosze: number | null | undefined): string {
  if (grosze === null || grosze === undefined) return '';
  const sign = grosze < 0 ? '-' : '';
  const abs = Math.abs(grosze);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Złoty as typed, for a request body: grosze; `empty` for an empty field (0 for deductions,
 * undefined where the schema then says "required", null where optional); NaN when unreadable,
 * which `checked` reports as "Podaj kwotę w złotych" at the field.
 */
export const zloty = <E>(text: string, empty: E): number | E =>
  text.trim() === '' ? empty : (parseZloty(text) ?? Number.NaN);

/** A whole number as typed (a percentage): as `zloty`, NaN when it is not one. */
export const wholeNumber = <E>(text: string, empty: E): number | E =>
  text.trim() === '' ? empty : /^\s*\d{1,9}\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
