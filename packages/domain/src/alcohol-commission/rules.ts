import { addWorkingDays } from '../calendar/working-days.ts';
import type { PermitKind } from './permits.ts';
import type { DEADLINE_KINDS, EventType, PROCEEDING_STATUSES } from './proceeding.ts';

// Pure rules of the commission: quorum, pay per meeting, and the proceeding's workflow
// (log of dated events → status → allowed events and the next deadline).

export type ProceedingStatus = (typeof PROCEEDING_STATUSES)[number];
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export interface LoggedEvent {
  type: EventType;
  on: string;
  details: Record<string, unknown>;
}

// Regulamin komisji (the mayor's order) [M]: it decides with at least half of its members present.
export function hasQuorum(present: number, membersInTerm: number): boolean {
  return membersInTerm > 0 && present * 2 >= membersInTerm;
}

/** A member sits on the commission on a date within the term of the appointing order. */
export const inTerm = (m: { termFrom: string; termTo: string }, date: string) =>
  m.termFrom <= date && date <= m.termTo;

// Art. 4¹ ust. 5 of the act: members are paid per meeting attended, at the programme's rate [M].
export function monthlyPay(rows: { memberId: string; heldOn: string; pay: number }[]) {
  const by = new Map<string, { meetings: string[]; amount: number }>();
  for (const r of rows) {
    const m = by.get(r.memberId) ?? { meetings: [], amount: 0 };
    m.meetings.push(r.heldOn);
    m.amount += r.pay;
    by.set(r.memberId, m);
  }
  return by;
}

/** The status a proceeding is in after its events, in the order they were recorded. */
export function proceedingStatus(log: LoggedEvent[]): ProceedingStatus {
  let s: ProceedingStatus = 'reported';
  const opinions = new Set<unknown>();
  for (const e of log) {
    if (e.type === 'close') return 'closed';
    if (e.type === 'invitation' && s === 'reported') s = 'invited';
    else if (e.type === 'interview' && (s === 'reported' || s === 'invited')) s = 'interviewed';
    else if (e.type === 'expertReferral') {
      s = 'atExperts';
      opinions.clear();
    } else if (e.type === 'expertOpinion' && s === 'atExperts') {
      opinions.add(e.details.expert);
      if (opinions.size === 2) s = 'opinionsReceived';
    } else if (e.type === 'courtPetition') s = 'atCourt';
    else if (e.type === 'courtOrder') s = e.details.obligated ? 'inTreatment' : 'courtDismissed';
  }
  return s;
}

const has = (log: LoggedEvent[], type: EventType) => log.some((e) => e.type === type);

/** What may be recorded next: experts' papers after a referral, the court's after a petition. */
export function allowedEvents(log: LoggedEvent[]): EventType[] {
  const status = proceedingStatus(log);
  if (status === 'closed') return [];
  const out: EventType[] = ['invitation', 'interview', 'expertReferral', 'courtPetition', 'close'];
  if (has(log, 'expertReferral')) out.push('expertInvoice', 'expertOpinion');
  if (has(log, 'courtPetition')) out.push('courtOrder');
  if (status === 'inTreatment') out.push('facilityReport');
  return out;
}

const lastOf = (log: LoggedEvent[], type: EventType) => log.filter((e) => e.type === type).at(-1);

/**
 * A date that contradicts an earlier step: [field, message key], or null. An event never precedes
 * the report; an opinion or invoice never precedes the referral; a court order never precedes the
 * petition; an appointment never precedes its letter.
 */
export function eventDateProblem(
  reportedOn: string,
  log: LoggedEvent[],
  e: { type: EventType; on: string; appointmentOn?: string; examinationOn?: string },
): [string, string] | null {
  if (e.on < reportedOn) return ['on', 'validation.alcohol.beforeReport'];
  const referral = lastOf(log, 'expertReferral');
  if ((e.type === 'expertOpinion' || e.type === 'expertInvoice') && referral && e.on < referral.on)
    return ['on', 'validation.alcohol.beforeReferral'];
  const petition = lastOf(log, 'courtPetition');
  if (e.type === 'courtOrder' && petition && e.on < petition.on)
    return ['on', 'validation.alcohol.beforePetition'];
  if (e.appointmentOn !== undefined && e.appointmentOn < e.on)
    return ['appointmentOn', 'validation.alcohol.appointmentBeforeLetter'];
  if (e.examinationOn !== undefined && e.examinationOn < e.on)
    return ['examinationOn', 'validation.alcohol.appointmentBeforeLetter'];
  return null;
}

// The commission's own working standard [M] (the act sets no term for these steps), in working
// days from the step that opens each one.
export const PROCEEDING_TERMS: Record<Exclude<DeadlineKind, 'interview'>, number> = {
  invite: 10,
  decide: 15,
  opinion: 20,
  petition: 10,
  facilityReport: 60,
};

/** The one deadline a proceeding waits on now, or null (at court, dismissed, closed). */
export function nextDeadline(
  reportedOn: string,
  log: LoggedEvent[],
): { kind: DeadlineKind; due: string } | null {
  const status = proceedingStatus(log);
  const last = log.at(-1);
  const after = (kind: Exclude<DeadlineKind, 'interview'>, from: string) => ({
    kind,
    due: addWorkingDays(from, PROCEEDING_TERMS[kind]),
  });
  switch (status) {
    case 'reported':
      return after('invite', reportedOn);
    case 'invited': {
      const inv = lastOf(log, 'invitation')!;
      return { kind: 'interview', due: String(inv.details.appointmentOn) };
    }
    case 'interviewed':
      return after('decide', lastOf(log, 'interview')!.on);
    case 'atExperts':
      return after('opinion', lastOf(log, 'expertReferral')!.on);
    case 'opinionsReceived':
      return after('petition', lastOf(log, 'expertOpinion')!.on);
    case 'inTreatment':
      return after(
        'facilityReport',
        (lastOf(log, 'facilityReport') ?? lastOf(log, 'courtOrder') ?? last)!.on,
      );
    default:
      return null;
  }
}

// Sale permits.

/**
 * The limit check for each kind applied for: permits of the kind and premises in force on the
 * first day applied for, against the council's limit then (null: the council set none).
 */
// Art. 12 ust. 1 of the act: the council limits the permits per kind, on and off premises apart [M].
export function permitLimits(
  kinds: readonly PermitKind[],
  limits: Record<PermitKind, number> | null,
  inForce: Record<PermitKind, number>,
) {
  return kinds.map((kind) => {
    const limit = limits ? limits[kind] : null;
    return { kind, limit, inForce: inForce[kind], within: limit === null || inForce[kind] < limit };
  });
}

/**
 * Why an opinion may not be recorded as given: [field, message key], or null. A positive opinion
 * beyond the council's limit is impossible; one for a sale point nearer than the distance rule
 * allows needs its reason written down (the resolution's exceptions).
 */
// Art. 18 ust. 3a of the act: the commission opines on compliance with the council's resolutions [M].
export function permitOpinionProblem(o: {
  opinion: 'positive' | 'negative';
  reason?: string | null | undefined;
  distanceM: number;
  minDistanceM: number | null;
  limits: { within: boolean }[];
}): [string, string] | null {
  if (o.opinion === 'negative') return o.reason ? null : ['reason', 'validation.alcohol.negativeReason'];
  if (o.limits.some((l) => !l.within)) return ['opinion', 'validation.alcohol.overLimit'];
  if (o.minDistanceM !== null && o.distanceM < o.minDistanceM && !o.reason)
    return ['reason', 'validation.alcohol.tooCloseNoReason'];
  return null;
}
