import { describe, expect, it } from 'vitest';
import { allowedSteps, evadingGrounds, jobCentreDeadline, proceedingState } from './debtor-proceedings.ts';

// Worked examples of the proceedings towards a debtor (art. 5 uFA): the 30 days to register at
// the job centre, the grounds for the evading decision, and what each state allows.

describe('the job centre deadline', () => {
  it('30 days from the day imposed; one ending on a Sunday moves to Monday (KPA art. 57 § 4)', () => {
    expect(jobCentreDeadline('2026-11-02')).toBe('2026-12-02');
    expect(jobCentreDeadline('2026-10-31')).toBe('2026-11-30');
    // 2026-11-06 + 30 = 2026-12-06, a Sunday → Monday 7 December.
    expect(jobCentreDeadline('2026-11-06')).toBe('2026-12-07');
  });
});

describe('the evading decision', () => {
  it('needs a ground: the interview refused, or the 30 days over without registering', () => {
    const cooperating = proceedingState([{ kind: 'interview', on: '2026-11-02' }]);
    expect(evadingGrounds(cooperating, '2026-12-10')).toEqual([]);
    expect(allowedSteps(cooperating, '2026-12-10')).not.toContain('evadingDecision');

    const refused = proceedingState([{ kind: 'interview', on: '2026-11-02', statementRefused: true }]);
    expect(evadingGrounds(refused, '2026-11-02')).toEqual(['interviewRefused']);

    const late = proceedingState([
      { kind: 'interview', on: '2026-11-02' },
      { kind: 'jobCentreObligation', on: '2026-11-02' },
    ]);
    expect(evadingGrounds(late, '2026-12-02')).toEqual([]);
    expect(evadingGrounds(late, '2026-12-03')).toEqual(['jobCentreNotRegistered']);
  });

  it('registering at the job centre in time takes the ground away', () => {
    const s = proceedingState([
      { kind: 'interview', on: '2026-11-02' },
      { kind: 'jobCentreObligation', on: '2026-11-02' },
      { kind: 'jobCentreRegistered', on: '2026-11-20' },
    ]);
    expect(evadingGrounds(s, '2026-12-20')).toEqual([]);
  });
});

describe('the steps each state allows', () => {
  it('from the interview to the driving licence and back', () => {
    const steps = [
      { kind: 'interview' as const, on: '2026-11-02', interviewRefused: true },
      { kind: 'evadingDecision' as const, on: '2026-11-10' },
      { kind: 'drivingLicenceRequest' as const, on: '2026-11-30' },
    ];
    const table = [0, 1, 2, 3].map((n) => allowedSteps(proceedingState(steps.slice(0, n)), '2026-12-01'));
    expect(table).toMatchInlineSnapshot(`
      [
        [
          "interview",
        ],
        [
          "interview",
          "jobCentreObligation",
          "evadingDecision",
        ],
        [
          "interview",
          "jobCentreObligation",
          "drivingLicenceRequest",
          "prosecutorNotice",
          "bigReport",
        ],
        [
          "interview",
          "jobCentreObligation",
          "drivingLicenceLifted",
          "prosecutorNotice",
          "bigReport",
        ],
      ]
    `);
  });
});
