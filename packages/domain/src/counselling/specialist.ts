import { z } from 'zod';
import { publicText, publicTitle, translations } from '../portal/content.ts';
import { isoDate, optionalText, phone, version } from '../shared/validation.ts';

// Specialist counselling (poradnictwo specjalistyczne, art. 46 ups): who gives it, when
// (recurring weekly duty hours with exceptions), where and how (in person or by phone).
export const SPECIALIST_KINDS = [
  'psychologist',
  'lawyer',
  'violenceConsultant',
  'addictionConsultant',
  'familyCounsellor',
  'other',
] as const;
export type SpecialistKind = (typeof SPECIALIST_KINDS)[number];
export const MODES = ['inPerson', 'phone'] as const;
export type Mode = (typeof MODES)[number];

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const hhmm = z.string().regex(HHMM, 'validation.time');
export const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
export const fromMinutes = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const SpecialistInput = z.strictObject({
  kind: z.enum(SPECIALIST_KINDS),
  /** As residents see it: "mgr Anna Nowak", or just "Psycholog" if the person prefers. */
  publicName: publicTitle(120),
  /** The staff account of the specialist, when they have one (schedule "mine"). */
  staffUserId: z.uuid().nullish(),
  texts: translations({ description: publicText(2000) }).nullish(),
  active: z.boolean().default(true),
  /** Works at the consultation point (PIK) of the municipal alcohol programme. */
  consultationPoint: z.boolean().default(false),
});
export const UpdateSpecialist = SpecialistInput.extend({ version });

/** Where and how a session is held; shared by weekly duty hours and extra sessions. */
const sessionFields = {
  start: hhmm,
  end: hhmm,
  slotMinutes: z.number().int().min(10).max(240),
  mode: z.enum(MODES),
  /** The office (org unit) for sessions in person. */
  officeId: z.uuid().nullish(),
  room: optionalText(60),
  /** For phone sessions: the number the resident calls at the booked time. */
  phone: phone.nullish(),
};

type Session = { start: string; end: string; slotMinutes: number; mode: Mode; officeId?: string | null };
function checkSession(s: Session, ctx: z.RefinementCtx) {
  if (!HHMM.test(s.start) || !HHMM.test(s.end)) return;
  if (toMinutes(s.end) <= toMinutes(s.start))
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.time.order' });
  else if (toMinutes(s.end) - toMinutes(s.start) < s.slotMinutes)
    ctx.addIssue({ code: 'custom', path: ['slotMinutes'], message: 'validation.counselling.slotTooLong' });
  if (s.mode === 'inPerson' && !s.officeId)
    ctx.addIssue({ code: 'custom', path: ['officeId'], message: 'validation.required' });
}

/** Recurring weekly duty hours ("wtorki i środy 12:00–16:00"), optionally only in some months. */
export const DutyInput = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    ...sessionFields,
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    /** Months of the year it applies in (1–12), e.g. phone-only duty in July and August. */
    months: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
  })
  .superRefine((d, ctx) => {
    checkSession(d, ctx);
    if (d.validTo && d.validTo < d.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.dateRange.order' });
  });
export type DutyInput = z.output<typeof DutyInput>;

export const EXCEPTION_KINDS = ['absence', 'extra'] as const;

/**
 * A change on one day: an absence (the whole day when no times are given; for the whole centre
 * when no specialist is given) or an extra session outside the weekly hours.
 */
export const ExceptionInput = z
  .strictObject({
    specialistId: z.uuid().nullish(),
    date: isoDate,
    kind: z.enum(EXCEPTION_KINDS),
    start: hhmm.nullish(),
    end: hhmm.nullish(),
    slotMinutes: sessionFields.slotMinutes.nullish(),
    mode: sessionFields.mode.nullish(),
    officeId: sessionFields.officeId,
    room: sessionFields.room,
    phone: sessionFields.phone,
    note: optionalText(300),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'absence') {
      if (!e.start !== !e.end)
        ctx.addIssue({ code: 'custom', path: [e.start ? 'end' : 'start'], message: 'validation.range.both' });
      else if (e.start && e.end && toMinutes(e.end) <= toMinutes(e.start))
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.time.order' });
      return;
    }
    for (const f of ['specialistId', 'start', 'end', 'slotMinutes', 'mode'] as const)
      if (!e[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'validation.required' });
    if (e.start && e.end && e.slotMinutes && e.mode)
      checkSession(
        { start: e.start, end: e.end, slotMinutes: e.slotMinutes, mode: e.mode, officeId: e.officeId },
        ctx,
      );
  });
export type ExceptionInput = z.output<typeof ExceptionInput>;
