import '../index.ts';
import { describe, expect, it } from 'vitest';
import { makePesel } from '../shared/pesel.ts';
import { zodFieldErrors } from '../shared/validation.ts';
import { AddMember, CreateHousehold } from './household.ts';

const address = { street: 'ul. Żbikowska', building: '10', city: 'Pruszków' };
const person = (n: number) => ({
  firstName: 'Anna',
  surname: `Testowa${n}`,
  pesel: makePesel('1980-01-01', 'F', n),
});
const errors = (v: unknown) => {
  const r = CreateHousehold.safeParse(v);
  return r.success ? [] : zodFieldErrors(r.error, 'pl');
};

describe('CreateHousehold', () => {
  it('accepts a household with one applicant and other members', () => {
    const h = CreateHousehold.parse({
      address,
      members: [
        { relation: 'applicant', person: person(1) },
        { relation: 'spouse', person: person(2) },
        { relation: 'child', personId: '0b5e1f9e-7e59-4a2d-9d47-3f2b1c1a2b3c' },
      ],
    });
    expect(h.members).toHaveLength(3);
    expect(h.confirmDuplicate).toBe(false);
  });

  it.each([
    ['no applicant', ['spouse', 'child']],
    ['two applicants', ['applicant', 'applicant']],
  ])('refuses %s on the members field, with a message', (_name, relations) => {
    const fields = errors({
      address,
      members: relations.map((relation, i) => ({ relation, person: person(i) })),
    });
    expect(fields).toEqual([
      { path: 'members', message: 'Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę.' },
    ]);
  });

  it('refuses a household without members', () => {
    expect(errors({ address, members: [] }).map((e) => e.path)).toContain('members');
  });

  it("names the field of a new member's wrong PESEL", () => {
    const fields = errors({
      address,
      members: [
        { relation: 'applicant', person: person(1) },
        { relation: 'child', person: { ...person(2), pesel: '44051401358' } },
      ],
    });
    expect(fields).toEqual([
      {
        path: 'members.1.person.pesel',
        message: 'PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.',
      },
    ]);
  });

  it('needs a street, building and city', () => {
    const fields = errors({ address: { street: ' ', building: '', city: '' }, members: [] });
    expect(fields.map((f) => f.path)).toEqual(
      expect.arrayContaining(['address.street', 'address.building', 'address.city']),
    );
  });

  it('refuses an unknown relation on the relation field', () => {
    expect(errors({ address, members: [{ relation: 'boss', person: person(1) }] })).toEqual([
      { path: 'members.0.relation', message: 'Wybierz jedną z dostępnych opcji.' },
    ]);
  });

  it('needs each member to be either an existing person or a new one', () => {
    const neither = errors({ address, members: [{ relation: 'applicant' }] });
    expect(neither).toEqual([
      {
        path: 'members.0.personId',
        message: 'Wybierz istniejącą osobę albo wpisz dane nowej — jedno z dwóch.',
      },
    ]);
    const both = errors({
      address,
      members: [
        { relation: 'applicant', personId: '0b5e1f9e-7e59-4a2d-9d47-3f2b1c1a2b3c', person: person(1) },
      ],
    });
    expect(both.map((f) => f.path)).toEqual(['members.0.personId']);
  });

  it('gives the service an existing member or a new one, never both', () => {
    const h = CreateHousehold.parse({
      address,
      members: [
        { relation: 'applicant', person: person(1) },
        { relation: 'child', personId: '0b5e1f9e-7e59-4a2d-9d47-3f2b1c1a2b3c' },
      ],
    });
    expect(h.members[0]).toEqual({
      relation: 'applicant',
      person: expect.objectContaining({ surname: 'Testowa1' }),
    });
    expect(h.members[1]).toEqual({ relation: 'child', personId: '0b5e1f9e-7e59-4a2d-9d47-3f2b1c1a2b3c' });
  });
});

describe('AddMember', () => {
  it('takes an existing person or a new one, and an optional day of moving in', () => {
    const a = AddMember.parse({
      member: { relation: 'child', personId: '0b5e1f9e-7e59-4a2d-9d47-3f2b1c1a2b3c' },
      since: '2025-03-01',
    });
    expect(a.since).toBe('2025-03-01');
    expect(AddMember.safeParse({ member: { relation: 'child', personId: 'x' } }).success).toBe(false);
    expect(
      AddMember.safeParse({ member: { relation: 'child', person: person(3) }, since: '2025-02-30' }).success,
    ).toBe(false);
  });
});
