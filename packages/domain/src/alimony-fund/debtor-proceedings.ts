import { z } from 'zod';
import { addDaysKpa } from '../calendar/working-days.ts';
import { isoDate, optionalText } from '../shared/validation.ts';

// The proceedings towards a debtor living in the gmina (art. 5 uFA, the organ właściwy dłużnika):
// an append-only log of dated steps, the state derived from it, and the steps allowed in that
// state. Article units the reference does not confirm are marked [M].

export const DEBTOR_STEPS = [
  'interview',
  'jobCentreObligation',
  'jobCentreRegistered',
  'evadingDecision',
  'drivingLicenceRequest',
  'drivingLicenceLifted',
  'prosecutorNotice',
  'bigReport',
  'bigUpdate',
  'bigDeletion',
] as const;
export type DebtorStep = (typeof DEBTOR_STEPS)[number];

/** The article each step applies, printed on its document. */
export const STEP_ARTICLE: Record<DebtorStep, string> = {
  interview: 'art. 5 ust. 1 ustawy o pomocy osobom uprawnionym do alimentów',
  jobCentreObligation: 'art. 5 ust. 1 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  jobCentreRegistered: 'art. 5 ust. 1 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  evadingDecision: 'art. 5 ust. 3 ustawy o pomocy osobom uprawnionym do alimentów',
  drivingLicenceRequest: 'art. 5 ust. 3 pkt 2 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  drivingLicenceLifted: 'art. 5 ust. 3b ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  prosecutorNotice: 'art. 209 Kodeksu karnego; art. 5 ust. 3 ustawy o pomocy osobom uprawnionym do alimentów',
  bigReport: 'art. 28 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  bigUpdate: 'art. 28 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
  bigDeletion: 'art. 28 ustawy o pomocy osobom uprawnionym do alimentów [M: the unit]',
};

/** Days the debtor has to register at the powiatowy urząd pracy (domain reference §4.3). */
export const JOB_CENTRE_DAYS = 30;

export const RecordDebtorStep = z
  .object({
    kind: z.enum(DEBTOR_STEPS),
    on: isoDate,
    /** Interview: the debtor prevented the interview or refused the property statement. */
    interviewRefused: z.boolean().default(false),
    statementRefused: z.boolean().default(false),
    /** The oświadczenie majątkowe's content, in short (rozp. MPiPS 23.03.2011). */
    employment: optionalText(300),
    monthlyIncome: z.number().int().min(0).max(100_000_000).nullish(),
    assets: optionalText(1000),
    /** Addressee of a letter: the starosta, the prosecutor's office, the bureau. */
    addressee: optionalText(300),
    note: optionalText(2000),
  })
  .superRefine((s, ctx) => {
    if (s.kind !== 'interview' && (s.interviewRefused || s.statementRefused))
      ctx.addIssue({
        code: 'custom',
        path: ['interviewRefused'],
        message: 'validation.alimonyDebtor.onlyInterview',
      });
  });
export type RecordDebtorStep = z.input<typeof RecordDebtorStep>;

export interface StepEvent {
  kind: DebtorStep;
  on: string;
  interviewRefused?: boolean;
  statementRefused?: boolean;
}

export interface ProceedingState {
  interviewed: boolean;
  refusedInterview: boolean;
  /** The day the 30 days to register at the job centre end, while not registered. */
  jobCentreDue: string | null;
  jobCentreRegistered: boolean;
  evading: boolean;
  licenceRetained: boolean;
  prosecutorNotified: boolean;
  inBig: boolean;
}

// Art. 5 ust. 1 uFA: the obligation to register runs 30 days from the day it is imposed (KPA art. 57: off a holiday).
export const jobCentreDeadline = (imposedOn: string) => addDaysKpa(imposedOn, JOB_CENTRE_DAYS);

/** The state after the steps so far, in date order. */
export function proceedingState(events: readonly StepEvent[]): ProceedingState {
  const s: ProceedingState = {
    interviewed: false,
    refusedInterview: false,
    jobCentreDue: null,
    jobCentreRegistered: false,
    evading: false,
    licenceRetained: false,
    prosecutorNotified: false,
    inBig: false,
  };
  for (const e of events) {
    if (e.kind === 'interview') {
      s.interviewed = true;
      s.refusedInterview = Boolean(e.interviewRefused || e.statementRefused);
    }
    if (e.kind === 'jobCentreObligation') s.jobCentreDue = jobCentreDeadline(e.on);
    if (e.kind === 'jobCentreRegistered') {
      s.jobCentreRegistered = true;
      s.jobCentreDue = null;
    }
    if (e.kind === 'evadingDecision') s.evading = true;
    if (e.kind === 'drivingLicenceRequest') s.licenceRetained = true;
    if (e.kind === 'drivingLicenceLifted') s.licenceRetained = false;
    if (e.kind === 'prosecutorNotice') s.prosecutorNotified = true;
    if (e.kind === 'bigReport') s.inBig = true;
    if (e.kind === 'bigDeletion') s.inBig = false;
  }
  return s;
}

/**
 * Art. 5 ust. 3 uFA: the grounds on `on` for the decision that the debtor evades — the interview
 * prevented or the property statement refused, or the 30 days to register at the job centre over
 * without a registration.
 */
export function evadingGrounds(s: ProceedingState, on: string): string[] {
  const grounds: string[] = [];
  if (s.refusedInterview) grounds.push('interviewRefused');
  if (s.jobCentreDue && s.jobCentreDue < on) grounds.push('jobCentreNotRegistered');
  return grounds;
}

/** The steps allowed in a state on a day: the table of the workflow (snapshot-tested). */
export function allowedSteps(s: ProceedingState, on: string): DebtorStep[] {
  const allowed: Record<DebtorStep, boolean> = {
    interview: true,
    jobCentreObligation: s.interviewed && !s.jobCentreRegistered && !s.jobCentreDue,
    jobCentreRegistered: s.jobCentreDue !== null,
    evadingDecision: !s.evading && evadingGrounds(s, on).length > 0,
    // Art. 5 ust. 3 pkt 2: after the decision that the debtor evades [M: once final].
    drivingLicenceRequest: s.evading && !s.licenceRetained,
    drivingLicenceLifted: s.licenceRetained,
    prosecutorNotice: s.evading && !s.prosecutorNotified,
    bigReport: s.evading && !s.inBig,
    bigUpdate: s.inBig,
    bigDeletion: s.inBig,
  };
  return DEBTOR_STEPS.filter((k) => allowed[k]);
}

export const DebtorStepView = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(DEBTOR_STEPS),
  on: isoDate,
  dueOn: isoDate.nullable(),
  article: z.string(),
  details: z.object({
    interviewRefused: z.boolean().optional(),
    statementRefused: z.boolean().optional(),
    employment: z.string().nullish(),
    monthlyIncome: z.number().int().nullish(),
    assets: z.string().nullish(),
    addressee: z.string().nullish(),
    note: z.string().nullish(),
  }),
});
export type DebtorStepView = z.input<typeof DebtorStepView>;

export const DebtorProceeding = z.object({
  debtorId: z.uuid(),
  steps: z.array(DebtorStepView),
  state: z.object({
    interviewed: z.boolean(),
    refusedInterview: z.boolean(),
    jobCentreDue: isoDate.nullable(),
    jobCentreRegistered: z.boolean(),
    evading: z.boolean(),
    licenceRetained: z.boolean(),
    prosecutorNotified: z.boolean(),
    inBig: z.boolean(),
  }),
  allowed: z.array(z.enum(DEBTOR_STEPS)),
  evadingGrounds: z.array(z.string()),
});
export type DebtorProceeding = z.input<typeof DebtorProceeding>;

/** The deadlines of the debtors' proceedings for the clerk's home page. */
export const DebtorDeadlines = z.object({
  items: z.array(
    z.object({
      debtorId: z.uuid(),
      number: z.string(),
      name: z.string(),
      dueOn: isoDate,
      overdue: z.boolean(),
    }),
  ),
});
export type DebtorDeadlines = z.input<typeof DebtorDeadlines>;
