import { describe, expect, it } from 'vitest';
import { declineName, politeName } from './declension.ts';

// Worked examples: [nominative, sex, kind, genitive, dative].
const TABLE: [string, 'F' | 'M', 'first' | 'surname', string, string][] = [
  // Feminine first names in -a: hard, velar, soft, -ia/-ja.
  ['Anna', 'F', 'first', 'Anny', 'Annie'],
  ['Ewa', 'F', 'first', 'Ewy', 'Ewie'],
  ['Barbara', 'F', 'first', 'Barbary', 'Barbarze'],
  ['Marta', 'F', 'first', 'Marty', 'Marcie'],
  ['Wanda', 'F', 'first', 'Wandy', 'Wandzie'],
  ['Monika', 'F', 'first', 'Moniki', 'Monice'],
  ['Jadwiga', 'F', 'first', 'Jadwigi', 'Jadwidze'],
  ['Ludmiła', 'F', 'first', 'Ludmiły', 'Ludmile'],
  ['Teresa', 'F', 'first', 'Teresy', 'Teresie'],
  ['Maria', 'F', 'first', 'Marii', 'Marii'],
  ['Natalia', 'F', 'first', 'Natalii', 'Natalii'],
  ['Kasia', 'F', 'first', 'Kasi', 'Kasi'],
  ['Alicja', 'F', 'first', 'Alicji', 'Alicji'],
  ['Maja', 'F', 'first', 'Mai', 'Mai'],
  ['Ola', 'F', 'first', 'Oli', 'Oli'],
  ['Róża', 'F', 'first', 'Róży', 'Róży'],
  ['Oksana', 'F', 'first', 'Oksany', 'Oksanie'],
  // Feminine surnames: adjectival -ska/-cka/-dzka, -owa, nouns in -a, consonant-final unchanged.
  ['Kowalska', 'F', 'surname', 'Kowalskiej', 'Kowalskiej'],
  ['Nowicka', 'F', 'surname', 'Nowickiej', 'Nowickiej'],
  ['Zawadzka', 'F', 'surname', 'Zawadzkiej', 'Zawadzkiej'],
  ['Iwanowa', 'F', 'surname', 'Iwanowej', 'Iwanowej'],
  ['Zaręba', 'F', 'surname', 'Zaręby', 'Zarębie'],
  ['Kania', 'F', 'surname', 'Kani', 'Kani'],
  ['Nowak', 'F', 'surname', 'Nowak', 'Nowak'],
  ['Szewczenko', 'F', 'surname', 'Szewczenko', 'Szewczenko'],
  // Masculine first names: consonant-final, mobile e (-ek, -eł, -ander), soft, adjectival, -a, -o.
  ['Jan', 'M', 'first', 'Jana', 'Janowi'],
  ['Piotr', 'M', 'first', 'Piotra', 'Piotrowi'],
  ['Tomasz', 'M', 'first', 'Tomasza', 'Tomaszowi'],
  ['Andrzej', 'M', 'first', 'Andrzeja', 'Andrzejowi'],
  ['Marek', 'M', 'first', 'Marka', 'Markowi'],
  ['Jacek', 'M', 'first', 'Jacka', 'Jackowi'],
  ['Franciszek', 'M', 'first', 'Franciszka', 'Franciszkowi'],
  ['Maciek', 'M', 'first', 'Maćka', 'Maćkowi'],
  ['Paweł', 'M', 'first', 'Pawła', 'Pawłowi'],
  ['Aleksander', 'M', 'first', 'Aleksandra', 'Aleksandrowi'],
  ['Jaś', 'M', 'first', 'Jasia', 'Jasiowi'],
  ['Jerzy', 'M', 'first', 'Jerzego', 'Jerzemu'],
  ['Antoni', 'M', 'first', 'Antoniego', 'Antoniemu'],
  ['Kuba', 'M', 'first', 'Kuby', 'Kubie'],
  ['Dmytro', 'M', 'first', 'Dmytra', 'Dmytrowi'],
  ['Taras', 'M', 'first', 'Tarasa', 'Tarasowi'],
  // Masculine surnames: adjectival, consonant-final, -ek/-ec mobile e, one syllable keeps e, -a, -o.
  ['Kowalski', 'M', 'surname', 'Kowalskiego', 'Kowalskiemu'],
  ['Nowicki', 'M', 'surname', 'Nowickiego', 'Nowickiemu'],
  ['Zawadzki', 'M', 'surname', 'Zawadzkiego', 'Zawadzkiemu'],
  ['Nowak', 'M', 'surname', 'Nowaka', 'Nowakowi'],
  ['Kowalczyk', 'M', 'surname', 'Kowalczyka', 'Kowalczykowi'],
  ['Dudek', 'M', 'surname', 'Dudka', 'Dudkowi'],
  ['Wieczorek', 'M', 'surname', 'Wieczorka', 'Wieczorkowi'],
  ['Malec', 'M', 'surname', 'Malca', 'Malcowi'],
  ['Stec', 'M', 'surname', 'Steca', 'Stecowi'],
  ['Wróbel', 'M', 'surname', 'Wróbla', 'Wróblowi'],
  ['Łoś', 'M', 'surname', 'Łosia', 'Łosiowi'],
  ['Zaręba', 'M', 'surname', 'Zaręby', 'Zarębie'],
  ['Szewczenko', 'M', 'surname', 'Szewczenki', 'Szewczence'],
  ['Fredro', 'M', 'surname', 'Fredry', 'Fredrze'],
  // Foreign and indeclinable: left as written.
  ['Miriam', 'F', 'first', 'Miriam', 'Miriam'],
  ['René', 'M', 'first', 'René', 'René'],
  ['Nguyen', 'F', 'surname', 'Nguyen', 'Nguyen'],
];

describe('declension of Polish names', () => {
  it.each(TABLE)('%s (%s, %s) → %s, %s', (name, sex, kind, gen, dat) => {
    expect(declineName(name, sex, kind, 'genitive')).toBe(gen);
    expect(declineName(name, sex, kind, 'dative')).toBe(dat);
  });

  it('gives the courtesy title and every part of a double name its case', () => {
    expect(politeName('Anna', 'Kowalska', 'F', 'dative')).toBe('Pani Annie Kowalskiej');
    expect(politeName('Anna', 'Kowalska', 'F', 'genitive')).toBe('Pani Anny Kowalskiej');
    expect(politeName('Jan', 'Nowak', 'M', 'dative')).toBe('Panu Janowi Nowakowi');
    expect(politeName('Jan', 'Nowak', 'M', 'genitive')).toBe('Pana Jana Nowaka');
    expect(politeName('Anna Maria', 'Nowak-Kowalska', 'F', 'dative')).toBe(
      'Pani Annie Marii Nowak-Kowalskiej',
    );
    expect(politeName('Jan', 'Kowalski-Nowak', 'M', 'genitive')).toBe('Pana Jana Kowalskiego-Nowaka');
    expect(politeName('ANNA', 'KOWALSKA', 'F', 'dative')).toBe('Pani ANNIE KOWALSKIEJ');
  });
});
