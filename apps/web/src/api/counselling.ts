import type {
  BookingInput,
  ConsultationInput,
  SlotQuery,
  StaffCancellation,
} from '@ostoja/domain/counselling/booking';
import type {
  AddedException,
  Booking,
  DaySchedule,
  Duty,
  FreeSlots,
  NewBooking,
  PublicSpecialists,
  RecordedConsultation,
  ResidentBooking,
  SetupOverview,
  Specialist,
  YearCounts,
} from '@ostoja/domain/counselling/response';
import type {
  DutyInput,
  ExceptionInput,
  SpecialistInput,
  UpdateSpecialist,
} from '@ostoja/domain/counselling/specialist';
import type { Ok } from '@ostoja/domain/shared/response';
import { api, type In, type Query, withQuery } from './client.ts';

// Counselling, typed by the schemas the server runs: residents' booking without an account,
// the specialists' day, and the coordinator's setup.
const base = '/api/v1/counselling';

export const counsellingApi = {
  specialists: (signal?: AbortSignal) => api.get<PublicSpecialists>(`${base}/specialists`, signal),
  slots: (query: In<typeof SlotQuery>, signal?: AbortSignal) =>
    api.get<FreeSlots>(withQuery(`${base}/slots`, query as Query), signal),
  book: (body: In<typeof BookingInput>) => api.post<NewBooking>(`${base}/bookings`, body),
  lookup: (code: string) => api.post<ResidentBooking>(`${base}/bookings/lookup`, { code }),
  cancelByCode: (code: string) => api.post<ResidentBooking>(`${base}/bookings/cancel`, { code }),

  schedule: (query: { date?: string; specialistId?: string }, signal?: AbortSignal) =>
    api.get<DaySchedule>(withQuery(`${base}/schedule`, query), signal),
  noShow: (id: string, version: number) => api.post<Booking>(`${base}/bookings/${id}/no-show`, { version }),
  cancelForResident: (id: string, body: In<typeof StaffCancellation>) =>
    api.post<Booking>(`${base}/bookings/${id}/cancellation`, body),
  recordConsultation: (body: In<typeof ConsultationInput>) =>
    api.post<RecordedConsultation>(`${base}/consultations`, body),
  statistics: (year: number, signal?: AbortSignal) =>
    api.get<YearCounts>(withQuery(`${base}/statistics`, { year }), signal),

  setup: (signal?: AbortSignal) => api.get<SetupOverview>(`${base}/setup`, signal),
  addSpecialist: (body: In<typeof SpecialistInput>) =>
    api.post<Specialist>(`${base}/setup/specialists`, body),
  updateSpecialist: (id: string, body: In<typeof UpdateSpecialist>) =>
    api.put<Specialist>(`${base}/setup/specialists/${id}`, body),
  addDuty: (specialistId: string, body: In<typeof DutyInput>) =>
    api.post<Duty>(`${base}/setup/specialists/${specialistId}/duties`, body),
  removeDuty: (id: string) => api.delete<Ok>(`${base}/setup/duties/${id}`),
  addException: (body: In<typeof ExceptionInput>) =>
    api.post<AddedException>(`${base}/setup/exceptions`, body),
  removeException: (id: string) => api.delete<Ok>(`${base}/setup/exceptions/${id}`),
};

// The shapes the screens name.
export type { AddedException, PublicSpecialists, SetupOverview };
export type SetupSpecialist = SetupOverview['specialists'][number];
export type SetupException = SetupOverview['exceptions'][number];
export type PublicSpecialist = PublicSpecialists['items'][number];
export type DutyHours = PublicSpecialist['dutyHours'][number];
export type PublicSlot = FreeSlots['items'][number];
export type Booked = NewBooking;
export type LookedUp = ResidentBooking;
export type Schedule = DaySchedule;
export type ScheduleOf = DaySchedule['specialists'][number];
/** A booking as staff see it: in the day's schedule it also names the consultation recorded. */
export type StaffBooking = Booking & { consultationId?: string | null };
