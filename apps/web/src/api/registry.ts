import type {
  AddMember,
  CreateHousehold,
  EndMembership,
  Household,
  PersonWithHistory,
  UpdateHousehold,
} from '@ostoja/domain/registry/household';
import type {
  CreatePerson,
  MergePerson,
  PersonHistoryPage,
  PersonSearchPage,
  PersonSearchQuery,
  UpdatePerson,
} from '@ostoja/domain/registry/person';
import type { SetUkrStatus, UkrStatus } from '@ostoja/domain/registry/ukr-status';
import { api, type In, postOn, type Query, withQuery } from './client.ts';

// The registry's API, typed by the schemas the server runs: requests as the schemas take them
// (z.input), answers as the response schemas send them.
export const registryApi = {
  searchPersons: (query: In<typeof PersonSearchQuery>, signal?: AbortSignal) =>
    api.get<PersonSearchPage>(withQuery('/api/v1/persons', query as Query), signal),
  person: (id: string, signal?: AbortSignal) => api.get<PersonWithHistory>(`/api/v1/persons/${id}`, signal),
  history: (id: string, query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<PersonHistoryPage>(withQuery(`/api/v1/persons/${id}/history`, query as Query), signal),
  createPerson: (body: In<typeof CreatePerson>) => api.post<PersonWithHistory>('/api/v1/persons', body),
  updatePerson: (id: string, body: In<typeof UpdatePerson>) =>
    api.put<PersonWithHistory>(`/api/v1/persons/${id}`, body),
  /** Merges this (duplicate) record into `intoId`; answers the kept record (decision 0015). */
  mergePerson: postOn<PersonWithHistory, typeof MergePerson>('/api/v1/persons', 'merge'),
  /** The UKR status with its history (act of 12.03.2022); setting it answers the same. */
  ukrStatus: (id: string, signal?: AbortSignal) =>
    api.get<UkrStatus>(`/api/v1/persons/${id}/ukr-status`, signal),
  setUkrStatus: (id: string, body: In<typeof SetUkrStatus>) =>
    api.put<UkrStatus>(`/api/v1/persons/${id}/ukr-status`, body),
  household: (id: string, signal?: AbortSignal) => api.get<Household>(`/api/v1/households/${id}`, signal),
  createHousehold: (body: In<typeof CreateHousehold>) => api.post<Household>('/api/v1/households', body),
  updateHousehold: (id: string, body: In<typeof UpdateHousehold>) =>
    api.put<Household>(`/api/v1/households/${id}`, body),
  addMember: postOn<Household, typeof AddMember>('/api/v1/households', 'members'),
  leave: (id: string, personId: string, body: In<typeof EndMembership>) =>
    api.post<Household>(`/api/v1/households/${id}/members/${personId}/leave`, body),
};
