import type { Role } from './roles.ts';

// Every API route names exactly one of these. `public` needs no login, `authenticated`
// only a valid session. The matrix below is the only place that grants them.
export const PERMISSIONS = [
  'public',
  'authenticated',
  'registry.read',
  'registry.write',
  'org.read',
  'org.manage',
  'users.manage',
  'audit.read',
  'legalParameters.manage',
  'applications.read',
  'applications.write',
  'wywiad.write',
  'decisions.issue',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_STAFF: Permission[] = ['authenticated', 'org.read'];
const REGISTRY_RW: Permission[] = ['registry.read', 'registry.write'];
const APPLICATIONS_RW: Permission[] = ['applications.read', 'applications.write'];

/** Roles × permissions. Least privilege: a role gets only what its daily work needs. */
export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  administrator: [...ALL_STAFF, 'org.manage', 'users.manage', 'audit.read', 'legalParameters.manage'],
  director: [...ALL_STAFF, 'registry.read', 'applications.read'],
  socialWorker: [...ALL_STAFF, ...REGISTRY_RW, ...APPLICATIONS_RW, 'wywiad.write'],
  benefitsClerk: [...ALL_STAFF, ...REGISTRY_RW, ...APPLICATIONS_RW, 'decisions.issue'],
  familyAssistant: [...ALL_STAFF, 'registry.read'],
  specialist: [...ALL_STAFF, 'registry.read'],
  blueCardTeamMember: [...ALL_STAFF],
  centreStaff: [...ALL_STAFF, 'registry.read'],
  volunteerCoordinator: [...ALL_STAFF],
  auditor: [...ALL_STAFF, 'registry.read', 'audit.read', 'applications.read'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return permission === 'public' || PERMISSION_MATRIX[role].includes(permission);
}

export function rolesHave(roles: readonly Role[], permission: Permission): boolean {
  return permission === 'public' || roles.some((r) => roleHas(r, permission));
}
