import { z } from 'zod';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { RELATIONS } from '../registry/household.ts';
import { checkPesel, decodePesel } from '../shared/pesel.ts';
import {
  email,
  isoDate,
  optionalText,
  phone,
  postalCode,
  todayInPoland,
  trimmed,
} from '../shared/validation.ts';
import { alongsideFieldErrors } from './refine.ts';

// An application for help filed online by a resident, modelled on the national PS-1 form
// (wniosek o przyznanie pomocy społecznej, Emp@tia): who applies, the household, what help,
// why, how to reach them. It is an INTAKE, not yet a registered application (art. 102 ups):
// the field team's social worker contacts the resident, checks identity and the facts, and
// registers the household and the application in the back office.

/** Forms of help a resident may ask for (art. 36 ups), in the resident's words. */
export const INTAKE_HELP_KINDS = [
  'zasilekStaly',
  'zasilekOkresowy',
  'zasilekCelowy',
  'specjalnyZasilekCelowy',
  'meals',
  'clothing',
  'shelter',
  'careServices',
  'socialWork',
  'counselling',
  'crisisIntervention',
  'familyAssistant',
  'careHome',
  'other',
] as const;
export const INTAKE_STATUSES = ['received', 'inReview', 'accepted', 'declined'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];
export const CONTACT_CHANNELS = ['phone', 'email', 'post'] as const;

export const optionalPesel = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullish()
  .superRefine((pesel, ctx) => {
    if (!pesel) return;
    const problem = checkPesel(pesel);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.pesel.${problem}` });
    else if (decodePesel(pesel)!.birthDate > todayInPoland())
      ctx.addIssue({ code: 'custom', message: 'validation.pesel.future' });
  });
const birthDate = isoDate.nullish().refine((d) => !d || d <= todayInPoland(), 'validation.date.future');

const person = {
  firstName: trimmed(60),
  surname: trimmed(80),
  pesel: optionalPesel,
  birthDate,
};

/** The resident's address as every online form asks it. */
export const ResidentAddress = z.strictObject({
  street: trimmed(120),
  building: trimmed(20),
  apartment: optionalText(20),
  postalCode,
  city: trimmed(80),
});

/** How to reach the resident: a phone or an e-mail, and the channel preferred. */
export const contactFields = {
  phone: phone.nullish(),
  email: email.nullish(),
  preferredContact: z.enum(CONTACT_CHANNELS).default('phone'),
};

/** A phone or an e-mail is given, and the one preferred is among them. */
export function contactProblems(
  i: { phone?: string | null; email?: string | null; preferredContact: string },
  ctx: z.RefinementCtx,
) {
  if (!i.phone && !i.email)
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contact.required' });
  if (i.preferredContact === 'email' && !i.email)
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'validation.required' });
  if (i.preferredContact === 'phone' && !i.phone && i.email)
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.required' });
}

export const IntakeInput = z
  .strictObject({
    applicant: z.strictObject(person),
    address: ResidentAddress,
    ...contactFields,
    /** Everyone else who lives and keeps house with the applicant (art. 6 pkt 14 ups). */
    household: z
      .array(z.strictObject({ ...person, relation: z.enum(RELATIONS).exclude(['applicant']) }))
      .max(15)
      .default([]),
    help: z.array(z.enum(INTAKE_HELP_KINDS)).min(1, 'validation.intake.help').max(INTAKE_HELP_KINDS.length),
    helpOther: optionalText(500),
    /** The situation behind the request (art. 7 ups), optional: the description is what counts. */
    reasons: z.array(z.enum(HELP_REASONS)).max(HELP_REASONS.length).default([]),
    description: z.string().trim().min(20, 'validation.tooShort?min=20').max(5000),
    /** The applicant confirms the data are true (PS-1 ends with such a statement [M]). */
    declaration: z.literal(true, 'validation.intake.declaration'),
  })
  .superRefine((i, ctx) => {
    contactProblems(i, ctx);
    if (Array.isArray(i.help) && i.help.includes('other') && !i.helpOther)
      ctx.addIssue({ code: 'custom', path: ['helpOther'], message: 'validation.required' });
  }, alongsideFieldErrors);
export type IntakeInput = z.output<typeof IntakeInput>;

/** "E/2026/00042": the yearly register of online applications (E for elektroniczny). */
export const intakeReference = (year: number, n: number) => `E/${year}/${String(n).padStart(5, '0')}`;
export const intakeReferenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^E\/\d{4}\/\d{5}$/, 'validation.intake.reference');

/** The resident's proof of an application: its reference and the code shown once when filed. */
export const IntakeProof = z.strictObject({
  reference: intakeReferenceSchema,
  code: z.string().trim().min(1).max(40),
});

export const INTAKE_ACTIONS = ['take', 'setFieldTeam', 'accept', 'decline'] as const;
export type IntakeAction = (typeof INTAKE_ACTIONS)[number];

/** Which staff action each status allows, and the status it leads to (null: unchanged). */
export const INTAKE_TRANSITIONS: Record<IntakeStatus, Partial<Record<IntakeAction, IntakeStatus | null>>> = {
  received: { take: 'inReview', setFieldTeam: null, accept: 'accepted', decline: 'declined' },
  inReview: { setFieldTeam: null, accept: 'accepted', decline: 'declined' },
  accepted: {},
  declined: {},
};

/** The resident may add attachments until the application is settled. */
export const canAttach = (status: IntakeStatus) => status === 'received' || status === 'inReview';

export const AcceptIntake = z.strictObject({
  householdId: z.uuid(),
  personId: z.uuid(),
  applicationId: z.uuid().nullish(),
  version: z.number().int().min(1),
});
export const DeclineIntake = z.strictObject({
  reason: z.string().trim().min(3).max(1000),
  version: z.number().int().min(1),
});
