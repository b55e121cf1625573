import type { Role } from '@ostoja/domain/identity/roles';
import type { CreateStaffUser, StaffUser, UpdateStaffUser } from '@ostoja/domain/identity/staff-user';
import type { FieldTeamStreetInput, Parity } from '@ostoja/domain/org/address';
import { orNull } from '../../lib/forms.ts';

// What the admin forms send, from what was typed: the schema checks it before it goes.

export type UserValues = Record<
  'login' | 'fullName' | 'email' | 'password' | 'note' | 'jobTitle' | 'authorisationNumber' | 'orgUnitId',
  string
> & { roles: Role[]; isActive: boolean };

/** A new account sends its password; an edit sends one only when a new one was typed. */
export function userBody(v: UserValues, user: StaffUser | undefined): CreateStaffUser | UpdateStaffUser {
  const common = {
    login: v.login,
    fullName: v.fullName,
    email: orNull(v.email),
    orgUnitId: orNull(v.orgUnitId),
    roles: v.roles,
    isActive: v.isActive,
    jobTitle: orNull(v.jobTitle),
    authorisationNumber: orNull(v.authorisationNumber),
  };
  return user
    ? { ...common, version: user.version, password: v.password || undefined, note: v.note }
    : { ...common, password: v.password };
}

export type StreetValues = {
  street: string;
  city: string;
  numberFrom: string;
  numberTo: string;
  parity: Parity;
};

/** An empty number is "no range"; anything else is a number (or fails the schema as one). */
const num = (s: string) => (s.trim() === '' ? null : Number(s));

export const streetBody = (v: StreetValues): FieldTeamStreetInput => ({
  ...v,
  numberFrom: num(v.numberFrom),
  numberTo: num(v.numberTo),
});
