import { CreateStaffUser, type StaffUser, UpdateStaffUser } from '@ostoja/domain/identity/staff-user';
import { FieldTeamStreetInput } from '@ostoja/domain/org/address';
import { describe, expect, it } from 'vitest';
import { fromZod } from '../../lib/forms.ts';
import { type StreetValues, streetBody, type UserValues, userBody } from './bodies.ts';

// What the administrator sees under a field before anything is sent: the schema's message (in
// Polish) on the field whose id the form gives it.
const errorsOf = (schema: typeof FieldTeamStreetInput | typeof CreateStaffUser, body: unknown) => {
  const r = schema.safeParse(body);
  return r.success ? {} : fromZod(r.error, 'pl');
};

describe('the street form', () => {
  const typed = (numberFrom: string, numberTo: string): StreetValues => ({
    street: 'Świerkowa',
    city: 'Żory',
    numberFrom,
    numberTo,
    parity: 'odd',
  });

  it('sends the numbers typed as numbers, and no range when both are empty', () => {
    expect(FieldTeamStreetInput.parse(streetBody(typed('1', '49')))).toMatchObject({
      numberFrom: 1,
      numberTo: 49,
    });
    expect(FieldTeamStreetInput.parse(streetBody(typed('', ' ')))).toMatchObject({
      numberFrom: null,
      numberTo: null,
    });
  });

  it('says under "Do numeru" that a range needs both ends, or that it ends before it starts', () => {
    expect(errorsOf(FieldTeamStreetInput, streetBody(typed('10', '')))).toEqual({
      numberTo:
        'Podaj oba końce zakresu numerów („od” i „do”) albo żaden — wtedy zespół obsługuje całą ulicę.',
    });
    expect(errorsOf(FieldTeamStreetInput, streetBody(typed('20', '10')))).toEqual({
      numberTo: 'Numer „do” nie może być mniejszy niż numer „od”.',
    });
  });

  it('refuses a number that is not one, under its own field', () => {
    expect(Object.keys(errorsOf(FieldTeamStreetInput, streetBody(typed('dziesięć', '12'))))).toEqual([
      'numberFrom',
    ]);
  });
});

describe('the staff account form', () => {
  const typed: UserValues = {
    login: 'znowak',
    fullName: 'Żaneta Nowakowska',
    email: '',
    orgUnitId: '',
    roles: ['socialWorker'],
    isActive: true,
    jobTitle: '',
    authorisationNumber: '',
    password: '',
    note: '',
  };
  const saved = { id: '00000000-0000-4000-8000-000000000001', version: 3 } as StaffUser;

  it('a new account without a role is refused under "Role"', () => {
    const body = userBody({ ...typed, roles: [], password: 'Bardzo-dlugie-haslo-2026' }, undefined);
    expect(errorsOf(CreateStaffUser, body)).toEqual({ roles: 'Wybierz co najmniej jedną rolę.' });
  });

  it('an edit without a new password keeps the old one (nothing sent), with the version read', () => {
    const body = UpdateStaffUser.parse(userBody(typed, saved));
    expect(body.password).toBeUndefined();
    expect(body.version).toBe(3);
    expect(body.email).toBeNull();
  });

  it('a new account must have its password', () => {
    expect(Object.keys(errorsOf(CreateStaffUser, userBody(typed, undefined)))).toEqual(['password']);
  });
});
