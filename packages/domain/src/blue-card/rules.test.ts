import { describe, expect, it } from 'vitest';
import {
  type BlueCardParameters,
  blueCardDeadlines,
  blueCardParametersOn,
  DEFAULT_BLUE_CARD_PARAMETERS,
  deadlineState,
  pendingDeadline,
} from './deadlines.ts';
import { diagnosticGroupProblems, OpenBlueCard } from './procedure.ts';
import { ageGroup, ageOn } from './statistics.ts';
import { closureProblems, meetingProblem } from './steps.ts';
import type { BlueCardAction } from './workflow.ts';

const log = (...types: [BlueCardAction['type'], string, Record<string, unknown>?][]): BlueCardAction[] =>
  types.map(([type, on, payload]) => ({ type, on, payload }));
const P = DEFAULT_BLUE_CARD_PARAMETERS;

describe('deadlines (working days, 11 November a holiday)', () => {
  it('gives the chair 5 working days, the group 3, the first meeting 10 by default', () => {
    // Opened on Friday 6 Nov 2026: Mon 9, Tue 10, (Wed 11 holiday), Thu 12, Fri 13, Mon 16.
    expect(blueCardDeadlines(log(['open', '2026-11-06']), P).chairDue).toBe('2026-11-16');
    const d = blueCardDeadlines(
      log(['open', '2026-11-06'], ['transferToChair', '2026-11-10'], ['formDiagnosticGroup', '2026-11-12']),
      P,
    );
    expect(d.diagnosticGroupDue).toBe('2026-11-16');
    expect(d.firstMeetingDue).toBe('2026-11-26');
    expect(d.monitoringUntil).toBeNull();
  });

  it('counts monitoring in months from closure, by its reason', () => {
    const closed = (reason: string) =>
      blueCardDeadlines(log(['open', '2026-11-06'], ['close', '2026-11-20', { reason }]), {
        ...P,
        monitoringMonthsViolenceStopped: 6,
      }).monitoringUntil;
    expect(closed('noGrounds')).toBe('2027-08-20');
    // 9 months (the seeded default) or 6 (a centre's own reading); both land on working days.
    expect(closed('violenceStopped')).toBe('2027-05-20');
  });

  it('takes the time limits in force on the day NK-A was filled in', () => {
    const later: BlueCardParameters = { ...P, validFrom: '2027-01-01', chairTransferWorkingDays: 7 };
    expect(blueCardParametersOn([later, P], '2026-12-31').chairTransferWorkingDays).toBe(5);
    expect(blueCardParametersOn([later, P], '2027-01-01').chairTransferWorkingDays).toBe(7);
    // Monday 4 Jan 2027 + 7 working days, 6 January (Trzech Króli) a holiday.
    expect(blueCardDeadlines(log(['open', '2027-01-04']), later).chairDue).toBe('2027-01-14');
  });

  it('names the deadline each status waits on, and whether it is at risk', () => {
    const d = blueCardDeadlines(log(['open', '2026-11-06']), P);
    expect(pendingDeadline('opened', d)).toEqual({ kind: 'chairTransfer', due: '2026-11-16' });
    expect(pendingDeadline('inProgress', d)).toBeNull();
    expect(deadlineState('2026-11-16', '2026-11-17')).toBe('overdue');
    expect(deadlineState('2026-11-16', '2026-11-12')).toBe('dueSoon');
    expect(deadlineState('2026-11-16', '2026-11-09')).toBe('onTrack');
  });
});

describe('group, meetings and closure rules', () => {
  it('wants a social worker and a police officer (or Żandarmeria) in the group', () => {
    expect(diagnosticGroupProblems(['socialWorker', 'police'])).toEqual([]);
    expect(diagnosticGroupProblems(['socialWorker', 'militaryPolice', 'education'])).toEqual([]);
    expect(diagnosticGroupProblems(['education', 'health'])).toEqual(['socialWorker', 'police']);
  });

  it('never invites a person using violence with a victim or a child', () => {
    expect(meetingProblem('withVictim', [['victim']])).toBeNull();
    expect(meetingProblem('withPerpetrator', [['perpetrator']])).toBeNull();
    expect(meetingProblem('group', [['perpetrator'], ['victim']])).toBe(
      'validation.blueCard.meetingTogether',
    );
    expect(meetingProblem('group', [['perpetrator'], ['child', 'witness']])).toBe(
      'validation.blueCard.meetingTogether',
    );
    expect(meetingProblem('withVictim', [['witness']])).toBe('validation.blueCard.meetingNeedsVictim');
    expect(meetingProblem('group', [])).toBeNull();
  });

  it('closes for violence stopped only with a plan carried out; for no grounds at once', () => {
    expect(closureProblems({ reason: 'noGrounds', planDone: false, plans: 0 })).toEqual([]);
    expect(closureProblems({ reason: 'violenceStopped', planDone: true, plans: 1 })).toEqual([]);
    expect(closureProblems({ reason: 'violenceStopped', planDone: false, plans: 0 })).toEqual([
      'validation.blueCard.noPlan',
      'validation.blueCard.planNotDone',
    ]);
  });
});

describe('NK-A input', () => {
  const base = {
    openedOn: '2026-11-06',
    initiator: { kind: 'socialWorker', name: 'Paulina Środowiskowa', institution: 'MOPS' },
    violenceForms: ['psychological'],
    description: 'Awantura domowa.',
    victimPresent: true,
    participants: [
      { personId: '00000000-0000-4000-8000-000000000001', role: 'victim' },
      { personId: '00000000-0000-4000-8000-000000000002', role: 'perpetrator' },
    ],
  };
  it('needs a victim, a perpetrator, and a reason when the victim was absent', () => {
    expect(OpenBlueCard.safeParse(base).success).toBe(true);
    const r = OpenBlueCard.safeParse({
      ...base,
      victimPresent: false,
      participants: [base.participants[0], { ...base.participants[0], role: 'witness' }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).sort()).toEqual([
      'validation.blueCard.perpetratorRequired',
      'validation.blueCard.presenceNote',
    ]);
  });
});

describe('statistics helpers', () => {
  it('counts full years and groups them', () => {
    expect(ageOn('2010-11-07', '2026-11-06')).toBe(15);
    expect(ageOn('2010-11-06', '2026-11-06')).toBe(16);
    expect([3, 7, 13, 18, 30, 60].map(ageGroup)).toEqual(['0-6', '7-12', '13-17', '18-29', '30-59', '60+']);
  });
});
