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
import { uiTelecare } from '../i18n/ui-telecare.ts';
import { api, byId, type In, type PageQuery, pageOf, withQuery } from './client.ts';

// This module's strings (screens, the fee's steps, the server's messages) load with its screens.
registerMessages(uiTelecare, telecare, services);

// Telecare and neighbour services' API, typed by the schemas the server runs.
export const telecareApi = {
  devices: pageOf<DevicePage>('/api/v1/telecare/devices'),
  addDevice: (body: CreateDevice) => api.post<Device>('/api/v1/telecare/devices', body),
  decisions: pageOf<TelecarePage>('/api/v1/telecare/decisions'),
  decision: byId<Telecare>('/api/v1/telecare/decisions'),
  decide: (body: In<typeof CreateTelecare>) => api.post<Telecare>('/api/v1/telecare/decisions', body),
  lend: (body: CreateLoan) => api.post<Loan>('/api/v1/telecare/loans', body),
  endLoan: (id: string, body: { returnedOn: string; lost: boolean }) =>
    api.post<Loan>(`/api/v1/telecare/loans/${id}/end`, body),
  contractUrl: (id: string) => `/api/v1/telecare/loans/${id}/contract`,
  importAlarms: (csv: string) => api.post<AlarmImportResult>('/api/v1/telecare/alarms/import', { csv }),
  alarms: pageOf<AlarmPage, PageQuery & { personId: string; month: string }>('/api/v1/telecare/alarms'),
};

export const neighbourApi = {
  neighbours: pageOf<NeighbourPage>('/api/v1/neighbour-services/neighbours'),
  addNeighbour: (body: In<typeof CreateNeighbour>) =>
    api.post<Neighbour>('/api/v1/neighbour-services/neighbours', body),
  assignments: pageOf<AssignmentPage>('/api/v1/neighbour-services/assignments'),
  assign: (body: In<typeof CreateAssignment>) =>
    api.post<Assignment>('/api/v1/neighbour-services/assignments', body),
  enterHours: (body: In<typeof EnterHours>) =>
    api.put<In<typeof MonthHours>>('/api/v1/neighbour-services/hours', body),
  payments: (month: string, signal?: AbortSignal) =>
    api.get<PaymentList>(withQuery('/api/v1/neighbour-services/payments', { month }), signal),
};
