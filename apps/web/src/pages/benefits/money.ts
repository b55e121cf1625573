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
 * Reads typed numbers for a request: money into grosze, whole numbers (percentages) as they are.
 * Each unreadable field gets a translated error at its path; an empty field gives `empty`
 * (0 for deductions, undefined where the schema then says "required", null where optional).
 */
export function moneyReader(moneyMessage: string, intMessage = moneyMessage) {
  const errors: Record<string, string> = {};
  function parse<E>(
    path: string,
    text: string,
    empty: E,
    how: (s: string) => number | null,
    message: string,
  ) {
    if (text.trim() === '') return empty;
    const v = how(text);
    if (v === null) {
      errors[path] = message;
      return empty;
    }
    return v;
  }
  const int = (s: string) => (/^\s*\d{1,9}\s*$/.test(s) ? Number(s.trim()) : null);
  return {
    read: <E>(path: string, text: string, empty: E) => parse(path, text, empty, parseZloty, moneyMessage),
    int: <E>(path: string, text: string, empty: E) => parse(path, text, empty, int, intMessage),
    errors,
  };
}
