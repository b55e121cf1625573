import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Crisis intervention (interwencja kryzysowa, art. 47 ups) as a case: a person (and, where the
// crisis is the family's, their household) taken in, the contacts, the intervention plan and a stay
// at the crisis point's hostel. No decision (art. 106 ust. 2 ups). The requests and answers of the API.

/** How the case came to the centre: the person, the police, a hospital, another institution. */
export const CRISIS_SOURCES = ['self', 'police', 'hospital', 'institution'] as const;
export type CrisisSource = (typeof CRISIS_SOURCES)[number];

/** The crisis: violence, a suicide attempt or risk, bereavement, an accident or disaster, homelessness, other. */
export const CRISIS_KINDS = [
  'violence',
  'suicide',
  'bereavement',
  'accident',
  'homelessness',
  'other',
] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** How a contact took place: in person, by phone, a home visit, at the hospital. */
export const CONTACT_FORMS = ['inPerson', 'phone', 'homeVisit', 'hospital'] as const;
export type ContactForm = (typeof CONTACT_FORMS)[number];

/** How the case ended: the crisis resolved, the person referred on, contact broken off, other. */
export const CRISIS_OUTCOMES = ['resolved', 'referred', 'discontinued', 'other'] as const;
export type CrisisOutcome = (typeof CRISIS_OUTCOMES)[number];

export const OpenCrisisCase = z.strictObject({
  personId: z.uuid(),
  /** The crisis is the family's: the case covers the person's current household. */
  wholeHousehold: z.boolean().default(false),
  openedOn: isoDate,
  source: z.enum(CRISIS_SOURCES),
  kind: z.enum(CRISIS_KINDS),
  /** What happened, in a few words. */
  summary: trimmed(2000),
  /** The specialist who leads the case (psychologist, social worker at the crisis point). */
  leadId: z.uuid(),
});
export type OpenCrisisCase = z.input<typeof OpenCrisisCase>;

export const CloseCrisisCase = z.strictObject({
  closedOn: isoDate,
  outcome: z.enum(CRISIS_OUTCOMES),
  outcomeNote: optionalText(2000),
});
export type CloseCrisisCase = z.input<typeof CloseCrisisCase>;

export const AddCrisisContact = z.strictObject({
  contactOn: isoDate,
  form: z.enum(CONTACT_FORMS),
  minutes: z.number().int().min(1, 'validation.crisis.minutes').max(720, 'validation.crisis.minutes'),
  note: trimmed(2000),
});
export type AddCrisisContact = z.input<typeof AddCrisisContact>;

export const AddCrisisPlanItem = z.strictObject({
  goal: trimmed(1000),
  action: trimmed(1000),
  who: trimmed(200),
  byWhen: isoDate,
});
export type AddCrisisPlanItem = z.input<typeof AddCrisisPlanItem>;

export const AddCrisisStay = z
  .strictObject({
    /** A place of the centres module whose kind is crisisPoint. */
    facilityId: z.uuid(),
    from: isoDate,
    to: isoDate,
  })
  .superRefine((s, ctx) => {
    if (s.to < s.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.services.periodToBeforeFrom' });
  });
export type AddCrisisStay = z.input<typeof AddCrisisStay>;

export const CrisisCaseQuery = z
  .object({ personId: z.uuid().optional(), state: z.enum(['open', 'closed']).optional() })
  .extend(pageQuery(100, 50).shape);

// Answers.
const Staff = z.object({ id: z.uuid(), fullName: z.string() });

export const CrisisContact = z.object({
  id: z.uuid(),
  contactOn: isoDate,
  form: z.enum(CONTACT_FORMS),
  minutes: z.number().int(),
  note: z.string(),
  authorName: z.string(),
});
export type CrisisContact = z.input<typeof CrisisContact>;

export const CrisisPlanItem = z.object({
  id: z.uuid(),
  goal: z.string(),
  action: z.string(),
  who: z.string(),
  byWhen: isoDate,
});
export type CrisisPlanItem = z.input<typeof CrisisPlanItem>;

export const CrisisStay = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  from: isoDate,
  to: isoDate,
  days: z.number().int(),
});
export type CrisisStay = z.input<typeof CrisisStay>;

export const CrisisCaseSummary = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  householdId: z.uuid().nullable(),
  openedOn: isoDate,
  source: z.enum(CRISIS_SOURCES),
  kind: z.enum(CRISIS_KINDS),
  lead: Staff,
  closedOn: isoDate.nullable(),
  outcome: z.enum(CRISIS_OUTCOMES).nullable(),
  contactCount: z.number().int(),
});
export type CrisisCaseSummary = z.input<typeof CrisisCaseSummary>;
export const CrisisCasePage = cursorPage(CrisisCaseSummary);
export type CrisisCasePage = z.input<typeof CrisisCasePage>;

export const CrisisCase = CrisisCaseSummary.extend({
  summary: z.string(),
  outcomeNote: z.string().nullable(),
  /** Persons in the household the case covers (1 without one). */
  householdSize: z.number().int(),
  contacts: z.array(CrisisContact),
  plan: z.array(CrisisPlanItem),
  stays: z.array(CrisisStay),
  /** The last day a stay in the hostel may run to under the limit in force (null: no stay yet). */
  stayLimitTo: isoDate.nullable(),
});
export type CrisisCase = z.input<typeof CrisisCase>;

/** Who may lead a case: active staff whose role does this work. */
export const CrisisLeads = z.object({ items: z.array(Staff) });
export type CrisisLeads = z.input<typeof CrisisLeads>;

/** The crisis points (centres of kind crisisPoint) whose hostel takes stays, with today's occupancy. */
export const CrisisPlace = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  capacity: z.number().int(),
  occupiedToday: z.number().int(),
});
export const CrisisPlaces = z.object({ items: z.array(CrisisPlace) });
export type CrisisPlaces = z.input<typeof CrisisPlaces>;
