import { z } from 'zod';
import { alongsideFieldErrors } from '../portal/refine.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { email, isoDate, optionalText, phone, text, trimmed, version } from '../shared/validation.ts';

// Volunteers (ustawa z 24.04.2003 o działalności pożytku publicznego i o wolontariacie, dział III):
// a public sign-up, the coordinator's review, and the agreement (porozumienie, art. 44).
export const VOLUNTEER_SKILLS = [
  'shopping',
  'companionship',
  'walks',
  'transport',
  'tutoring',
  'events',
  'digitalHelp',
  'languages',
  'handyman',
  'other',
] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const VOLUNTEER_STATUSES = ['new', 'accepted', 'rejected'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** What the public form asks: how to reach the person, when they can help, with what. Nothing more. */
export const VolunteerSignUp = z
  .strictObject({
    firstName: trimmed(60),
    surname: trimmed(80),
    phone: phone.nullish(),
    email: email.nullish(),
    /** A minor volunteers with the consent of a parent (civil-law capacity) — the coordinator checks it. */
    adult: z.boolean(),
    availability: z.strictObject({
      weekdays: z.array(z.number().int().min(1).max(7)).min(1, 'validation.volunteer.days').max(7),
      times: z.array(z.enum(TIMES_OF_DAY)).min(1, 'validation.volunteer.times').max(3),
      note: optionalText(300),
    }),
    skills: z
      .array(z.enum(VOLUNTEER_SKILLS))
      .min(1, 'validation.volunteer.skills')
      .max(VOLUNTEER_SKILLS.length),
    about: optionalText(1000),
    /** Consent to processing the data for recruiting volunteers (RODO art. 6 ust. 1 lit. a). */
    consent: z.literal(true, 'validation.volunteer.consent'),
  })
  .superRefine((v, ctx) => {
    if (!v.phone && !v.email)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contact.required' });
  }, alongsideFieldErrors);
export type VolunteerSignUp = z.output<typeof VolunteerSignUp>;

export const ReviewInput = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  note: optionalText(1000),
  version,
});

/**
 * The agreement's terms (art. 44 ust. 1: scope, manner and time of the services). Over 30 days
 * it must be in writing (art. 44 ust. 4); it states how it can be terminated; for up to 30 days
 * the centre insures the volunteer against accidents (art. 46 ust. 1 pkt 4) [M].
 */
export const AgreementInput = z
  .strictObject({
    concludedOn: isoDate,
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    scope: trimmed(2000),
    place: trimmed(300),
    hours: trimmed(300),
    /** Volunteer's address, as the parties are identified in the agreement. */
    address: trimmed(300),
    travelCosts: z.boolean().default(false),
    noticeDays: z.number().int().min(0).max(90).default(7),
    signedForCentre: trimmed(120),
    extraTerms: text(2000).nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.validFrom < a.concludedOn)
      ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'validation.dateRange.order' });
    if (a.validTo && a.validTo < a.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.dateRange.order' });
  });
export type AgreementInput = z.output<typeof AgreementInput>;

/** Days the agreement runs for; null when it is open-ended. */
export function agreementDays(a: { validFrom: string; validTo?: string | null }): number | null {
  if (!a.validTo) return null;
  return Math.round((Date.parse(a.validTo) - Date.parse(a.validFrom)) / 86_400_000) + 1;
}

/** Art. 46 ust. 1 pkt 4 [M]: up to 30 days the centre must insure; longer, the statutory accident cover applies. */
export const needsAccidentInsurance = (a: { validFrom: string; validTo?: string | null }) => {
  const days = agreementDays(a);
  return days !== null && days <= 30;
};

export const agreementNumber = (year: number, n: number) => `PW/${year}/${String(n).padStart(4, '0')}`;

// Responses. Types are what the API sends (z.input: timestamps are ISO strings on the wire).

/** The public sign-up's answer: nothing to look up, the coordinator calls back. */
export const SignUpReceived = z.object({ received: z.literal(true) });
export type SignUpReceived = z.input<typeof SignUpReceived>;

export const Volunteer = z.object({
  id: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  adult: z.boolean(),
  availability: z.object({
    weekdays: z.array(z.number().int()),
    times: z.array(z.enum(TIMES_OF_DAY)),
    note: z.string().nullish(),
  }),
  skills: z.array(z.enum(VOLUNTEER_SKILLS)),
  about: z.string().nullable(),
  consentAt: timestamp,
  status: z.enum(VOLUNTEER_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: timestamp.nullable(),
  createdAt: timestamp,
  version: z.number().int(),
});
export type Volunteer = z.input<typeof Volunteer>;
export const VolunteerPage = cursorPage(Volunteer);
export type VolunteerPage = z.input<typeof VolunteerPage>;

/** A concluded agreement (porozumienie), numbered PW/year/n. */
export const Agreement = z.object({
  id: z.uuid(),
  volunteerId: z.uuid(),
  number: z.string(),
  concludedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  scope: z.string(),
  place: z.string(),
  hours: z.string(),
  address: z.string(),
  travelCosts: z.boolean(),
  noticeDays: z.number().int(),
  signedForCentre: z.string(),
  extraTerms: z.string().nullable(),
  createdAt: timestamp,
});
export type Agreement = z.input<typeof Agreement>;

export const VolunteerWithAgreements = Volunteer.extend({ agreements: z.array(Agreement) });
export type VolunteerWithAgreements = z.input<typeof VolunteerWithAgreements>;
