import { z } from 'zod';
import { Month } from '../records/records.ts';
import { listPage, pageQuery } from '../shared/list.ts';
import { isoDate, optionalText, trimmed, uuid } from '../shared/validation.ts';

// The gmina's commission for solving alcohol problems (MKRPA, art. 4¹ ust. 3 of the act on
// upbringing in sobriety): its members, their training, meetings with attendance and minutes,
// and the pay per meeting from the municipal programme (art. 4¹ ust. 5).

export const COMMISSION_FUNCTIONS = ['chair', 'deputyChair', 'secretary', 'member'] as const;
export const CommissionFunction = z.enum(COMMISSION_FUNCTIONS);

const grosze = z.number().int().min(0).max(10_000_000);

export const AddMember = z
  .object({
    fullName: trimmed(120),
    function: CommissionFunction,
    /** The mayor's order (zarządzenie) appointing the member. */
    appointment: optionalText(200),
    termFrom: isoDate,
    termTo: isoDate,
    /** Pay for one meeting attended, in grosze, as the council's programme sets it [M]. */
    payPerMeeting: grosze,
  })
  .refine((m) => m.termTo >= m.termFrom, {
    path: ['termTo'],
    message: 'validation.alcohol.termEndsBeforeStart',
  });
export type AddMember = z.input<typeof AddMember>;

export const AddTraining = z.object({
  on: isoDate,
  title: trimmed(300),
  hours: z.number().int().min(1).max(500),
});
export type AddTraining = z.input<typeof AddTraining>;

export const AddMeeting = z.object({
  heldOn: isoDate,
  agenda: trimmed(2000),
  presentMemberIds: z.array(uuid).max(40),
  /** A meeting that adopts resolutions (opinions, petitions) needs a quorum. */
  deciding: z.boolean(),
  minutes: trimmed(20000),
  resolutions: optionalText(4000),
});
export type AddMeeting = z.input<typeof AddMeeting>;

export const MeetingListQuery = pageQuery(100, 50);
export const PayListQuery = z.object({ month: Month });

// Answers.
export const Training = z.object({ id: z.string(), on: z.string(), title: z.string(), hours: z.number() });
export const Member = z.object({
  id: z.string(),
  fullName: z.string(),
  function: CommissionFunction,
  appointment: z.string().nullable(),
  termFrom: z.string(),
  termTo: z.string(),
  payPerMeeting: z.number().int(),
  trainings: z.array(Training),
});
export type Member = z.input<typeof Member>;
export const MemberList = listPage(Member);
export type MemberList = z.input<typeof MemberList>;

export const MeetingSummary = z.object({
  id: z.string(),
  heldOn: z.string(),
  agenda: z.string(),
  deciding: z.boolean(),
  present: z.number().int(),
  membersInTerm: z.number().int(),
});
export type MeetingSummary = z.input<typeof MeetingSummary>;
export const MeetingPage = listPage(MeetingSummary);
export type MeetingPage = z.input<typeof MeetingPage>;

export const Meeting = MeetingSummary.extend({
  minutes: z.string(),
  resolutions: z.string().nullable(),
  attendance: z.array(z.object({ memberId: z.string(), fullName: z.string(), pay: z.number().int() })),
});
export type Meeting = z.input<typeof Meeting>;

export const PayList = z.object({
  month: z.string(),
  rows: z.array(
    z.object({
      memberId: z.string(),
      fullName: z.string(),
      meetings: z.array(z.string()),
      amount: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type PayList = z.input<typeof PayList>;
