import { z } from 'zod';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, trimmed } from '../shared/validation.ts';

// Projects and programmes the centre runs (EU projects like "Pruszkowska Trampolina II",
// government programmes like Senior+, its own like "Seniorada VIII"): period, budget, indicators
// with their targets, recruitment criteria, participants and the support they received.

export const PROGRAMME_KINDS = ['euProject', 'governmentProgramme', 'ownProgramme'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

const grosze = z.number().int().min(0).max(100_000_000_000);
const years = z.number().int().min(0).max(120);

export const Criterion = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ageMin'), years }),
  z.strictObject({ kind: z.literal('ageMax'), years }),
  /** Income per person at most this percentage of the art. 8 ups criterion. */
  z.strictObject({ kind: z.literal('incomeMax'), percent: z.number().int().min(1).max(1000) }),
  /** At least one of these art. 7 ups reasons. */
  z.strictObject({ kind: z.literal('reason'), reasons: z.array(z.enum(HELP_REASONS)).min(1) }),
]);
export type Criterion = z.input<typeof Criterion>;

export const ResultIndicatorInput = z.strictObject({
  name: trimmed(200),
  target: z.number().int().min(0).max(1_000_000),
});

export const ProgrammeInput = z
  .strictObject({
    name: trimmed(200),
    kind: z.enum(PROGRAMME_KINDS),
    /** Who pays: the EU fund and its intermediary, the ministry, the gmina. */
    funder: trimmed(200),
    startsOn: isoDate,
    endsOn: isoDate,
    budgetGrosze: grosze,
    /** The product indicators every funder asks: participants and those who completed the support. */
    targetParticipants: z.number().int().min(0).max(1_000_000),
    targetCompletions: z.number().int().min(0).max(1_000_000),
    /** The project's own result indicators, each with its target. */
    indicators: z.array(ResultIndicatorInput).max(20).default([]),
    criteria: z.array(Criterion).max(10).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn < p.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.programs.endsBeforeStart' });
    if (p.targetCompletions > p.targetParticipants)
      ctx.addIssue({
        code: 'custom',
        path: ['targetCompletions'],
        message: 'validation.programs.completionsOverParticipants',
      });
  });
export type ProgrammeInput = z.input<typeof ProgrammeInput>;

export const ResultIndicator = z.object({
  id: z.uuid(),
  name: z.string(),
  target: z.number().int(),
  achieved: z.number().int(),
});

export const Programme = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  funder: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  budgetGrosze: z.number().int(),
  targetParticipants: z.number().int(),
  targetCompletions: z.number().int(),
  participants: z.number().int(),
  completions: z.number().int(),
  indicators: z.array(ResultIndicator),
  criteria: z.array(Criterion),
});
export type Programme = z.input<typeof Programme>;
export const ProgrammePage = cursorPage(Programme);
export type ProgrammePage = z.input<typeof ProgrammePage>;
export const ProgrammeQuery = pageQuery(100, 50);

export const ParticipantInput = z
  .strictObject({
    personId: z.uuid(),
    joinedOn: isoDate,
    /** The day the participant signed the declaration with the consent to process their PESEL for the funder. */
    consentSignedOn: isoDate.nullable(),
    /** From the latest home visit, where a criterion asks income (art. 8 ups, per person). */
    incomePerPersonGrosze: z.number().int().min(0).max(100_000_000).nullable().default(null),
    householdSize: z.number().int().min(1).max(30).nullable().default(null),
    reasons: z.array(z.enum(HELP_REASONS)).max(15).default([]),
  })
  .superRefine((p, ctx) => {
    if (!p.consentSignedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['consentSignedOn'],
        message: 'validation.programs.consentRequired',
      });
  });
export type ParticipantInput = z.input<typeof ParticipantInput>;

export const PARTICIPANT_STATUSES = ['active', 'completed', 'left'] as const;

export const Support = z.object({ id: z.uuid(), on: isoDate, form: z.string() });
export type Support = z.input<typeof Support>;
export const SupportInput = z.strictObject({ on: isoDate, form: trimmed(200) });
export const ResultInput = z.strictObject({ indicatorId: z.uuid(), on: isoDate });
export const EndParticipation = z.strictObject({ on: isoDate, completed: z.boolean() });

export const Participant = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  joinedOn: isoDate,
  consentSignedOn: isoDate,
  status: z.enum(PARTICIPANT_STATUSES),
  endedOn: isoDate.nullable(),
  supports: z.array(Support),
  /** Ids of the result indicators this participant achieved. */
  results: z.array(z.uuid()),
});
export type Participant = z.input<typeof Participant>;
export const ParticipantPage = cursorPage(Participant);
export type ParticipantPage = z.input<typeof ParticipantPage>;

/** The report for the funder: each indicator's target, what was achieved, and the share of it. */
export const IndicatorRow = z.object({
  key: z.string(),
  name: z.string(),
  target: z.number().int(),
  achieved: z.number().int(),
  /** Achieved as a percentage of the target, whole; null where the target is 0. */
  percent: z.number().int().nullable(),
});
export const IndicatorReport = z.object({
  programme: Programme,
  asOf: isoDate,
  rows: z.array(IndicatorRow),
  /** Budget spent is not kept here: the report shows the budget planned. */
  participants: z.array(
    z.object({
      personId: z.uuid(),
      firstName: z.string(),
      surname: z.string(),
      joinedOn: isoDate,
      status: z.enum(PARTICIPANT_STATUSES),
      supports: z.number().int(),
    }),
  ),
});
export type IndicatorReport = z.input<typeof IndicatorReport>;
export const ReportQuery = z.object({ asOf: isoDate.optional() });
