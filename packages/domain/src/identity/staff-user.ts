import { z } from 'zod';
import { cursorPage } from '../shared/response.ts';
import { email, optionalText, trimmed, version } from '../shared/validation.ts';
import { ROLES } from './roles.ts';

export const LoginInput = z.object({
  login: trimmed(100),
  password: z.string().min(1).max(200),
  /** The authenticator's 6-digit code, or a recovery code, once two-factor sign-in is on. */
  code: z.string().trim().max(20).optional(),
});
export type LoginInput = z.infer<typeof LoginInput>;

const password = z.string().min(12).max(200);

export const StaffUserInput = z.object({
  login: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-z0-9._-]+$/i, 'validation.login.format'),
  fullName: trimmed(200),
  email: email.nullish(),
  orgUnitId: z.uuid().nullish(),
  roles: z.array(z.enum(ROLES)).min(1, 'validation.roles.required'),
  isActive: z.boolean().default(true),
  /** Printed under the signature on decisions. */
  jobTitle: optionalText(200),
  /** The upoważnienie to sign decisions on the authority's behalf; without it the user may not sign. */
  authorisationNumber: optionalText(100),
});
export type StaffUserInput = z.infer<typeof StaffUserInput>;

export const CreateStaffUser = StaffUserInput.extend({ password });
export type CreateStaffUser = z.infer<typeof CreateStaffUser>;

export const UpdateStaffUser = StaffUserInput.extend({
  version,
  password: password.optional(),
  note: optionalText(200),
  /** The staff member lost the authenticator and the recovery codes: the next sign-in enrols anew. */
  resetTotp: z.boolean().optional(),
});
export type UpdateStaffUser = z.infer<typeof UpdateStaffUser>;

// Responses (what the API sends).

export const StaffUser = z.object({
  id: z.uuid(),
  login: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  isActive: z.boolean(),
  jobTitle: z.string().nullable(),
  authorisationNumber: z.string().nullable(),
  version: z.number().int(),
});
export type StaffUser = z.input<typeof StaffUser>;

export const StaffUserPage = cursorPage(StaffUser);
export type StaffUserPage = z.input<typeof StaffUserPage>;

/** The signed-in staff member: who they are, their roles and what those allow. */
export const Me = z.object({
  id: z.uuid(),
  login: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  orgUnitId: z.uuid().nullable(),
  /** A role of this user requires two-factor sign-in and none is set up yet: only enrolment is open. */
  mustEnrolTotp: z.boolean(),
});
export type Me = z.input<typeof Me>;
