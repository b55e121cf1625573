import { z } from 'zod';
import { LOCALES } from '../i18n/types.ts';
import { BOOKING_STATUSES, CONSULTATION_KINDS, REFERRALS } from './booking.ts';
import { EXCEPTION_KINDS, MODES, SPECIALIST_KINDS } from './specialist.ts';

// What the counselling routes answer: to residents (specialists, free slots, their booking) and
// to the specialists and their coordinator (the day's schedule, records, setup, counts).

const mode = z.enum(MODES);
const kind = z.enum(SPECIALIST_KINDS);

export const PublicSpecialists = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind,
      publicName: z.string(),
      description: z.string().nullable(),
      lang: z.enum(LOCALES),
      /** The weekly duty hours in force or to come. */
      dutyHours: z.array(
        z.object({
          weekday: z.number(),
          start: z.string(),
          end: z.string(),
          mode,
          validFrom: z.string(),
          validTo: z.string().nullable(),
          months: z.array(z.number()).nullable(),
          phone: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type PublicSpecialists = z.input<typeof PublicSpecialists>;

/** A slot as a resident sees it: who, when, and where (an office) or which phone line. */
export const PublicSlot = z.object({
  specialistId: z.uuid(),
  kind,
  publicName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  mode,
  office: z
    .object({
      id: z.uuid(),
      name: z.string(),
      street: z.string().nullable(),
      building: z.string().nullable(),
      city: z.string().nullable(),
    })
    .nullable(),
  room: z.string().nullable(),
  phoneLine: z.string().nullable(),
});
export type PublicSlot = z.input<typeof PublicSlot>;
export const FreeSlots = z.object({ from: z.string(), to: z.string(), items: z.array(PublicSlot) });
export type FreeSlots = z.input<typeof FreeSlots>;

const status = z.enum(BOOKING_STATUSES);
export const NewBooking = PublicSlot.extend({
  id: z.uuid(),
  /** Shown once: only its hash is stored. */
  code: z.string(),
  status,
  name: z.string(),
});
export type NewBooking = z.input<typeof NewBooking>;
export const ResidentBooking = PublicSlot.extend({
  status,
  name: z.string().nullable(),
  canCancel: z.boolean(),
});
export type ResidentBooking = z.input<typeof ResidentBooking>;

// --- the specialists' side ------------------------------------------------------------------------

export const Booking = z.object({
  id: z.uuid(),
  specialistId: z.uuid(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  mode,
  officeId: z.uuid().nullable(),
  room: z.string().nullable(),
  phoneLine: z.string().nullable(),
  /** Null once erased, some days after the session. */
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  status,
  cancelledBy: z.string().nullable(),
  version: z.number(),
});
export type Booking = z.input<typeof Booking>;
const ScheduledBooking = Booking.extend({ consultationId: z.uuid().nullable() });

export const HeldConsultation = z.object({
  id: z.uuid(),
  bookingId: z.uuid().nullable(),
  specialistId: z.uuid(),
  kind: z.enum(CONSULTATION_KINDS),
  mode,
  durationMinutes: z.number(),
  clientName: z.string().nullable(),
  referral: z.enum(REFERRALS),
});
export type HeldConsultation = z.input<typeof HeldConsultation>;

const Slot = z.object({
  specialistId: z.uuid(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  mode,
  officeId: z.uuid().nullable(),
  room: z.string().nullable(),
  phone: z.string().nullable(),
});

export const DaySchedule = z.object({
  date: z.string(),
  specialists: z.array(
    z.object({
      id: z.uuid(),
      kind,
      publicName: z.string(),
      slots: z.array(Slot.extend({ booking: ScheduledBooking.nullable() })),
      /** Bookings whose slot is no longer in the schedule: someone must call these residents. */
      displaced: z.array(ScheduledBooking),
      cancelled: z.array(Booking),
      walkIns: z.array(HeldConsultation),
    }),
  ),
});
export type DaySchedule = z.input<typeof DaySchedule>;

export const RecordedConsultation = z.object({
  id: z.uuid(),
  specialistId: z.uuid(),
  bookingId: z.uuid().nullish(),
  heldOn: z.string(),
  mode,
  kind: z.enum(CONSULTATION_KINDS),
  durationMinutes: z.number(),
  personId: z.uuid().nullish(),
  clientName: z.string().nullish(),
  firstInYear: z.boolean(),
  referral: z.enum(REFERRALS),
  referralNote: z.string().nullish(),
});
export type RecordedConsultation = z.input<typeof RecordedConsultation>;

export const YearCounts = z.object({
  year: z.number(),
  consultations: z.object({ total: z.number(), inPerson: z.number(), phone: z.number() }),
  persons: z.number(),
  /** Consultations held anonymously (counted in the total). */
  anonymous: z.number(),
  byKind: z.array(
    z.object({
      kind: z.enum(CONSULTATION_KINDS),
      mode,
      consultations: z.number(),
      persons: z.number(),
      minutes: z.number(),
    }),
  ),
  bookings: z.record(z.string(), z.number()),
});
export type YearCounts = z.input<typeof YearCounts>;

// --- setup ---------------------------------------------------------------------------------------

export const Specialist = z.object({
  id: z.uuid(),
  kind,
  publicName: z.string(),
  staffUserId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  texts: z
    .object({
      pl: z.object({ description: z.string() }),
      uk: z.object({ description: z.string() }).optional(),
      en: z.object({ description: z.string() }).optional(),
    })
    .nullable(),
  active: z.boolean(),
  consultationPoint: z.boolean(),
  version: z.number(),
});
export type Specialist = z.input<typeof Specialist>;

const sessionPlace = {
  start: z.string(),
  end: z.string(),
  mode,
  officeId: z.uuid().nullish(),
  room: z.string().nullish(),
  phone: z.string().nullish(),
};
export const Duty = z.object({
  id: z.uuid(),
  specialistId: z.uuid(),
  weekday: z.number(),
  slotMinutes: z.number(),
  ...sessionPlace,
  validFrom: z.string(),
  validTo: z.string().nullish(),
  months: z.array(z.number()).nullish(),
});
export type Duty = z.input<typeof Duty>;

export const DutyException = z.object({
  id: z.uuid(),
  specialistId: z.uuid().nullable(),
  date: z.string(),
  kind: z.enum(EXCEPTION_KINDS),
  start: z.string().nullable(),
  end: z.string().nullable(),
  slotMinutes: z.number().nullish(),
  mode: mode.nullish(),
  officeId: z.uuid().nullish(),
  room: z.string().nullish(),
  phone: z.string().nullish(),
  note: z.string().nullable(),
});
export type DutyException = z.input<typeof DutyException>;

export const SetupOverview = z.object({
  specialists: z.array(Specialist.extend({ duties: z.array(Duty) })),
  /** Exceptions of the coming year. */
  exceptions: z.array(DutyException),
});
export type SetupOverview = z.input<typeof SetupOverview>;

/** An absence answers the bookings it falls on, for whoever calls those residents. */
export const AddedException = DutyException.extend({
  affectedBookings: z.array(
    Booking.pick({
      id: true,
      specialistId: true,
      date: true,
      start: true,
      end: true,
      name: true,
      phone: true,
      email: true,
      status: true,
      version: true,
    }),
  ),
});
export type AddedException = z.input<typeof AddedException>;
