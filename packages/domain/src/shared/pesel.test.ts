import { describe, expect, it } from 'vitest';
import { checkPesel, decodePesel, makePesel, peselCheckDigit } from './pesel.ts';

// The expected values below were computed by hand (weights 1-3-7-9, month + 80 / + 0 / + 20 / + 40 / + 60),
// not with the code under test.
describe('PESEL', () => {
  it.each([
    ['44051401359', '1944-05-14', 'M'],
    ['90021501237', '1990-02-15', 'M'],
    ['24022900016', '1924-02-29', 'M'], // 1924 is a leap year
    ['99923100014', '1899-12-31', 'M'], // 1800s: month + 80
    ['85810512347', '1885-01-05', 'F'],
    ['00212905676', '2000-01-29', 'M'], // 2000s: month + 20
    ['02322905674', '2002-12-29', 'M'],
    ['00222900085', '2000-02-29', 'F'], // 2000 is a leap year
    ['00410100024', '2100-01-01', 'F'], // 2100s: month + 40
    ['00610100020', '2200-01-01', 'F'], // 2200s: month + 60
  ])('%s is valid: born %s, sex %s', (pesel, birthDate, sex) => {
    expect(checkPesel(pesel)).toBeNull();
    expect(decodePesel(pesel)).toEqual({ birthDate, sex });
  });

  it('reads the sex from the 10th digit: odd is a man, even a woman', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const first10 = `900215012${digit}`;
      const pesel = first10 + peselCheckDigit(first10);
      expect(decodePesel(pesel)?.sex).toBe(digit % 2 === 1 ? 'M' : 'F');
    }
  });

  it.each([
    ['44051401358', 'checksum'], // last digit changed
    ['44051401350', 'checksum'],
    ['44051041359', 'checksum'], // two digits swapped
    ['90021501273', 'checksum'],
  ])('%s has a wrong check digit', (pesel, problem) => {
    expect(checkPesel(pesel)).toBe(problem);
    expect(decodePesel(pesel)).toBeNull();
  });

  it('finds a typo in any single digit', () => {
    const good = '44051401359';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[i]) continue;
        const typo = good.slice(0, i) + d + good.slice(i + 1);
        expect(checkPesel(typo), typo).not.toBeNull();
      }
    }
  });

  it.each([
    ['90023001230', '30 February'],
    ['02222905671', '29 February 2002 (not a leap year)'],
    ['00022900010', '29 February 1900 (not a leap year)'],
    ['03022900011', '29 February 1903'],
    ['85113101235', '31 November'],
    ['85043101235', '31 April'],
    ['90130101234', 'month 13'],
    ['90000101238', 'month 00'],
  ])('%s (%s) is refused: the date does not exist', (pesel) => {
    expect(checkPesel(pesel)).toBe('birthDate');
    expect(decodePesel(pesel)).toBeNull();
  });

  it.each([
    '',
    '4405140135',
    '440514013590',
    '4405140135a',
    ' 44051401359',
    '44 051401359',
    '４４０５１４０１３５９',
  ])('%j is not 11 digits', (pesel) => {
    expect(checkPesel(pesel)).toBe('format');
    expect(decodePesel(pesel)).toBeNull();
  });

  it('makePesel builds a valid PESEL that decodes to the same date and sex, for every day 1800–2299', () => {
    const seen = new Set<string>();
    const start = Date.UTC(1800, 0, 1);
    const end = Date.UTC(2299, 11, 31);
    let n = 0;
    // Every 7th day over five centuries: every month, leap days, both sexes, many serials.
    for (let t = start; t <= end; t += 7 * 86_400_000) {
      const birthDate = new Date(t).toISOString().slice(0, 10);
      const sex = n % 2 === 0 ? 'F' : 'M';
      const pesel = makePesel(birthDate, sex, n % 1000);
      expect(pesel, birthDate).toMatch(/^\d{11}$/);
      expect(checkPesel(pesel), `${birthDate} ${pesel}`).toBeNull();
      expect(decodePesel(pesel), pesel).toEqual({ birthDate, sex });
      seen.add(pesel);
      n++;
    }
    expect(seen.size).toBe(n);
  });

  it('makePesel covers every leap day', () => {
    for (const year of [1804, 1896, 1904, 1996, 2000, 2004, 2024, 2096, 2104, 2204]) {
      const pesel = makePesel(`${year}-02-29`, 'F', 7);
      expect(decodePesel(pesel)).toEqual({ birthDate: `${year}-02-29`, sex: 'F' });
    }
  });

  it('makePesel gives different numbers to the 1000 serials of one day and sex', () => {
    const all = new Set(Array.from({ length: 1000 }, (_, s) => makePesel('1985-06-15', 'M', s)));
    expect(all.size).toBe(1000);
    for (const p of all) expect(decodePesel(p)).toEqual({ birthDate: '1985-06-15', sex: 'M' });
  });
});
