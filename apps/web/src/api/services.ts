import { registerMessages } from '@ostoja/domain/i18n/index';
import { services } from '@ostoja/domain/i18n/services';
import { telecare } from '@ostoja/domain/i18n/telecare';
import type {
  Bill,
  BillPage,
  CreateProviderInvoice,
  IssuedBills,
  ProviderInvoice,
  RecordBillPayment,
} from '@ostoja/domain/services/bills';
import type {
  CareCandidatePage,
  CareService,
  CareServicePage,
  CreateCareService,
} from '@ostoja/domain/services/care-service';
import type { FeeTable, FeeTableInput, FeeTableList } from '@ostoja/domain/services/fee-table';
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
  Carer,
  CarerClients,
  CarerLoginPage,
  CarerPage,
  ConflictReport,
  CreateCarer,
  CreatePlanEntry,
  CreateVisit,
  DecisionSchedule,
  HoursReport,
  ImportResult,
  PlanEntry,
  Visit,
} from '@ostoja/domain/services/schedule';
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
import { uiCareSchedule } from '../i18n/ui-care-schedule.ts';
import { uiServices } from '../i18n/ui-services.ts';
import { uiTelecare } from '../i18n/ui-telecare.ts';
import { api, byId, type In, type PageQuery, pageOf, postOn, withQuery } from './client.ts';

// This module's strings (screens, the fee's steps, the server's messages) load with its screens.
registerMessages(uiServices, uiCareSchedule, uiTelecare, telecare, services);

// The services module's API, typed by the schemas the server runs.
export const servicesApi = {
  feeTables: pageOf<FeeTableList>('/api/v1/services/fee-tables'),
  addFeeTable: (body: In<typeof FeeTableInput>) => api.post<FeeTable>('/api/v1/services/fee-tables', body),
  careServices: pageOf<CareServicePage>('/api/v1/care-services'),
  candidates: pageOf<CareCandidatePage>('/api/v1/care-services/candidates'),
  careService: byId<CareService>('/api/v1/care-services'),
  decide: (body: In<typeof CreateCareService>) => api.post<CareService>('/api/v1/care-services', body),
};

// Carers' schedules: the coordinator's and the carer's own.
export const scheduleApi = {
  carers: pageOf<In<typeof CarerPage>>('/api/v1/care-schedule/carers'),
  addCarer: (body: In<typeof CreateCarer>) => api.post<Carer>('/api/v1/care-schedule/carers', body),
  carerLogins: (signal?: AbortSignal) =>
    api.get<CarerLoginPage>('/api/v1/care-schedule/carer-logins', signal),
  addPlan: (body: In<typeof CreatePlanEntry>) => api.post<PlanEntry>('/api/v1/care-schedule/plan', body),
  schedule: (id: string, month: string, signal?: AbortSignal) =>
    api.get<DecisionSchedule>(withQuery(`/api/v1/care-services/${id}/schedule`, { month }), signal),
  recordVisit: (body: In<typeof CreateVisit>) => api.post<Visit>('/api/v1/care-schedule/visits', body),
  importVisits: (csv: string) =>
    api.post<In<typeof ImportResult>>('/api/v1/care-schedule/visits/import', { csv }),
  conflicts: (month: string, signal?: AbortSignal) =>
    api.get<ConflictReport>(withQuery('/api/v1/care-schedule/conflicts', { month }), signal),
  hours: (month: string, signal?: AbortSignal) =>
    api.get<HoursReport>(withQuery('/api/v1/care-schedule/hours', { month }), signal),
  myClients: (signal?: AbortSignal) => api.get<CarerClients>('/api/v1/care-schedule/my-clients', signal),
};

// Monthly bills for care services and the providers' invoices.
export const billsApi = {
  issue: (month: string) => api.post<IssuedBills>('/api/v1/care-bills', { month }),
  register: pageOf<BillPage, PageQuery & { month: string }>('/api/v1/care-bills'),
  bill: byId<Bill>('/api/v1/care-bills'),
  pay: postOn<Bill, typeof RecordBillPayment>('/api/v1/care-bills', 'payments'),
  addInvoice: (body: In<typeof CreateProviderInvoice>) =>
    api.post<ProviderInvoice>('/api/v1/care-bills/provider-invoices', body),
};

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
