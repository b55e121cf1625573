import type {
  Activity,
  ActivityInput,
  ActivityPage,
  AttendanceSheet,
  EnrolInput,
  Enrolment,
  EnrolmentPage,
  EnrolmentStatus,
  Facility,
  FacilityInput,
  FacilityPage,
  Mark,
  MonthlyReport,
} from '@ostoja/domain/centres/facility';
import { centres } from '@ostoja/domain/i18n/centres';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiCentres } from '../i18n/ui-centres.ts';
import {
  api,
  byId,
  type In,
  type PageQuery,
  pageOf,
  pageUnder,
  postOn,
  postTo,
  withQuery,
} from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens.
registerMessages(uiCentres, centres);

// The support centres' API, typed by the schemas the server runs.
export const centresApi = {
  facilities: pageOf<FacilityPage>('/api/v1/facilities'),
  facility: byId<Facility>('/api/v1/facilities'),
  addFacility: postTo<Facility, In<typeof FacilityInput>>('/api/v1/facilities'),
  enrolments: pageUnder<EnrolmentPage, PageQuery & { status: EnrolmentStatus }>(
    '/api/v1/facilities',
    'enrolments',
  ),
  enrol: postOn<Enrolment, typeof EnrolInput>('/api/v1/facilities', 'enrolments'),
  enrolment: byId<Enrolment>('/api/v1/enrolments'),
  consentPdfUrl: (id: string) => `/api/v1/enrolments/${id}/consent`,
  signConsent: (id: string, on: string) => api.post<Enrolment>(`/api/v1/enrolments/${id}/consent`, { on }),
  accept: (id: string, on: string) => api.post<Enrolment>(`/api/v1/enrolments/${id}/acceptance`, { on }),
  end: (id: string, body: { on: string; reason: string }) =>
    api.post<Enrolment>(`/api/v1/enrolments/${id}/end`, body),
  sheet: (id: string, day: string, signal?: AbortSignal) =>
    api.get<AttendanceSheet>(withQuery(`/api/v1/facilities/${id}/attendance`, { day }), signal),
  mark: (enrolmentId: string, day: string, present: boolean) =>
    api.put<Mark>(`/api/v1/enrolments/${enrolmentId}/attendance/${day}`, { present }),
  report: (id: string, month: string, signal?: AbortSignal) =>
    api.get<MonthlyReport>(withQuery(`/api/v1/facilities/${id}/report`, { month }), signal),
  activities: pageUnder<ActivityPage>('/api/v1/facilities', 'activities'),
  addActivity: postOn<Activity, typeof ActivityInput>('/api/v1/facilities', 'activities'),
};
