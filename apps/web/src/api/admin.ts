import type { AuditPage, AuditQuery } from '@ostoja/domain/audit/audit-log';
import type {
  CreateStaffUser,
  StaffUser,
  StaffUserPage,
  UpdateStaffUser,
} from '@ostoja/domain/identity/staff-user';
import type { DatabaseStatus } from '@ostoja/domain/operations/database-status';
import type {
  FieldTeamStreet,
  FieldTeamStreetInput,
  FieldTeamStreetList,
  OrgUnitInput,
  OrgUnitList,
  OrgUnit as OrgUnitOut,
  UpdateOrgUnit,
} from '@ostoja/domain/org/address';
import type { CentreSettings } from '@ostoja/domain/org/settings';
import type { Ok } from '@ostoja/domain/shared/response';
import type { z } from 'zod';
import { api, byId, type In, pageOf, type Query, withQuery } from './client.ts';

// The administrator's API (staff accounts, organisation units and their streets, the centre's
// settings, the audit log), typed by the schemas the server runs: requests as the schemas take
// them (z.input), answers as the response schemas send them.
export type OrgUnit = z.input<typeof OrgUnitOut>;

export const adminApi = {
  users: pageOf<StaffUserPage>('/api/v1/users'),
  user: byId<StaffUser>('/api/v1/users'),
  createUser: (body: In<typeof CreateStaffUser>) => api.post<StaffUser>('/api/v1/users', body),
  updateUser: (id: string, body: In<typeof UpdateStaffUser>) =>
    api.put<StaffUser>(`/api/v1/users/${id}`, body),

  orgUnits: (signal?: AbortSignal) => api.get<OrgUnitList>('/api/v1/org-units', signal),
  createOrgUnit: (body: In<typeof OrgUnitInput>) => api.post<OrgUnit>('/api/v1/org-units', body),
  updateOrgUnit: (id: string, body: In<typeof UpdateOrgUnit>) =>
    api.put<OrgUnit>(`/api/v1/org-units/${id}`, body),

  streets: (teamId: string, signal?: AbortSignal) =>
    api.get<FieldTeamStreetList>(`/api/v1/field-teams/${teamId}/streets`, signal),
  addStreet: (teamId: string, body: In<typeof FieldTeamStreetInput>) =>
    api.post<FieldTeamStreet>(`/api/v1/field-teams/${teamId}/streets`, body),
  removeStreet: (id: string) => api.delete<Ok>(`/api/v1/field-team-streets/${id}`),

  settings: (signal?: AbortSignal) => api.get<CentreSettings>('/api/v1/centre-settings', signal),
  saveSettings: (body: In<typeof CentreSettings>) => api.put<CentreSettings>('/api/v1/centre-settings', body),

  database: (signal?: AbortSignal) => api.get<DatabaseStatus>('/api/v1/operations/database', signal),

  audit: (query: AuditQuery, signal?: AbortSignal) =>
    api.get<AuditPage>(withQuery('/api/v1/audit', query as Query), signal),
};
