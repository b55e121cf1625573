/**
 * Złoty as residents type them ("1200", "1 200,50", "1200.5") → integer grosze; null when it is
 * not an amount. Money is never a float: the grosze are read as digits, not multiplied.
 */
export function parseZloty(input: string): number | null {
  const s = input.replace(/[\s\u00a0]/g, '').replace(/zł$/i, '');
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
