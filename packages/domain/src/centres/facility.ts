import { z } from 'zod';
import { OpeningHours } from '../org/address.ts';
import { ExplanationStepSchema } from '../services/care-service.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Support centres and clubs the centre runs (placówki): their places, hours and staff, who is
// enrolled or waiting, the daily attendance and the classes. The requests and answers of the API.

/**
 * dayCareHome: dzienny dom pomocy (art. 51 ups); seniorClub: Klub Senior+; dayRoom: świetlica
 * socjoterapeutyczna (art. 24 uwr, specialist form); childrenClub: a club or świetlica for children
 * (art. 24 uwr, care form); supportedFlat: mieszkanie wspomagane (art. 53 ups); crisisPoint: a
 * crisis intervention point (art. 47 ups).
 */
export const FACILITY_KINDS = [
  'dayCareHome',
  'seniorClub',
  'dayRoom',
  'childrenClub',
  'supportedFlat',
  'crisisPoint',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Who referred the person: the seed's "a worker, a psychologist or the school's pedagogue", or the person. */
export const REFERRERS = ['socialWorker', 'psychologist', 'school', 'self', 'other'] as const;
/** Who signs the consent to take part: the person, or a parent or legal guardian for a child. */
export const CONSENT_BY = ['person', 'parent'] as const;
export const ENROLMENT_STATUSES = ['waiting', 'offered', 'enrolled', 'ended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

const grosze = z.number().int().min(0).max(2_000_000_000);

export const StaffMember = z.strictObject({ name: trimmed(120), role: trimmed(120) });

export const FacilityInput = z.strictObject({
  name: trimmed(200),
  kind: z.enum(FACILITY_KINDS),
  address: trimmed(300),
  /** Places: how many persons may be enrolled at once; the next wait on the list. */
  capacity: z.number().int().min(1, 'validation.centres.capacity').max(1000),
  openingHours: OpeningHours.min(1, 'validation.centres.hoursRequired').max(7),
  staff: z.array(StaffMember).max(50).default([]),
  /** What running the place costs a month (grosze): divided by the places it gives the cost per place. */
  monthlyCostGrosze: grosze,
  /** Whether the council's resolution on fees in support centres (art. 97 ust. 5 ups) charges for a day here. */
  charged: z.boolean().default(false),
});
export type FacilityInput = z.input<typeof FacilityInput>;

export const Facility = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(FACILITY_KINDS),
  address: z.string(),
  capacity: z.number().int(),
  openingHours: OpeningHours,
  staff: z.array(z.object({ name: z.string(), role: z.string() })),
  monthlyCostGrosze: z.number().int(),
  charged: z.boolean(),
  enrolled: z.number().int(),
  waiting: z.number().int(),
});
export type Facility = z.input<typeof Facility>;
export const FacilityPage = cursorPage(Facility);
export type FacilityPage = z.input<typeof FacilityPage>;
export const FacilityQuery = pageQuery(100, 50);

/** The household's income per art. 8 and its size, from the latest home visit: what the day's fee is computed on. */
export const FeeFactsInput = z.strictObject({
  incomeGrosze: grosze,
  householdSize: z.number().int().min(1).max(30),
});

export const EnrolInput = z
  .strictObject({
    personId: z.uuid(),
    /** The day the request came in; the waiting list goes by the order requests were recorded. */
    requestedOn: isoDate,
    referredBy: z.enum(REFERRERS),
    /** The worker, psychologist or school that referred (name, institution). */
    referrerName: optionalText(200),
    consentBy: z.enum(CONSENT_BY),
    /** The parent or guardian who signs for a child. */
    guardianName: optionalText(200),
    fee: FeeFactsInput.nullable().default(null),
  })
  .superRefine((e, ctx) => {
    if (e.consentBy === 'parent' && !e.guardianName)
      ctx.addIssue({
        code: 'custom',
        path: ['guardianName'],
        message: 'validation.centres.guardianRequired',
      });
    if (e.referredBy !== 'self' && !e.referrerName)
      ctx.addIssue({
        code: 'custom',
        path: ['referrerName'],
        message: 'validation.centres.referrerRequired',
      });
  });
export type EnrolInput = z.input<typeof EnrolInput>;

export const DayInput = z.strictObject({ on: isoDate });
export const EndInput = z.strictObject({ on: isoDate, reason: trimmed(300) });

export const Enrolment = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  requestedOn: isoDate,
  /** Place on the waiting list (1 = next), null unless waiting. */
  position: z.number().int().nullable(),
  offeredOn: isoDate.nullable(),
  enrolledOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  endReason: z.string().nullable(),
  referredBy: z.enum(REFERRERS),
  referrerName: z.string().nullable(),
  consentBy: z.enum(CONSENT_BY),
  guardianName: z.string().nullable(),
  consentSignedOn: isoDate.nullable(),
  dailyFeeGrosze: z.number().int().nullable(),
  feeTableNumber: z.string().nullable(),
  feeSteps: z.array(ExplanationStepSchema),
});
export type Enrolment = z.input<typeof Enrolment>;
export const EnrolmentPage = cursorPage(Enrolment);
export type EnrolmentPage = z.input<typeof EnrolmentPage>;
export const EnrolmentQuery = pageQuery(200, 100).extend({ status: z.enum(ENROLMENT_STATUSES) });
export type EnrolmentQuery = z.input<typeof EnrolmentQuery>;

/** One day's register: everyone enrolled that day, present, absent or not yet marked (null). */
export const AttendanceSheet = z.object({
  facilityId: z.uuid(),
  day: isoDate,
  /** Whether the place opens on that weekday (a mark on another day is refused). */
  open: z.boolean(),
  rows: z.array(
    z.object({
      enrolmentId: z.uuid(),
      personId: z.uuid(),
      firstName: z.string(),
      surname: z.string(),
      present: z.boolean().nullable(),
      /** Marks wait until the consent is signed. */
      consentSigned: z.boolean(),
    }),
  ),
});
export type AttendanceSheet = z.input<typeof AttendanceSheet>;
export const SheetQuery = z.object({ day: isoDate });

export const MarkInput = z.strictObject({ present: z.boolean() });
export const Mark = z.object({ enrolmentId: z.uuid(), day: isoDate, present: z.boolean() });
export type Mark = z.input<typeof Mark>;

export const ReportQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month'),
});

export const MonthlyReport = z.object({
  facilityId: z.uuid(),
  month: z.string(),
  capacity: z.number().int(),
  openDays: z.number().int(),
  /** Person-days of attendance. */
  attendanceDays: z.number().int(),
  participants: z.number().int(),
  /** Average present a day, to the hundredth. */
  averageDaily: z.number(),
  /** Average daily attendance against the places, % to the hundredth. */
  occupancyPct: z.number(),
  monthlyCostGrosze: z.number().int(),
  costPerPlaceGrosze: z.number().int(),
  costPerAttendanceDayGrosze: z.number().int().nullable(),
  feesGrosze: z.number().int(),
  rows: z.array(
    z.object({
      personId: z.uuid(),
      firstName: z.string(),
      surname: z.string(),
      daysPresent: z.number().int(),
      daysAbsent: z.number().int(),
      feeGrosze: z.number().int(),
    }),
  ),
});
export type MonthlyReport = z.input<typeof MonthlyReport>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
export const ActivityInput = z
  .strictObject({
    title: trimmed(200),
    heldOn: isoDate,
    startsAt: HHMM,
    endsAt: HHMM,
    leader: trimmed(120),
    /** Enrolments taking part. */
    participants: z.array(z.uuid()).max(500).default([]),
  })
  .superRefine((a, ctx) => {
    if (a.endsAt <= a.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.time.order' });
    if (new Set(a.participants).size !== a.participants.length)
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'validation.centres.duplicate' });
  });
export type ActivityInput = z.input<typeof ActivityInput>;

export const Activity = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  title: z.string(),
  heldOn: isoDate,
  startsAt: z.string(),
  endsAt: z.string(),
  leader: z.string(),
  participants: z.array(z.object({ enrolmentId: z.uuid(), firstName: z.string(), surname: z.string() })),
});
export type Activity = z.input<typeof Activity>;
export const ActivityPage = cursorPage(Activity);
export type ActivityPage = z.input<typeof ActivityPage>;
