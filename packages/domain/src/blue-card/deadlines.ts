import { z } from 'zod';
import { addMonthsKpa, addWorkingDays } from '../calendar/working-days.ts';
import { isoDate } from '../shared/validation.ts';
import type { ClosureReason } from './steps.ts';
import type { BlueCardAction, BlueCardStatus } from './workflow.ts';

/**
 * The time limits of the procedure as dated data (table blue_card_parameter_period): the row in
 * force on the day NK-A was filled in governs the whole procedure. An administrator adds a row
 * when the law or a verified reading of it changes; nothing here is hard-coded into a rule.
 */
export interface BlueCardParameters {
  validFrom: string;
  /** NK-A to the ZI chair: "niezwłocznie, nie później niż w ciągu 5 dni roboczych" — [M], unconfirmed. */
  chairTransferWorkingDays: number;
  /** The chair forms the diagnostic-help group: 3 working days from receipt — [M], unconfirmed. */
  diagnosticGroupFormingWorkingDays: number;
  /** The group's first meeting after it is formed — [M], no source; 10 working days (about two weeks) assumed. */
  firstMeetingWorkingDays: number;
  /** Monitoring after closure for lack of grounds: 9 months (§ 21 rozp. 2023) — [S: gov.legalis.pl]. */
  monitoringMonthsNoGrounds: number;
  /** Monitoring after closure because violence stopped — [M], 9 months assumed like the above. */
  monitoringMonthsViolenceStopped: number;
  legalBasis: string;
}

/**
 * The defaults, equal to the row seeded by migration 0030 (the [M] values above are hypotheses
 * from memory, kept as data so a centre corrects them without a code change).
 */
export const DEFAULT_BLUE_CARD_PARAMETERS: BlueCardParameters = {
  validFrom: '2023-09-28',
  chairTransferWorkingDays: 5,
  diagnosticGroupFormingWorkingDays: 3,
  firstMeetingWorkingDays: 10,
  monitoringMonthsNoGrounds: 9,
  monitoringMonthsViolenceStopped: 9,
  legalBasis:
    'ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej; rozporządzenie Rady Ministrów z dnia 6 września 2023 r. w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” (Dz.U. 2023 poz. 1870)',
};

const days = z.number().int().min(1).max(60);
const months = z.number().int().min(1).max(36);

export const BlueCardParametersInput = z.object({
  validFrom: isoDate,
  chairTransferWorkingDays: days,
  diagnosticGroupFormingWorkingDays: days,
  firstMeetingWorkingDays: days,
  monitoringMonthsNoGrounds: months,
  monitoringMonthsViolenceStopped: months,
  legalBasis: z.string().trim().min(1).max(1000),
});

/** The row in force on `date`: the latest with validFrom ≤ date (the earliest when none is). */
export function blueCardParametersOn(
  periods: readonly BlueCardParameters[],
  date: string,
): BlueCardParameters {
  const sorted = [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.findLast((p) => p.validFrom <= date) ?? sorted[0] ?? DEFAULT_BLUE_CARD_PARAMETERS;
}

export interface BlueCardDeadlines {
  chairDue: string;
  diagnosticGroupDue: string | null;
  firstMeetingDue: string | null;
  monitoringUntil: string | null;
}

const firstOf = (log: readonly BlueCardAction[], type: BlueCardAction['type']) =>
  log.find((a) => a.type === type);

/** Every deadline of a procedure, computed from its log; none is ever typed in. */
export function blueCardDeadlines(log: readonly BlueCardAction[], p: BlueCardParameters): BlueCardDeadlines {
  const opened = firstOf(log, 'open')!.on;
  const transferred = firstOf(log, 'transferToChair')?.on ?? null;
  const formed = firstOf(log, 'formDiagnosticGroup')?.on ?? null;
  const closed = firstOf(log, 'close');
  const reason = closed?.payload?.reason as ClosureReason | undefined;
  return {
    chairDue: addWorkingDays(opened, p.chairTransferWorkingDays),
    diagnosticGroupDue: transferred ? addWorkingDays(transferred, p.diagnosticGroupFormingWorkingDays) : null,
    firstMeetingDue: formed ? addWorkingDays(formed, p.firstMeetingWorkingDays) : null,
    // The end of monitoring is a day the group must act on, so it is moved off a holiday like a term.
    monitoringUntil: closed
      ? addMonthsKpa(
          closed.on,
          reason === 'noGrounds' ? p.monitoringMonthsNoGrounds : p.monitoringMonthsViolenceStopped,
        )
      : null,
  };
}

export const DEADLINE_KINDS = [
  'chairTransfer',
  'diagnosticGroupForming',
  'firstMeeting',
  'monitoringEnd',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The one deadline the procedure waits on in its status, if any. */
export function pendingDeadline(
  status: BlueCardStatus,
  d: BlueCardDeadlines,
): { kind: DeadlineKind; due: string } | null {
  if (status === 'opened') return { kind: 'chairTransfer', due: d.chairDue };
  if (status === 'withChair' && d.diagnosticGroupDue)
    return { kind: 'diagnosticGroupForming', due: d.diagnosticGroupDue };
  if (status === 'diagnosticGroupFormed' && d.firstMeetingDue)
    return { kind: 'firstMeeting', due: d.firstMeetingDue };
  if (status === 'monitoring' && d.monitoringUntil) return { kind: 'monitoringEnd', due: d.monitoringUntil };
  return null;
}

/** At risk: overdue, or due within `withinWorkingDays` working days of today. */
export function deadlineState(
  due: string,
  today: string,
  withinWorkingDays = 2,
): 'overdue' | 'dueSoon' | 'onTrack' {
  if (due < today) return 'overdue';
  return due <= addWorkingDays(today, withinWorkingDays) ? 'dueSoon' : 'onTrack';
}
