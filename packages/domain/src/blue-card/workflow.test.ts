import { describe, expect, it } from 'vitest';
import { BLUE_CARD_DOCUMENTS, DISCLOSURE, mayDisclose, mayDiscloseToPerson } from './disclosure.ts';
import { ALLOWED_ACTIONS, allowedActions, type BlueCardAction, blueCardStatus } from './workflow.ts';

const log = (...types: [BlueCardAction['type'], string, Record<string, unknown>?][]): BlueCardAction[] =>
  types.map(([type, on, payload]) => ({ type, on, payload }));

describe('blue card workflow', () => {
  it('keeps its allowed-actions table as reviewed', () => {
    expect(ALLOWED_ACTIONS).toMatchSnapshot();
  });

  it('derives the status from the action log', () => {
    const a = log(
      ['open', '2026-11-06'],
      ['handOverFormB', '2026-11-06'],
      ['transferToChair', '2026-11-10'],
      ['formDiagnosticGroup', '2026-11-12'],
      ['scheduleMeeting', '2026-11-12'],
      ['recordMeeting', '2026-11-18'],
      ['fillFormC', '2026-11-18'],
      ['recordMeeting', '2026-11-25'],
      ['close', '2026-11-25', { reason: 'noGrounds' }],
      ['endMonitoring', '2027-08-25'],
    );
    const at = (n: number) => blueCardStatus(a.slice(0, n));
    expect([at(1), at(2), at(3), at(4), at(5), at(6), at(8), at(9), at(10)]).toEqual([
      'opened',
      'opened',
      'withChair',
      'diagnosticGroupFormed',
      'diagnosticGroupFormed',
      'inProgress',
      'inProgress',
      'monitoring',
      'closed',
    ]);
  });

  it('keeps the chair’s steps for the chair, whatever the permissions', () => {
    const member = ['blueCard.work'];
    const chairPerms = ['blueCard.work', 'blueCard.coordinate'];
    expect(allowedActions('withChair', member, false)).toEqual(['addParticipant', 'handOverFormB']);
    expect(allowedActions('withChair', chairPerms, false)).toEqual(['addParticipant', 'handOverFormB']);
    expect(allowedActions('withChair', chairPerms, true)).toContain('formDiagnosticGroup');
    expect(allowedActions('inProgress', member, false)).toContain('close');
    expect(allowedActions('inProgress', member, false)).not.toContain('changeDiagnosticGroup');
    expect(allowedActions('closed', chairPerms, true)).toEqual([]);
  });
});

describe('mayDisclose (art. 9c: no victims’ data for a person using violence)', () => {
  it('keeps its disclosure table as reviewed', () => {
    expect(DISCLOSURE).toMatchSnapshot();
  });

  it('never gives NK-A, NK-B, NK-C or minutes to a person using violence', () => {
    for (const doc of ['A', 'B', 'C', 'minutes'] as const)
      expect(mayDisclose(doc, 'perpetrator')).toBe(false);
    expect(mayDisclose('D', 'perpetrator')).toBe(true);
    expect(mayDisclose('E', 'perpetrator')).toBe(true);
  });

  it('gives the victim her own documents, the team and authorities all of them, witnesses none', () => {
    expect(BLUE_CARD_DOCUMENTS.filter((d) => mayDisclose(d, 'victim'))).toEqual(['A', 'B', 'C', 'minutes']);
    expect(BLUE_CARD_DOCUMENTS.every((d) => mayDisclose(d, 'team') && mayDisclose(d, 'authority'))).toBe(
      true,
    );
    expect(BLUE_CARD_DOCUMENTS.some((d) => mayDisclose(d, 'witness') || mayDisclose(d, 'child'))).toBe(false);
  });

  it('judges a person by every role they have anywhere: a perpetrator anywhere is a perpetrator', () => {
    expect(mayDiscloseToPerson('C', ['victim'])).toBe(true);
    expect(mayDiscloseToPerson('B', ['victim', 'witness'])).toBe(true);
    expect(mayDiscloseToPerson('C', ['victim', 'perpetrator'])).toBe(false);
    expect(mayDiscloseToPerson('minutes', ['perpetrator', 'witness'])).toBe(false);
    expect(mayDiscloseToPerson('D', ['perpetrator', 'victim'])).toBe(true);
    expect(mayDiscloseToPerson('A', [])).toBe(false);
  });
});
