import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  eventDateProblem,
  hasQuorum,
  type LoggedEvent,
  monthlyPay,
  nextDeadline,
  permitLimits,
  permitOpinionProblem,
  proceedingStatus,
} from './rules.ts';

const ev = (type: LoggedEvent['type'], on: string, details: Record<string, unknown> = {}): LoggedEvent => ({
  type,
  on,
  details,
});
// Reported on Friday 6 November 2026; 11 November is a public holiday.
const REPORTED = '2026-11-06';

describe('the commission', () => {
  it('decides with at least half of the members in term present', () => {
    expect(hasQuorum(4, 7)).toBe(true);
    expect(hasQuorum(3, 7)).toBe(false);
    expect(hasQuorum(3, 6)).toBe(true);
    expect(hasQuorum(0, 0)).toBe(false);
  });

  it('pays each member the rate of every meeting attended in the month', () => {
    const pay = monthlyPay([
      { memberId: 'a', heldOn: '2026-11-04', pay: 25000 },
      { memberId: 'a', heldOn: '2026-11-18', pay: 25000 },
      { memberId: 'b', heldOn: '2026-11-18', pay: 30000 },
    ]);
    expect(pay.get('a')).toEqual({ meetings: ['2026-11-04', '2026-11-18'], amount: 50000 });
    expect(pay.get('b')?.amount).toBe(30000);
  });
});

describe('the proceeding towards treatment', () => {
  it('waits 10 working days for the invitation, skipping 11 November', () => {
    expect(nextDeadline(REPORTED, [])).toEqual({ kind: 'invite', due: '2026-11-23' });
  });

  it('moves through invitation, interview, experts and court, with the next deadline each time', () => {
    const log: LoggedEvent[] = [ev('invitation', '2026-11-09', { appointmentOn: '2026-11-19' })];
    expect([proceedingStatus(log), nextDeadline(REPORTED, log)]).toEqual([
      'invited',
      { kind: 'interview', due: '2026-11-19' },
    ]);
    log.push(ev('interview', '2026-11-19'));
    expect(nextDeadline(REPORTED, log)).toEqual({ kind: 'decide', due: '2026-12-10' });
    log.push(ev('expertReferral', '2026-11-20'));
    expect(allowedEvents(log)).toContain('expertOpinion');
    expect(nextDeadline(REPORTED, log)).toEqual({ kind: 'opinion', due: '2026-12-18' });
    log.push(ev('expertOpinion', '2026-12-01', { expert: 'psychiatrist' }));
    expect(proceedingStatus(log)).toBe('atExperts');
    log.push(ev('expertOpinion', '2026-12-03', { expert: 'psychologist' }));
    expect([proceedingStatus(log), nextDeadline(REPORTED, log)]).toEqual([
      'opinionsReceived',
      { kind: 'petition', due: '2026-12-17' },
    ]);
    log.push(ev('courtPetition', '2026-12-07'));
    expect([proceedingStatus(log), nextDeadline(REPORTED, log), allowedEvents(log)]).toEqual([
      'atCourt',
      null,
      [
        'invitation',
        'interview',
        'expertReferral',
        'courtPetition',
        'close',
        'expertInvoice',
        'expertOpinion',
        'courtOrder',
      ],
    ]);
    log.push(ev('courtOrder', '2027-01-15', { obligated: true }));
    expect(proceedingStatus(log)).toBe('inTreatment');
    expect(allowedEvents(log)).toContain('facilityReport');
    log.push(ev('close', '2027-06-30', { reason: 'treatmentCompleted' }));
    expect([proceedingStatus(log), allowedEvents(log), nextDeadline(REPORTED, log)]).toEqual([
      'closed',
      [],
      null,
    ]);
  });

  it('allows no expert papers before a referral and no court order before a petition', () => {
    expect(allowedEvents([])).not.toContain('expertOpinion');
    expect(allowedEvents([])).not.toContain('courtOrder');
    expect(allowedEvents([])).not.toContain('facilityReport');
  });

  it('refuses an opinion dated before the referral, and a step before the report', () => {
    const log = [ev('expertReferral', '2026-11-20')];
    expect(eventDateProblem(REPORTED, log, { type: 'expertOpinion', on: '2026-11-19' })).toEqual([
      'on',
      'validation.alcohol.beforeReferral',
    ]);
    expect(eventDateProblem(REPORTED, log, { type: 'expertOpinion', on: '2026-11-20' })).toBeNull();
    expect(eventDateProblem(REPORTED, [], { type: 'invitation', on: '2026-11-05' })).toEqual([
      'on',
      'validation.alcohol.beforeReport',
    ]);
    expect(
      eventDateProblem(REPORTED, [], { type: 'invitation', on: '2026-11-09', appointmentOn: '2026-11-08' }),
    ).toEqual(['appointmentOn', 'validation.alcohol.appointmentBeforeLetter']);
  });
});

describe('sale permits', () => {
  const limits = { A: 40, B: 30, C: 30 };

  it('checks each kind applied for against the council’s limit for the premises', () => {
    expect(permitLimits(['A', 'C'], limits, { A: 39, B: 30, C: 30 })).toEqual([
      { kind: 'A', limit: 40, inForce: 39, within: true },
      { kind: 'C', limit: 30, inForce: 30, within: false },
    ]);
    expect(permitLimits(['B'], null, { A: 0, B: 99, C: 0 })).toEqual([
      { kind: 'B', limit: null, inForce: 99, within: true },
    ]);
  });

  it('refuses a positive opinion beyond the limit, and one too close without a reason', () => {
    const ok = {
      opinion: 'positive' as const,
      distanceM: 120,
      minDistanceM: 100,
      limits: [{ within: true }],
    };
    expect(permitOpinionProblem(ok)).toBeNull();
    expect(permitOpinionProblem({ ...ok, limits: [{ within: true }, { within: false }] })).toEqual([
      'opinion',
      'validation.alcohol.overLimit',
    ]);
    expect(permitOpinionProblem({ ...ok, distanceM: 99 })).toEqual([
      'reason',
      'validation.alcohol.tooCloseNoReason',
    ]);
    expect(permitOpinionProblem({ ...ok, distanceM: 99, reason: 'Wyjątek z § 3 uchwały' })).toBeNull();
    expect(permitOpinionProblem({ ...ok, minDistanceM: null, distanceM: 0 })).toBeNull();
    expect(permitOpinionProblem({ ...ok, opinion: 'negative' })).toEqual([
      'reason',
      'validation.alcohol.negativeReason',
    ]);
  });
});
