import { describe, expect, it } from 'vitest';
import { applicationDeadlines } from './deadlines.ts';
import { paymentSchedule } from './decision.ts';
import { ALLOWED_ACTIONS, type ApplicationAction, allowedActions, applicationStatus } from './workflow.ts';

const log = (
  ...types: [ApplicationAction['type'], string, Record<string, unknown>?][]
): ApplicationAction[] => types.map(([type, on, payload]) => ({ type, on, payload }));

describe('application workflow', () => {
  it('keeps its allowed-actions table as reviewed', () => {
    expect(ALLOWED_ACTIONS).toMatchSnapshot();
  });

  it('derives the status from the action log', () => {
    const a = log(['submit', '2026-03-02'], ['recordWywiad', '2026-03-10'], ['propose', '2026-03-11']);
    expect(applicationStatus(a.slice(0, 1))).toBe('awaitingWywiad');
    expect(applicationStatus(a.slice(0, 2))).toBe('awaitingProposal');
    expect(applicationStatus(a)).toBe('awaitingDecision');
    const decided = [...a, ...log(['issueDecision', '2026-03-12'], ['recordDelivery', '2026-03-16'])];
    expect(applicationStatus(decided)).toBe('decided');
    const appealed = [...decided, ...log(['registerAppeal', '2026-03-25'], ['forwardAppeal', '2026-03-30'])];
    expect(applicationStatus(appealed)).toBe('appealForwarded');
    expect(
      applicationStatus([...appealed, ...log(['recordAppealOutcome', '2026-04-20', { outcome: 'upheld' }])]),
    ).toBe('closed');
    expect(
      applicationStatus([
        ...appealed,
        ...log(['recordAppealOutcome', '2026-04-20', { outcome: 'remanded' }]),
      ]),
    ).toBe('awaitingProposal');
  });

  it('holds a drafted decision for a second person under four-eyes approval', () => {
    const a = log(['submit', '2026-03-02'], ['recordWywiad', '2026-03-10'], ['propose', '2026-03-11']);
    const drafted = [...a, ...log(['draftDecision', '2026-03-12'])];
    expect(applicationStatus(drafted)).toBe('awaitingApproval');
    expect(allowedActions('awaitingApproval', ['decisions.issue'])).toEqual([]);
    expect(allowedActions('awaitingApproval', ['decisions.approve'])).toEqual([
      'approveDecision',
      'rejectDecision',
    ]);
    expect(applicationStatus([...drafted, ...log(['rejectDecision', '2026-03-13'])])).toBe(
      'awaitingDecision',
    );
    expect(applicationStatus([...drafted, ...log(['issueDecision', '2026-03-13'])])).toBe('decided');
  });

  it('holds a drafted change or revocation, then resumes the case where it was', () => {
    const decided = log(['submit', '2026-03-02'], ['propose', '2026-03-11'], ['issueDecision', '2026-03-12']);
    const closed = [...decided, ...log(['recordAppealOutcome', '2026-04-20', { outcome: 'upheld' }])];
    for (const [before, status] of [
      [decided, 'decided'],
      [closed, 'closed'],
    ] as const) {
      const drafted = [...before, ...log(['draftDecision', '2026-05-04', { amendment: 'change' }])];
      expect(applicationStatus(drafted)).toBe('awaitingApproval');
      expect(applicationStatus([...drafted, ...log(['changeDecision', '2026-05-05'])])).toBe(status);
      expect(applicationStatus([...drafted, ...log(['rejectDecision', '2026-05-05'])])).toBe(status);
    }
  });

  it('offers each role only the actions its permissions allow', () => {
    expect(allowedActions('awaitingDecision', ['wywiad.write'])).toEqual([]);
    expect(allowedActions('awaitingDecision', ['decisions.issue'])).toEqual([
      'issueDecision',
      'returnProposal',
    ]);
    expect(allowedActions('awaitingProposal', ['wywiad.write', 'applications.write'])).toEqual([
      'recordWywiad',
      'propose',
      'withdraw',
    ]);
  });
});

describe('application deadlines (working days, KPA art. 57)', () => {
  it('counts 14 working days for the home visit, skipping weekends and holidays', () => {
    // Application on Monday 2 Nov 2026; 11 Nov (Wednesday) is a holiday.
    const d = applicationDeadlines(log(['submit', '2026-11-02']), { urgent: false });
    expect(d.wywiadDue).toBe('2026-11-23');
    expect(applicationDeadlines(log(['submit', '2026-11-02']), { urgent: true }).wywiadDue).toBe(
      '2026-11-04',
    );
  });

  it('gives one month for the decision (two when complicated), moved off Saturdays and holidays', () => {
    expect(applicationDeadlines(log(['submit', '2026-10-11']), { urgent: false }).decisionDue).toBe(
      '2026-11-12',
    );
    // 31 Jan + 1 month = 28 Feb 2026, a Saturday: the term ends on Monday 2 March.
    expect(applicationDeadlines(log(['submit', '2026-01-31']), { urgent: false }).decisionDue).toBe(
      '2026-03-02',
    );
    expect(
      applicationDeadlines(log(['submit', '2026-03-14']), { urgent: false, complicated: true }).decisionDue,
    ).toBe('2026-05-14');
  });

  it('counts 14 days to appeal from delivery and 7 days to forward the appeal', () => {
    const a = log(
      ['submit', '2026-03-02'],
      ['issueDecision', '2026-03-20'],
      ['recordDelivery', '2026-03-23'],
      ['registerAppeal', '2026-04-03'],
    );
    const d = applicationDeadlines(a, { urgent: false });
    expect(d.appealUntil).toBe('2026-04-07'); // 6 April is Easter Monday
    expect(d.appealForwardDue).toBe('2026-04-10');
  });
});

describe('payment schedule (art. 106 ust. 3)', () => {
  it('pays a partial first month in proportion to its days, to the grosz', () => {
    // 600.00 zł from 10 March: 22 of 31 days = 425.81 zł.
    expect(paymentSchedule(60000, '2026-03-10', '2026-05-31')).toEqual([
      { month: '2026-03', amount: 42581, days: 22 },
      { month: '2026-04', amount: 60000, days: null },
      { month: '2026-05', amount: 60000, days: null },
    ]);
  });
});
