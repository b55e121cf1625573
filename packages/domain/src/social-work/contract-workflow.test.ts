import { describe, expect, it } from 'vitest';
import {
  CONTRACT_ALLOWED_ACTIONS,
  type ContractAction,
  contractAllowedActions,
  contractStatus,
  mayStartArt11Consequence,
} from './contract-workflow.ts';

const log = (...a: [ContractAction['type'], string][]): ContractAction[] =>
  a.map(([type, on]) => ({ type, on }));

describe('social contract workflow (art. 108 ups)', () => {
  it('keeps its allowed-actions table as reviewed', () => {
    expect(CONTRACT_ALLOWED_ACTIONS).toMatchSnapshot();
  });

  it('derives the status from the action log; a review changes nothing', () => {
    expect(contractStatus([])).toBe('draft');
    const signed = log(['sign', '2026-11-09'], ['review', '2026-12-15']);
    expect(contractStatus(signed)).toBe('inForce');
    expect(contractStatus([...signed, ...log(['complete', '2027-02-28'])])).toBe('completed');
    expect(contractStatus([...signed, ...log(['break', '2027-01-10'])])).toBe('broken');
    expect(contractStatus([...signed, ...log(['endEarly', '2027-01-10'])])).toBe('endedEarly');
  });

  it('offers the outcomes only on a contract in force, and only to who may write', () => {
    expect(contractAllowedActions('draft', ['socialWork.write'])).toEqual(['sign']);
    expect(contractAllowedActions('inForce', ['socialWork.read'])).toEqual([]);
    expect(contractAllowedActions('broken', ['socialWork.write'])).toEqual([]);
  });

  // Art. 11 ust. 2 ups: only a breach opens the consequences on a running benefit.
  it('lets only a broken contract start the art. 11 ust. 2 consequences', () => {
    expect(mayStartArt11Consequence('broken')).toBe(true);
    expect(mayStartArt11Consequence('endedEarly')).toBe(false);
    expect(mayStartArt11Consequence('completed')).toBe(false);
  });
});
