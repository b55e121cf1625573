import { registerMessages } from '@ostoja/domain/i18n/index';
import { services } from '@ostoja/domain/i18n/services';
import type {
  CareCandidatePage,
  CareService,
  CareServicePage,
  CreateCareService,
} from '@ostoja/domain/services/care-service';
import type { FeeTable, FeeTableInput, FeeTableList } from '@ostoja/domain/services/fee-table';
import type { z } from 'zod';
import { uiServices } from '../i18n/ui-services.ts';
import { api, type Query, withQuery } from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens.
registerMessages(uiServices, services);

// The services module's API, typed by the schemas the server runs.
type In<S extends z.ZodType> = z.input<S>;
type PageQuery = { after?: string | undefined; limit: number };

export const servicesApi = {
  feeTables: (query: PageQuery, signal?: AbortSignal) =>
    api.get<FeeTableList>(withQuery('/api/v1/services/fee-tables', query as Query), signal),
  addFeeTable: (body: In<typeof FeeTableInput>) => api.post<FeeTable>('/api/v1/services/fee-tables', body),
  careServices: (query: PageQuery, signal?: AbortSignal) =>
    api.get<CareServicePage>(withQuery('/api/v1/care-services', query as Query), signal),
  candidates: (query: PageQuery, signal?: AbortSignal) =>
    api.get<CareCandidatePage>(withQuery('/api/v1/care-services/candidates', query as Query), signal),
  careService: (id: string, signal?: AbortSignal) =>
    api.get<CareService>(`/api/v1/care-services/${id}`, signal),
  decide: (body: In<typeof CreateCareService>) => api.post<CareService>('/api/v1/care-services', body),
};
