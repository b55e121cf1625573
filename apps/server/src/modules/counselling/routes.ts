import {
  BookingInput,
  CodeInput,
  ConsultationInput,
  SlotQuery,
  StaffCancellation,
} from '@ostoja/domain/counselling/booking';
import {
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
import {
  DutyInput,
  ExceptionInput,
  SpecialistInput,
  UpdateSpecialist,
} from '@ostoja/domain/counselling/specialist';
import { Ok } from '@ostoja/domain/shared/response';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { isoDate, version } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';
import * as setup from './setup.ts';
import * as work from './work.ts';

const base = '/api/v1/counselling';

export function counsellingRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/specialists`,
      response: PublicSpecialists,
      permission: 'public',
      summary: 'Specialists giving counselling, with their description and weekly duty hours (public)',
      handler: (_i, ctx) => service.publicSpecialists(ctx.q, ctx.locale),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/slots`,
      response: FreeSlots,
      permission: 'public',
      summary:
        'Free slots between two dates (at most 31 days, up to 60 days ahead; none on public holidays), with place or phone line',
      query: SlotQuery,
      handler: ({ query }, ctx) => service.freeSlots(ctx.q, query),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/bookings`,
      response: NewBooking,
      permission: 'public',
      summary:
        'Book a free slot without an account (name, phone or e-mail, optional note); answers the cancellation code, shown once. 409 slotTaken when someone was faster',
      body: BookingInput,
      status: 201,
      rateLimit: 'booking',
      handler: ({ body }, ctx) => service.book(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/bookings/lookup`,
      response: ResidentBooking,
      permission: 'public',
      summary:
        'A booking by its code (when, where, status, whether it can still be cancelled); unknown code: 404',
      body: CodeInput,
      rateLimit: 'bookingCode',
      handler: ({ body }, ctx) => service.lookup(ctx, body.code),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/bookings/cancel`,
      response: ResidentBooking,
      permission: 'public',
      summary: 'Cancel a booking with its code (until the session begins); the slot becomes free again',
      body: CodeInput,
      rateLimit: 'bookingCode',
      handler: ({ body }, ctx) => service.cancelByCode(ctx, body.code),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/schedule`,
      response: DaySchedule,
      permission: 'counselling.work',
      summary:
        'The day’s schedule: slots with bookings (name, contact, note), displaced and cancelled bookings, walk-ins. Default: the signed-in specialist, else all',
      query: z.object({ date: isoDate.optional(), specialistId: z.uuid().optional() }),
      handler: ({ query }, ctx) => work.daySchedule(ctx, query.date ?? todayInPoland(), query.specialistId),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/bookings/:id/no-show`,
      response: Booking,
      permission: 'counselling.work',
      summary: 'Record that the resident did not come (only once the slot has begun)',
      params: IdParams,
      body: z.strictObject({ version }),
      handler: ({ params, body }, ctx) => work.markNoShow(ctx, params.id, body.version),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/bookings/:id/cancellation`,
      response: Booking,
      permission: 'counselling.work',
      summary: 'Cancel a booking on the resident’s behalf (e.g. they phoned, or the specialist is ill)',
      params: IdParams,
      body: StaffCancellation,
      handler: ({ params, body }, ctx) => work.cancelForResident(ctx, params.id, body.reason, body.version),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/consultations`,
      response: RecordedConsultation,
      permission: 'counselling.work',
      summary: 'Record a consultation held (booked or walk-in): who, kind, mode, duration, referral',
      body: ConsultationInput,
      status: 201,
      handler: ({ body }, ctx) => work.recordConsultation(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/statistics`,
      response: YearCounts,
      permission: 'counselling.stats',
      summary:
        'Consultations in a year, in person and by phone, by kind; persons; bookings by outcome (for the reports)',
      query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      handler: ({ query }, ctx) => work.yearCounts(ctx, query.year),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/setup`,
      response: SetupOverview,
      permission: 'counselling.manage',
      summary: 'All specialists with their duty hours, and the exceptions of the coming year',
      handler: (_i, ctx) => setup.setupOverview(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/setup/specialists`,
      response: Specialist,
      permission: 'counselling.manage',
      summary: 'Add a specialist (linked to a staff account, or only named)',
      body: SpecialistInput,
      status: 201,
      handler: ({ body }, ctx) => setup.saveSpecialist(ctx, null, body),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/setup/specialists/:id`,
      response: Specialist,
      permission: 'counselling.manage',
      summary: 'Update a specialist (inactive ones offer no slots); refused when the version moved on',
      params: IdParams,
      body: UpdateSpecialist,
      handler: ({ params, body }, ctx) => setup.saveSpecialist(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/setup/specialists/:id/duties`,
      response: Duty,
      permission: 'counselling.manage',
      summary:
        'Add weekly duty hours: weekday, from–to, slot length, in person (office, room) or by phone, validity, months',
      params: IdParams,
      body: DutyInput,
      status: 201,
      handler: ({ params, body }, ctx) => setup.addDuty(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/setup/duties/:id`,
      response: Ok,
      permission: 'counselling.manage',
      summary: 'Remove weekly duty hours (bookings already made stay and show as displaced)',
      params: IdParams,
      handler: ({ params }, ctx) => setup.removeById(ctx, 'counselling_duty', params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/setup/exceptions`,
      response: AddedException,
      permission: 'counselling.manage',
      summary:
        'Add an absence (a specialist or the whole centre; whole day or hours) or an extra session; answers the bookings affected',
      body: ExceptionInput,
      status: 201,
      handler: ({ body }, ctx) => setup.addException(ctx, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/setup/exceptions/:id`,
      response: Ok,
      permission: 'counselling.manage',
      summary: 'Remove an exception',
      params: IdParams,
      handler: ({ params }, ctx) => setup.removeById(ctx, 'counselling_exception', params.id),
    }),
  ];
}
