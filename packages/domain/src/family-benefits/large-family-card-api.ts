import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate } from '../shared/validation.ts';

// The Karta Dużej Rodziny in the API: the application with the family's members, the cards issued,
// the electronic card request, the extension on a new school certificate and the expiring list.

const Disability = z
  .object({ until: isoDate.nullable().default(null) })
  .nullable()
  .default(null);

export const LargeFamilyMemberInput = z.object({
  personId: z.uuid(),
  role: z.enum(['parent', 'child']),
  /** A parent: how many children the parent has ever had (art. 4 ust. 1a); default: the children listed. */
  childrenEver: z.number().int().min(0).max(30).optional(),
  /** A parent deprived of parental authority, or limited by a foster placement (art. 4 ust. 3). */
  deprivedOfAuthority: z.boolean().default(false),
  /** A child in school or higher education: the end of schooling the certificate states. */
  schoolUntil: isoDate.nullable().default(null),
  /** A child's moderate or significant disability certificate: valid until (null: permanently). */
  disability: Disability,
  /** The electronic (mobile) card is requested with the plastic one. */
  electronic: z.boolean().default(false),
});

export const CreateLargeFamilyCardApplication = z
  .object({
    householdId: z.uuid(),
    applicantId: z.uuid(),
    submittedOn: isoDate,
    members: z.array(LargeFamilyMemberInput).min(1).max(30),
    /** The portal application this registers (it is then marked registered). */
    onlineApplicationId: z.uuid().nullish(),
  })
  .superRefine((a, ctx) => {
    if (!a.members.some((m) => m.personId === a.applicantId))
      ctx.addIssue({
        code: 'custom',
        path: ['applicantId'],
        message: 'validation.largeFamilyCard.applicantMember',
      });
    a.members.forEach((m, i) => {
      if (m.schoolUntil && m.schoolUntil < a.submittedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'schoolUntil'],
          message: 'validation.largeFamilyCard.schoolEnded',
        });
      if (a.members.findIndex((x) => x.personId === m.personId) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'personId'],
          message: 'validation.largeFamilyCard.twice',
        });
    });
  });
export type CreateLargeFamilyCardApplication = z.input<typeof CreateLargeFamilyCardApplication>;

export const LargeFamilyCard = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  name: z.string(),
  role: z.enum(['parent', 'child']),
  validFrom: isoDate,
  /** null: no end (a parent since 2019, a child with a permanent disability). */
  validUntil: isoDate.nullable(),
  electronicRequestedOn: isoDate.nullable(),
  extendedOn: isoDate.nullable(),
  applicationId: z.uuid(),
});
export type LargeFamilyCard = z.input<typeof LargeFamilyCard>;

export const LargeFamilyMember = z.object({
  personId: z.uuid(),
  name: z.string(),
  birthDate: isoDate,
  role: z.enum(['parent', 'child']),
  /** Whether the member has a right to a card on the day of the application, and why not. */
  entitled: z.boolean(),
  reason: z.string().nullable(),
});

export const LargeFamilyCardApplicationSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  applicantId: z.uuid(),
  applicantName: z.string(),
  submittedOn: isoDate,
  cards: z.number().int(),
});
export const LargeFamilyCardApplicationPage = cursorPage(LargeFamilyCardApplicationSummary);
export type LargeFamilyCardApplicationPage = z.input<typeof LargeFamilyCardApplicationPage>;
export const LargeFamilyCardApplicationQuery = pageQuery(100, 50);

export const LargeFamilyCardApplication = LargeFamilyCardApplicationSummary.extend({
  householdId: z.uuid(),
  /** Three or more children with a right on the day of the application (art. 4 ust. 1). */
  familyQualifies: z.boolean(),
  members: z.array(LargeFamilyMember),
  issued: z.array(LargeFamilyCard),
});
export type LargeFamilyCardApplication = z.input<typeof LargeFamilyCardApplication>;

export const RequestElectronicCard = z.object({ requestedOn: isoDate });
export type RequestElectronicCard = z.input<typeof RequestElectronicCard>;

/** A new school certificate for a child whose card ends (art. 7 ust. 2). */
export const ExtendLargeFamilyCard = z.object({ certificateOn: isoDate, schoolUntil: isoDate });
export type ExtendLargeFamilyCard = z.input<typeof ExtendLargeFamilyCard>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
/** The cards that end in `month` (default: the month after today). */
export const ExpiringCardsQuery = pageQuery(200, 100).extend({ month: month.optional() });
export const ExpiringCardsPage = cursorPage(LargeFamilyCard);
export type ExpiringCardsPage = z.input<typeof ExpiringCardsPage>;
