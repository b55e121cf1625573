import { z } from 'zod';
import { alongsideFieldErrors } from '../portal/refine.ts';
import { email, isoDate, optionalText, phone, trimmed, version } from '../shared/validation.ts';
import { hhmm, MODES, SPECIALIST_KINDS, type SpecialistKind } from './specialist.ts';

/** How far ahead residents may book, and the widest range one listing of free slots covers. */
export const BOOKING_HORIZON_DAYS = 60;
export const MAX_SLOT_RANGE_DAYS = 31;
/** After this many days past the session, the resident's name and contact are erased. */
export const BOOKING_RETENTION_DAYS = 30;

export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'noShow'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const SlotQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    specialistId: z.uuid().optional(),
    kind: z.enum(SPECIALIST_KINDS).optional(),
    mode: z.enum(MODES).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dateRange.order' });
  });

/**
 * A resident books a free slot without an account: a name to call them by, and a phone number
 * or an e-mail address for the confirmation or a change. Nothing else is asked.
 */
export const BookingInput = z
  .strictObject({
    specialistId: z.uuid(),
    date: isoDate,
    start: hhmm,
    name: trimmed(120),
    phone: phone.nullish(),
    email: email.nullish(),
    /** Optional, e.g. "I need an interpreter"; residents are told not to write about their case here. */
    note: optionalText(500),
  })
  .superRefine((b, ctx) => {
    if (!b.phone && !b.email)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contact.required' });
  }, alongsideFieldErrors);
export type BookingInput = z.output<typeof BookingInput>;

export const CodeInput = z.strictObject({ code: z.string().trim().min(1).max(40) });

/** A specialist cancels a booking on the resident's behalf: why (they phoned, illness…). */
export const StaffCancellation = z.strictObject({ reason: trimmed(500), version });

export const CONSULTATION_KINDS = [
  'psychological',
  'legal',
  'violence',
  'addiction',
  'family',
  'pedagogical',
  'other',
] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

/** The consultation kind a specialist usually gives (the form's first choice). */
export const KIND_OF_SPECIALIST: Record<SpecialistKind, ConsultationKind> = {
  psychologist: 'psychological',
  lawyer: 'legal',
  violenceConsultant: 'violence',
  addictionConsultant: 'addiction',
  familyCounsellor: 'family',
  other: 'other',
};

export const REFERRALS = [
  'none',
  'socialWorker',
  'blueCard',
  'psychotherapy',
  'addictionTreatment',
  'freeLegalAid',
  'crisisIntervention',
  'other',
] as const;

/** The record of a consultation held (walk-in or booked): who, what kind, how long, any referral. */
export const ConsultationInput = z
  .strictObject({
    specialistId: z.uuid(),
    bookingId: z.uuid().nullish(),
    heldOn: isoDate,
    mode: z.enum(MODES),
    kind: z.enum(CONSULTATION_KINDS),
    durationMinutes: z.number().int().min(5).max(480),
    /** Who: a registry person, or a name / initials when the person is not in the registry. */
    personId: z.uuid().nullish(),
    clientName: optionalText(120),
    /** First consultation of this person in the year (reports count persons and consultations). */
    firstInYear: z.boolean().default(true),
    /** Held without learning who the person is (the consultation point allows it); still counted. */
    anonymous: z.boolean().default(false),
    referral: z.enum(REFERRALS).default('none'),
    referralNote: optionalText(500),
  })
  .superRefine((c, ctx) => {
    if (c.anonymous && (c.personId || c.clientName || c.bookingId))
      ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'validation.counselling.anonymousNamed' });
    if (!c.anonymous && !c.bookingId && !c.personId && !c.clientName)
      ctx.addIssue({ code: 'custom', path: ['clientName'], message: 'validation.required' });
    if (c.referral === 'other' && !c.referralNote)
      ctx.addIssue({ code: 'custom', path: ['referralNote'], message: 'validation.required' });
  });
export type ConsultationInput = z.output<typeof ConsultationInput>;
