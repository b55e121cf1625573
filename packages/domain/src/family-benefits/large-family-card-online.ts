import { z } from 'zod';
import { contactFields, contactProblems, optionalPesel, ResidentAddress } from '../portal/intake.ts';
import { alongsideFieldErrors } from '../portal/refine.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { isoDate, todayInPoland, trimmed } from '../shared/validation.ts';
import { addMonthsToDate } from './dates.ts';

// The Karta Dużej Rodziny applied for on the portal: the family as the resident types it (the
// persons are not yet in the registry), the attachments it brings, how to reach it. It lands in
// the staff's KDR module as a new online application; the clerk registers the family and the
// application there, which issues the cards.

/**
 * The documents the application needs (art. 10 ust. 3 ustawy o KDR and the rozporządzenie on
 * granting the card [M: the list]): identity of each member always; a child of 18+ in school
 * its school certificate; a child with a disability the certificate; a parent counting children
 * no longer in the family a proof of them (birth certificates).
 */
export const KDR_ATTACHMENTS = [
  'identity',
  'schoolCertificate',
  'disabilityCertificate',
  'parenthood',
] as const;
export type KdrAttachment = (typeof KDR_ATTACHMENTS)[number];

const birthDate = isoDate.refine((d) => d <= todayInPoland(), 'validation.date.future');

export const OnlineKdrMember = z.strictObject({
  firstName: trimmed(60),
  surname: trimmed(80),
  pesel: optionalPesel,
  birthDate,
  role: z.enum(['parent', 'child']),
  /** A parent: the children ever had, when more than those listed (art. 4 ust. 1a). */
  childrenEver: z.number().int().min(0).max(30).nullish(),
  /** A child in school or higher education: the end of schooling the certificate states. */
  schoolUntil: isoDate.nullish(),
  /** A child's moderate or significant disability certificate. */
  disability: z.boolean().default(false),
  /** Valid until; empty: permanently. */
  disabilityUntil: isoDate.nullish(),
  /** The electronic card in mObywatel as well (art. 10 ust. 1a). */
  electronic: z.boolean().default(false),
});
export type OnlineKdrMember = z.output<typeof OnlineKdrMember>;

/** The first member is the applicant: a parent or a parent's spouse (art. 10 ust. 1 ustawy o KDR). */
export const OnlineKdrApplication = z
  .strictObject({
    address: ResidentAddress,
    ...contactFields,
    members: z.array(OnlineKdrMember).min(1).max(20),
    attachments: z.array(z.enum(KDR_ATTACHMENTS)).max(KDR_ATTACHMENTS.length).default([]),
    declaration: z.literal(true, 'validation.intake.declaration'),
  })
  .superRefine((a, ctx) => {
    contactProblems(a, ctx);
    if (!Array.isArray(a.members)) return;
    if (a.members[0] && a.members[0].role !== 'parent')
      ctx.addIssue({
        code: 'custom',
        path: ['members', 0, 'role'],
        message: 'validation.largeFamilyCard.applicantParent',
      });
    a.members.forEach((m, i) => {
      if (m?.role !== 'child' && (m?.schoolUntil || m?.disability))
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'role'],
          message: 'validation.largeFamilyCard.childOnly',
        });
      if (m?.schoolUntil && m.schoolUntil < todayInPoland())
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'schoolUntil'],
          message: 'validation.largeFamilyCard.schoolEnded',
        });
    });
  }, alongsideFieldErrors);
export type OnlineKdrApplication = z.output<typeof OnlineKdrApplication>;

// Art. 10 ust. 3 ustawy o KDR [M: the list of the rozporządzenie]: the documents the family's members need, by who they are.
export function kdrAttachmentsNeeded(members: readonly OnlineKdrMember[], on: string): KdrAttachment[] {
  const adult = (m: OnlineKdrMember) => m.birthDate <= addMonthsToDate(on, -18 * 12);
  const children = members.filter((m) => m.role === 'child').length;
  const need: KdrAttachment[] = ['identity'];
  if (members.some((m) => m.role === 'child' && adult(m) && m.schoolUntil)) need.push('schoolCertificate');
  if (members.some((m) => m.role === 'child' && m.disability)) need.push('disabilityCertificate');
  if (members.some((m) => m.role === 'parent' && (m.childrenEver ?? 0) > children)) need.push('parenthood');
  return need;
}

/** The resident's proof: the reference in the centre's register of e-applications. */
export const FiledKdrApplication = z.object({
  reference: z.string(),
  submittedAt: timestamp,
  attachmentsNeeded: z.array(z.enum(KDR_ATTACHMENTS)),
  /** Needed and not attached: to bring to the office (or the clerk calls for them). */
  attachmentsMissing: z.array(z.enum(KDR_ATTACHMENTS)),
});
export type FiledKdrApplication = z.input<typeof FiledKdrApplication>;

export const ONLINE_KDR_STATUSES = ['received', 'registered'] as const;

export const OnlineKdrSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  submittedAt: timestamp,
  applicantName: z.string(),
  members: z.number().int(),
  status: z.enum(ONLINE_KDR_STATUSES),
  /** The application the clerk registered from it (null while received). */
  applicationId: z.uuid().nullable(),
});
export const OnlineKdrPage = cursorPage(OnlineKdrSummary);
export type OnlineKdrPage = z.input<typeof OnlineKdrPage>;

export const OnlineKdrDetail = OnlineKdrSummary.extend({
  address: z.object({
    street: z.string(),
    building: z.string(),
    apartment: z.string().nullish(),
    postalCode: z.string(),
    city: z.string(),
  }),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredContact: z.string(),
  familyMembers: z.array(
    z.object({
      firstName: z.string(),
      surname: z.string(),
      pesel: z.string().nullable(),
      birthDate: isoDate,
      role: z.enum(['parent', 'child']),
      childrenEver: z.number().int().nullable(),
      schoolUntil: isoDate.nullable(),
      disability: z.boolean(),
      disabilityUntil: isoDate.nullable(),
      electronic: z.boolean(),
    }),
  ),
  attachments: z.array(z.enum(KDR_ATTACHMENTS)),
  attachmentsMissing: z.array(z.enum(KDR_ATTACHMENTS)),
  /** Three children with a right on the day filed, as typed (the clerk checks it on registering). */
  familyQualifies: z.boolean(),
});
export type OnlineKdrDetail = z.input<typeof OnlineKdrDetail>;
