import { registerMessages } from '@ostoja/domain/i18n/index';
import { services } from '@ostoja/domain/i18n/services';
import { telecare } from '@ostoja/domain/i18n/telecare';
import type {
  Assignment,
  AssignmentPage,
  CreateAssignment,
  CreateNeighbour,
  EnterHours,
  MonthHours,
  Neighbour,
  NeighbourPage,
  PaymentList,
} from '@ostoja/domain/services/neighbour';
import type {
  AlarmImportResult,
  AlarmPage,
  CreateDevice,
  CreateLoan,
  CreateTelecare,
  Device,
  DevicePage,
  Loan,
  Telecare,
  TelecarePage,
} from '@ostoja/domain/services/telecare';
import type { z } from 'zod';
import { uiTelecare } from '../i18n/ui-telecare.ts';
import { api, type Query, withQuery } from './client.ts';

// This module's strings (screens, the fee's steps, the server's messages) load with its screens.
registerMessages(uiTelecare, telecare, services);

// Telecare and neighbour services' API, typed by the schemas the server runs.
type In<S extends z.ZodType> = z.input<S>;
type PageQuery = { after?: string | undefined; limit: number };

export const telecareApi = {
  devices: (query: PageQuery, signal?: AbortSignal) =>
    api.get<DevicePage>(withQuery('/api/v1/telecare/devices', query as Query), signal),
  addDevice: (body: CreateDevice) => api.post<Device>('/api/v1/telecare/devices', body),
  decisions: (query: PageQuery, signal?: AbortSignal) =>
    api.get<TelecarePage>(withQuery('/api/v1/telecare/decisions', query as Query), signal),
  decision: (id: string, signal?: AbortSignal) =>
    api.get<Telecare>(`/api/v1/telecare/decisions/${id}`, signal),
  decide: (body: In<typeof CreateTelecare>) => api.post<Telecare>('/api/v1/telecare/decisions', body),
  lend: (body: CreateLoan) => api.post<Loan>('/api/v1/telecare/loans', body),
  endLoan: (id: string, body: { returnedOn: string; lost: boolean }) =>
    api.post<Loan>(`/api/v1/telecare/loans/${id}/end`, body),
  contractUrl: (id: string) => `/api/v1/telecare/loans/${id}/contract`,
  importAlarms: (csv: string) => api.post<AlarmImportResult>('/api/v1/telecare/alarms/import', { csv }),
  alarms: (query: PageQuery & { personId: string; month: string }, signal?: AbortSignal) =>
    api.get<AlarmPage>(withQuery('/api/v1/telecare/alarms', query as Query), signal),
};

export const neighbourApi = {
  neighbours: (query: PageQuery, signal?: AbortSignal) =>
    api.get<NeighbourPage>(withQuery('/api/v1/neighbour-services/neighbours', query as Query), signal),
  addNeighbour: (body: In<typeof CreateNeighbour>) =>
    api.post<Neighbour>('/api/v1/neighbour-services/neighbours', body),
  assignments: (query: PageQuery, signal?: AbortSignal) =>
    api.get<AssignmentPage>(withQuery('/api/v1/neighbour-services/assignments', query as Query), signal),
  assign: (body: In<typeof CreateAssignment>) =>
    api.post<Assignment>('/api/v1/neighbour-services/assignments', body),
  enterHours: (body: In<typeof EnterHours>) =>
    api.put<In<typeof MonthHours>>('/api/v1/neighbour-services/hours', body),
  payments: (month: string, signal?: AbortSignal) =>
    api.get<PaymentList>(withQuery('/api/v1/neighbour-services/payments', { month }), signal),
};
