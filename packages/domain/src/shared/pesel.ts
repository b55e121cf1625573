// PESEL: 11 digits, YYMMDDZZZXQ. The month encodes the century (+80 for 1800s, +0 1900s,
// +20 2000s, +40 2100s, +60 2200s); X (10th digit) is odd for men; Q is the check digit
// (Ustawa o ewidencji ludności, art. 15; weights 1-3-7-9 per the PESEL specification).
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

export type Sex = 'F' | 'M';
export type PeselProblem = 'format' | 'checksum' | 'birthDate';
export interface PeselInfo {
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
}

export function peselCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

function centuryOf(monthField: number): [number, number] {
  const offset = Math.floor(monthField / 20) * 20;
  const century = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 }[offset];
  return [century ?? -1, monthField - offset];
}

export function checkPesel(pesel: string): PeselProblem | null {
  if (!/^\d{11}$/.test(pesel)) return 'format';
  if (peselCheckDigit(pesel) !== Number(pesel[10])) return 'checksum';
  return decodeBirthDate(pesel) ? null : 'birthDate';
}

function decodeBirthDate(pesel: string): string | null {
  const yy = Number(pesel.slice(0, 2));
  const [century, month] = centuryOf(Number(pesel.slice(2, 4)));
  const day = Number(pesel.slice(4, 6));
  if (century < 0 || month < 1 || month > 12) return null;
  const year = century + yy;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Birth date and sex encoded in a valid PESEL; null when it is not valid. */
export function decodePesel(pesel: string): PeselInfo | null {
  if (checkPesel(pesel) !== null) return null;
  return { birthDate: decodeBirthDate(pesel)!, sex: Number(pesel[9]) % 2 === 1 ? 'M' : 'F' };
}

/** Builds a valid PESEL (demo data, tests). `serial` is 0..999, sex sets the 10th digit's parity. */
export function makePesel(birthDate: string, sex: Sex, serial: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const offset = y >= 2200 ? 60 : y >= 2100 ? 40 : y >= 2000 ? 20 : y >= 1900 ? 0 : 80;
  const sexDigit = ((serial % 5) * 2 + (sex === 'M' ? 1 : 0)) % 10;
  const first10 =
    String(y % 100).padStart(2, '0') +
    String(m + offset).padStart(2, '0') +
    String(d).padStart(2, '0') +
    String(Math.floor(serial / 5) % 1000).padStart(3, '0') +
    String(sexDigit);
  return first10 + String(peselCheckDigit(first10));
}
