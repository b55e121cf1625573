import { z } from 'zod';
import { isoDate, trimmed, version } from '../shared/validation.ts';
import { Address, AddressInput, Person, type PersonData, PersonInput, PersonSummary } from './person.ts';

export const RELATIONS = [
  'applicant',
  'spouse',
  'partner',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'otherRelative',
  'unrelated',
] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * A member given either as an existing person (`personId`) or as a new one to create (`person`).
 * One object rather than a union, so that a mistake is reported on its own field (relation,
 * person.pesel, ...) instead of as "matches neither shape".
 */
export const MemberInput = z
  .object({
    personId: z.uuid().optional(),
    person: PersonInput.optional(),
    relation: z.enum(RELATIONS),
  })
  .superRefine((m, ctx) => {
    if ((m.personId === undefined) === (m.person === undefined))
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.household.memberPerson' });
  })
  .transform((m): { personId: string; relation: Relation } | { person: PersonData; relation: Relation } =>
    m.personId !== undefined
      ? { personId: m.personId, relation: m.relation }
      : { person: m.person!, relation: m.relation },
  );

const HouseholdAddress = AddressInput.extend({
  street: trimmed(120),
  building: trimmed(20),
  city: trimmed(80),
});

export const CreateHousehold = z
  .object({
    address: HouseholdAddress,
    /** Left empty, the field team follows from the address. */
    fieldTeamId: z.uuid().nullish(),
    members: z.array(MemberInput).min(1).max(30),
    confirmDuplicate: z.boolean().default(false),
    since: isoDate.optional(),
  })
  .superRefine((h, ctx) => {
    const applicants = h.members.filter((m) => m.relation === 'applicant').length;
    if (applicants !== 1)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'validation.household.oneApplicant' });
  });
export type CreateHousehold = z.input<typeof CreateHousehold>;

export const UpdateHousehold = z.object({
  address: HouseholdAddress,
  fieldTeamId: z.uuid().nullish(),
  version,
});

export const AddMember = z.object({
  member: MemberInput,
  /** The day the person joined (moved in); today by default. */
  since: isoDate.optional(),
  confirmDuplicate: z.boolean().default(false),
});

export const EndMembership = z.object({
  until: isoDate.optional(),
});

// Responses (what the API sends).

export const HouseholdMember = PersonSummary.extend({
  membershipId: z.uuid(),
  relation: z.enum(RELATIONS),
  since: z.string(),
  /**
   * Sealed in the Niebieska Karta compartment: only its members ever see such a member, and filing
   * help for them makes them known to the centre (decision 0015), which the form warns about.
   */
  sealed: z.literal(true).optional(),
});
export type HouseholdMember = z.input<typeof HouseholdMember>;

/** Who lived in which household when (one membership). */
export const MembershipHistoryEntry = z.object({
  membershipId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  householdId: z.uuid(),
  relation: z.enum(RELATIONS),
  since: z.string(),
  until: z.string().nullable(),
  address: z.string(),
});
export type MembershipHistoryEntry = z.input<typeof MembershipHistoryEntry>;

export const Household = Address.extend({
  id: z.uuid(),
  street: z.string(),
  building: z.string(),
  city: z.string(),
  fieldTeamId: z.uuid().nullable(),
  fieldTeamName: z.string().nullable(),
  applicantName: z.string().nullable(),
  members: z.array(HouseholdMember),
  history: z.array(MembershipHistoryEntry),
  version: z.number().int(),
});
export type Household = z.input<typeof Household>;

/** A person's page: the person, the households they lived in, and (for the blue-card roles) a flag. */
export const PersonWithHistory = Person.extend({
  history: z.array(MembershipHistoryEntry),
  restrictedRecord: z.literal(true).optional(),
  /** Other records with this PESEL; only a Niebieska Karta compartment member meets one (decision 0008). */
  samePesel: z.array(PersonSummary).optional(),
});
export type PersonWithHistory = z.input<typeof PersonWithHistory>;
