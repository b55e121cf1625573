import { describe, expect, it } from 'vitest';
import { foldDiacritics, polishCollator, polishSortKey } from './polish-text.ts';

const byKey = (names: string[]) =>
  [...names].sort((a, b) =>
    polishSortKey(a) < polishSortKey(b) ? -1 : polishSortKey(a) > polishSortKey(b) ? 1 : 0,
  );
const shuffle = <T>(xs: T[]) => {
  const out = [...xs];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

describe('polishSortKey', () => {
  it('puts Ł after L: Lis < Łuczak < Malinowski', () => {
    expect(byKey(['Malinowski', 'Łuczak', 'Lis'])).toEqual(['Lis', 'Łuczak', 'Malinowski']);
  });

  it('puts Ź after Z and Ż after Ź: Zając < Źrebiec < Żak', () => {
    expect(byKey(['Żak', 'Źrebiec', 'Zając'])).toEqual(['Zając', 'Źrebiec', 'Żak']);
  });

  it('puts a name before its longer continuation: Nowak < Nowakowska', () => {
    expect(byKey(['Nowakowska', 'Nowak'])).toEqual(['Nowak', 'Nowakowska']);
    // Also with first names after the surname, as the registry stores it.
    expect(byKey(['Nowakowska Anna', 'Nowak Zofia'])).toEqual(['Nowak Zofia', 'Nowakowska Anna']);
  });

  it('puts every Polish letter right after its base letter', () => {
    const pairs: [string, string, string][] = [
      ['Az', 'Ąa', 'Ba'],
      ['Cz', 'Ća', 'Da'],
      ['Ez', 'Ęa', 'Fa'],
      ['Lz', 'Ła', 'Ma'],
      ['Nz', 'Ńa', 'Oa'],
      ['Oz', 'Óa', 'Pa'],
      ['Sz', 'Śa', 'Ta'],
      ['Zz', 'Źa', 'Ża'],
    ];
    for (const [before, letter, after] of pairs)
      expect(byKey([after, letter, before]), letter).toEqual([before, letter, after]);
  });

  it('ignores case', () => {
    expect(polishSortKey('ŻÓŁKOWSKA')).toBe(polishSortKey('żółkowska'));
    expect(byKey(['nowak', 'Lis', 'łuczak'])).toEqual(['Lis', 'łuczak', 'nowak']);
  });

  it('gives the same order as Intl.Collator("pl") on a larger list', () => {
    const names = [
      'Żółkowska',
      'Żak',
      'Źrebiec',
      'Zając',
      'Zawada',
      'Ziółkowski',
      'Łuczak',
      'Lis',
      'Lisowska',
      'Łódź',
      'Malinowski',
      'Malinowska',
      'Ćwik',
      'Cybulski',
      'Czajka',
      'Chmiel',
      'Ńowak',
      'Nowak',
      'Nowakowska',
      'Nowicki',
      'Ostrowski',
      'Ósmy',
      'Pawlak',
      'Śliwa',
      'Szymański',
      'Sikora',
      'Stępień',
      'Sęk',
      'Ąbek',
      'Adamczyk',
      'Bąk',
      'Baran',
      'Ęcki',
      'Ekiert',
      'Dąbrowski',
      'Dudek',
      'Wójcik',
      'Wojciechowski',
      'Kowalczyk',
      'Kowalski',
      'Kozłowski',
      'Krawczyk',
      'Jabłoński',
      'Jankowski',
      'Górski',
      'Grabowski',
      'Kaczmarek',
      'Michalak',
      'Mazur',
      'Olszewski',
      'Rutkowski',
      'Tomaszewski',
      'Urbański',
      'Walczak',
      'Ńa',
      'Na',
    ];
    const expected = [...names].sort(new Intl.Collator('pl').compare);
    expect(byKey(shuffle(names))).toEqual(expected);
  });

  it('keeps digits, spaces and hyphens ordered before letters', () => {
    expect(byKey(['Nowak-Kowalska', 'Nowakowski', 'Nowak'])).toEqual([
      'Nowak',
      'Nowak-Kowalska',
      'Nowakowski',
    ]);
  });

  it('sorts foreign letters with their base letter', () => {
    expect(byKey(['Mueller', 'Müller', 'Muller']).indexOf('Müller')).toBeGreaterThan(0);
    expect(polishSortKey('Müller')).toBe(polishSortKey('Muller'));
    expect(polishSortKey('Dvořák')).toBe(polishSortKey('Dvorak'));
  });

  it('orders names in another alphabet after Latin names, not all tied as equal', () => {
    // Citizens of Ukraine may be registered with their names in Cyrillic.
    expect(polishSortKey('Шевченко')).not.toBe(polishSortKey('Бондаренко'));
    expect(byKey(['Шевченко', 'Бондаренко', 'Żak'])).toEqual(['Żak', 'Бондаренко', 'Шевченко']);
    // In Ukrainian order: Ґ after Г, Є after Е, І and Ї after И, then Й.
    expect(
      byKey(['Дорош', 'Ґудзь', 'Гнатюк', 'Йосипенко', 'Їжак', 'Іваненко', 'Ившин', 'Єрмак', 'Жук', 'Ель']),
    ).toEqual(['Гнатюк', 'Ґудзь', 'Дорош', 'Ель', 'Єрмак', 'Жук', 'Ившин', 'Іваненко', 'Їжак', 'Йосипенко']);
  });

  it('polishCollator treats case and diacritics as the same letter only where Polish does', () => {
    expect(polishCollator.compare('nowak', 'NOWAK')).toBe(0);
    expect(polishCollator.compare('Lis', 'Łis')).toBeLessThan(0);
  });
});

describe('foldDiacritics', () => {
  it.each([
    ['Żółkowska', 'zolkowska'],
    ['Łódź', 'lodz'],
    ['ŁUCZAK', 'luczak'],
    ['Źrebiec', 'zrebiec'],
    ['Gęś Ćma Ńa Ąb', 'ges cma na ab'],
    ['Müller', 'muller'],
    ['Nowak', 'nowak'],
  ])('%s → %s', (text, folded) => {
    expect(foldDiacritics(text)).toBe(folded);
  });

  it('folds a composed and a decomposed "ż" alike', () => {
    expect(foldDiacritics('Z\u0307ak')).toBe(foldDiacritics('Żak'));
  });
});
