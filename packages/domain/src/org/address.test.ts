import '../index.ts';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../shared/validation.ts';
import {
  FieldTeamStreetInput,
  houseNumber,
  isOpenAt,
  OpeningHours,
  ruleCovers,
  ruleSpecificity,
  type StreetRule,
  streetKey,
} from './address.ts';

describe('streetKey', () => {
  it.each([
    ['ul. Żbikowska', 'zbikowska'],
    ['Żbikowska', 'zbikowska'],
    ['zbikowska', 'zbikowska'],
    ['UL. ŻBIKOWSKA', 'zbikowska'],
    ['ul.Żbikowska', 'zbikowska'],
    ['  ulica   Żbikowska  ', 'zbikowska'],
    ['al. Jerozolimskie', 'jerozolimskie'],
    ['Aleje Jerozolimskie', 'jerozolimskie'],
    ['pl. Wolności', 'wolnosci'],
    ['plac Wolności', 'wolnosci'],
    ['os. Staszica', 'staszica'],
    ['ul. Świętego Macieja', 'sw macieja'],
    ['św. Macieja', 'sw macieja'],
    ['Sw Macieja', 'sw macieja'],
    ['ul. Bolesława Prusa', 'boleslawa prusa'],
    ['Księcia Józefa', 'ksiecia jozefa'],
  ])('%j → %j', (street, key) => {
    expect(streetKey(street)).toBe(key);
  });

  it('keeps a street whose name merely starts like a prefix', () => {
    expect(streetKey('Plac')).toBe('plac');
    expect(streetKey('Osiedlowa')).toBe('osiedlowa');
    expect(streetKey('Ulanów')).toBe('ulanow');
    expect(streetKey('Alejowa')).toBe('alejowa');
  });
});

describe('houseNumber', () => {
  it.each([
    ['10', 10],
    ['12A', 12],
    ['12 a', 12],
    ['4-5', 4],
    ['6/8', 6],
    [' 7 ', 7],
    ['', null],
    ['bn', null],
    ['A12', null],
  ])('%j → %j', (building, n) => {
    expect(houseNumber(building)).toBe(n);
  });
});

const rule = (numberFrom: number | null, numberTo: number | null, parity: StreetRule['parity'] = 'all') => ({
  numberFrom,
  numberTo,
  parity,
});

describe('ruleCovers', () => {
  it('a whole-street rule covers every number, and a building without a number', () => {
    for (const n of [1, 2, 99, 1000, null]) expect(ruleCovers(rule(null, null), n)).toBe(true);
  });

  it('a whole-street odd or even rule covers only that side of the street', () => {
    expect(ruleCovers(rule(null, null, 'odd'), 7)).toBe(true);
    expect(ruleCovers(rule(null, null, 'odd'), 8)).toBe(false);
    expect(ruleCovers(rule(null, null, 'even'), 8)).toBe(true);
    expect(ruleCovers(rule(null, null, 'even'), 7)).toBe(false);
    expect(ruleCovers(rule(null, null, 'odd'), null)).toBe(false);
  });

  it('a range covers its ends and nothing outside', () => {
    const r = rule(10, 20);
    expect([9, 10, 15, 20, 21].map((n) => ruleCovers(r, n))).toEqual([false, true, true, true, false]);
    expect(ruleCovers(r, null)).toBe(false);
  });

  it('an odd range (Warszawska 1–199 odd) and an even range (2–200 even) split the street', () => {
    const odd = rule(1, 199, 'odd');
    const even = rule(2, 200, 'even');
    for (const n of [1, 2, 3, 10, 11, 198, 199, 200]) {
      expect(ruleCovers(odd, n), `odd ${n}`).toBe(n % 2 === 1);
      expect(ruleCovers(even, n), `even ${n}`).toBe(n % 2 === 0);
    }
    expect(ruleCovers(odd, 201)).toBe(false);
    expect(ruleCovers(even, 202)).toBe(false);
  });
});

describe('ruleSpecificity (lower wins)', () => {
  const mostSpecific = (rules: StreetRule[], n: number) =>
    rules.filter((r) => ruleCovers(r, n)).sort((a, b) => ruleSpecificity(a) - ruleSpecificity(b))[0];

  it('a range beats the whole street', () => {
    expect(ruleSpecificity(rule(1, 500))).toBeLessThan(ruleSpecificity(rule(null, null)));
    const whole = rule(null, null);
    const range = rule(10, 20);
    expect(mostSpecific([whole, range], 15)).toBe(range);
    expect(mostSpecific([whole, range], 25)).toBe(whole);
  });

  it('a narrower range beats a wider one', () => {
    const wide = rule(1, 100);
    const narrow = rule(40, 60);
    expect(mostSpecific([wide, narrow], 50)).toBe(narrow);
    expect(mostSpecific([narrow, wide], 50)).toBe(narrow);
    expect(mostSpecific([wide, narrow], 70)).toBe(wide);
  });

  it('one side of the street beats the whole street, and a side of a range beats the same range', () => {
    expect(ruleSpecificity(rule(null, null, 'odd'))).toBeLessThan(ruleSpecificity(rule(null, null)));
    expect(ruleSpecificity(rule(1, 99, 'even'))).toBeLessThan(ruleSpecificity(rule(1, 99)));
  });
});

describe('FieldTeamStreetInput', () => {
  const errors = (v: unknown) => {
    const r = FieldTeamStreetInput.safeParse(v);
    return r.success ? [] : zodFieldErrors(r.error, 'en');
  };

  it('accepts a whole street and a range', () => {
    expect(errors({ street: 'Jasna', city: 'Pruszków' })).toEqual([]);
    expect(FieldTeamStreetInput.parse({ street: 'Jasna', city: 'Pruszków' }).parity).toBe('all');
    expect(errors({ street: 'Jasna', city: 'Pruszków', numberFrom: 1, numberTo: 9, parity: 'odd' })).toEqual(
      [],
    );
  });

  it('needs both ends of a range, in order, and says which to fix', () => {
    const onlyFrom = errors({ street: 'Jasna', city: 'Pruszków', numberFrom: 5 });
    expect(onlyFrom.map((e) => e.path)).toEqual(['numberTo']);
    expect(onlyFrom[0]!.message).not.toMatch(/^validation\./);
    const reversed = errors({ street: 'Jasna', city: 'Pruszków', numberFrom: 20, numberTo: 10 });
    expect(reversed.map((e) => e.path)).toEqual(['numberTo']);
    expect(reversed[0]!.message).not.toMatch(/^validation\./);
  });
});

describe('opening hours', () => {
  const hours = OpeningHours.parse([
    { day: 1, open: '10:00', close: '18:00' },
    { day: 2, open: '08:00', close: '16:00' },
  ]);

  it('is open from the opening time until just before closing, on that day only', () => {
    expect(isOpenAt(hours, 1, '10:00')).toBe(true);
    expect(isOpenAt(hours, 1, '17:59')).toBe(true);
    expect(isOpenAt(hours, 1, '18:00')).toBe(false);
    expect(isOpenAt(hours, 1, '09:59')).toBe(false);
    expect(isOpenAt(hours, 3, '12:00')).toBe(false);
  });

  it('refuses a time that is not HH:MM with a translated message', () => {
    const r = OpeningHours.safeParse([{ day: 1, open: '8:00', close: '25:00' }]);
    expect(r.success).toBe(false);
    const fields = zodFieldErrors(r.error!, 'pl');
    expect(fields.map((f) => f.path)).toEqual(['0.open', '0.close']);
    for (const f of fields) expect(f.message).toBe('Podaj godzinę w formacie GG:MM, np. 08:00.');
  });

  it('refuses closing before opening, on the closing time', () => {
    const r = OpeningHours.safeParse([{ day: 1, open: '16:00', close: '08:00' }]);
    expect(zodFieldErrors(r.error!, 'en')).toEqual([
      { path: '0.close', message: 'The closing time must be later than the opening time.' },
    ]);
  });
});
