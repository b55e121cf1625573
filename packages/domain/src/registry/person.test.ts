import '../index.ts';
import { describe, expect, it } from 'vitest';
import { makePesel } from '../shared/pesel.ts';
import { todayInPoland, zodFieldErrors } from '../shared/validation.ts';
import { CreatePerson, PersonInput, PersonSearchQuery, UpdatePerson } from './person.ts';

const base = { firstName: 'Zofia', surname: 'Żółkowska' };
const errors = (v: unknown, locale: 'pl' | 'uk' | 'en' = 'pl') => {
  const r = CreatePerson.safeParse(v);
  return r.success ? [] : zodFieldErrors(r.error, locale);
};
const paths = (v: unknown) => errors(v).map((e) => e.path);

describe('PersonInput with a PESEL', () => {
  it('takes the birth date and sex from the PESEL', () => {
    const p = PersonInput.parse({ ...base, pesel: '44051401359' });
    expect(p.birthDate).toBe('1944-05-14');
    expect(p.sex).toBe('M');
    const f = PersonInput.parse({ ...base, pesel: '00222900085' });
    expect(f).toMatchObject({ birthDate: '2000-02-29', sex: 'F', citizenship: 'PL' });
  });

  it('accepts a birth date and sex that agree with the PESEL', () => {
    const p = PersonInput.parse({ ...base, pesel: '44051401359', birthDate: '1944-05-14', sex: 'M' });
    expect(p).toMatchObject({ birthDate: '1944-05-14', sex: 'M' });
  });

  it('refuses a birth date that disagrees, on the birthDate field', () => {
    expect(errors({ person: { ...base, pesel: '44051401359', birthDate: '1944-05-15' } })).toEqual([
      { path: 'person.birthDate', message: 'Data urodzenia nie zgadza się z numerem PESEL.' },
    ]);
  });

  it('refuses a sex that disagrees, on the sex field', () => {
    expect(errors({ person: { ...base, pesel: '44051401359', sex: 'F' } })).toEqual([
      { path: 'person.sex', message: 'Płeć nie zgadza się z numerem PESEL.' },
    ]);
  });

  it.each([
    ['44051401358', 'PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.'],
    ['90023001230', 'PESEL zawiera nieistniejącą datę urodzenia.'],
    ['4405140135', 'PESEL musi mieć 11 cyfr.'],
  ])('refuses the PESEL %s on the pesel field', (pesel, message) => {
    expect(errors({ person: { ...base, pesel } })).toEqual([{ path: 'person.pesel', message }]);
  });

  it('says what is wrong with the PESEL in Ukrainian and English too', () => {
    expect(errors({ person: { ...base, pesel: '44051401358' } }, 'uk')[0]!.message).toMatch(
      /контрольну цифру/,
    );
    expect(errors({ person: { ...base, pesel: '44051401358' } }, 'en')[0]!.message).toMatch(/check digit/);
  });

  it('reports a wrong PESEL together with the other mistakes of the form', () => {
    expect(paths({ person: { pesel: '44051401358', firstName: '', surname: 'X' } }).sort()).toEqual([
      'person.firstName',
      'person.pesel',
    ]);
  });

  it('trims the PESEL and treats an empty one as none', () => {
    expect(PersonInput.parse({ ...base, pesel: ' 44051401359 ' }).pesel).toBe('44051401359');
    expect(paths({ person: { ...base, pesel: '  ' } })).toContain('person.documentType');
  });
});

describe('PersonInput without a PESEL', () => {
  const ua = {
    ...base,
    firstName: 'Olena',
    surname: 'Shevchenko',
    citizenship: 'ua',
    birthDate: '1987-03-21',
    sex: 'F',
    documentType: 'passport',
    documentNumber: 'FE123456',
  };

  it('accepts a citizen of Ukraine with a passport', () => {
    const p = PersonInput.parse(ua);
    expect(p.pesel ?? null).toBeNull();
    expect(p).toMatchObject({
      citizenship: 'UA',
      birthDate: '1987-03-21',
      sex: 'F',
      documentType: 'passport',
      documentNumber: 'FE123456',
    });
  });

  it('needs the birth date, sex, document type and number, each on its own field with a message', () => {
    const fields = errors({ person: { ...base } });
    expect(fields.map((f) => f.path)).toEqual([
      'person.birthDate',
      'person.sex',
      'person.documentType',
      'person.documentNumber',
    ]);
    for (const f of fields) expect(f.message).toBe('Wymagane dla osoby bez numeru PESEL.');
  });

  it('names only the missing field', () => {
    expect(paths({ person: { ...ua, documentNumber: '' } })).toEqual(['person.documentNumber']);
    expect(paths({ person: { ...ua, sex: null } })).toEqual(['person.sex']);
  });

  it('refuses a citizenship that is not a two-letter code, with a message', () => {
    const fields = errors({ person: { ...ua, citizenship: 'Ukraina' } });
    expect(fields.map((f) => f.path)).toEqual(['person.citizenship']);
    expect(fields[0]!.message).toMatch(/UA/);
  });

  it('refuses an impossible, ancient or future birth date', () => {
    expect(paths({ person: { ...ua, birthDate: '1987-02-30' } })).toEqual(['person.birthDate']);
    expect(paths({ person: { ...ua, birthDate: '0000-01-01' } })).toEqual(['person.birthDate']);
    const nextYear = new Date().getUTCFullYear() + 1;
    const future = errors({ person: { ...ua, birthDate: `${nextYear}-01-01` } });
    expect(future.map((f) => f.path)).toEqual(['person.birthDate']);
    expect(future[0]!.message).toMatch(
      /^Data urodzenia musi przypadać między 01\.01\.1800 a \d{2}\.\d{2}\.\d{4}\.$/,
    );
    expect(paths({ person: { ...ua, birthDate: todayInPoland() } })).toEqual([]);
  });

  it('refuses a PESEL whose birth date is still to come', () => {
    const fields = errors({ person: { ...base, pesel: '00610100020' } }); // 2200-01-01
    expect(fields).toEqual([
      {
        path: 'person.pesel',
        message: 'PESEL zawiera datę urodzenia z przyszłości — sprawdź, czy nie ma literówki.',
      },
    ]);
  });

  it('refuses an unknown document type or sex', () => {
    expect(paths({ person: { ...ua, documentType: 'libraryCard', sex: 'X' } }).sort()).toEqual([
      'person.documentType',
      'person.sex',
    ]);
  });
});

describe('person contact and garbage', () => {
  const p = { ...base, pesel: makePesel('1970-01-01', 'F', 3) };

  it('checks phone, e-mail and postal code and treats empty ones as none', () => {
    expect(paths({ person: { ...p, phone: 'abc', email: 'nope', postalCode: '05800' } }).sort()).toEqual([
      'person.email',
      'person.phone',
      'person.postalCode',
    ]);
    expect(PersonInput.parse({ ...p, phone: '', email: ' ', postalCode: '' })).toMatchObject({
      phone: null,
      email: null,
      postalCode: null,
    });
  });

  it('refuses wrong types and a missing person with a field path, never a throw', () => {
    expect(paths({ person: { ...p, firstName: 42 } })).toEqual(['person.firstName']);
    expect(paths({})).toEqual(['person']);
    expect(paths([])).toEqual(['']);
    expect(paths(null)).toEqual(['']);
  });

  it('refuses text with a NUL character, which the database cannot store', () => {
    expect(paths({ person: { ...p, firstName: 'Zo\u0000fia', city: 'Prusz\u0000ków' } })).toEqual([
      'person.firstName',
      'person.city',
    ]);
    expect(errors({ person: { ...p, surname: '\u0000\u0000' } })[0]!.message).toMatch(/znak sterujący/);
  });

  it('needs a positive whole version number to update', () => {
    expect(UpdatePerson.safeParse({ person: p, version: 0 }).success).toBe(false);
    expect(UpdatePerson.safeParse({ person: p, version: 1.5 }).success).toBe(false);
    expect(UpdatePerson.safeParse({ person: p, version: '1' }).success).toBe(false);
    expect(UpdatePerson.safeParse({ person: p, version: 2 ** 31 }).success).toBe(false);
    expect(UpdatePerson.safeParse({ person: p, version: 3 }).success).toBe(true);
  });
});

describe('PersonSearchQuery', () => {
  it('needs at least two characters and caps the page size', () => {
    expect(PersonSearchQuery.safeParse({ q: 'a' }).success).toBe(false);
    expect(PersonSearchQuery.safeParse({ q: ' ab ' }).data).toEqual({ q: 'ab', limit: 25 });
    expect(PersonSearchQuery.safeParse({ q: 'ab', limit: '101' }).success).toBe(false);
    expect(PersonSearchQuery.safeParse({ q: 'ab', limit: '0' }).success).toBe(false);
  });
});
