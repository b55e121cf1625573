import { describe, expect, it } from 'vitest';
import { healthRightPeriod } from './entitlement.ts';

describe('art. 54 ust. 3: the 90 days of the right to health care', () => {
  it('runs from the person’s application: 1 March 2026 → 29 May 2026 (31 + 30 + 29 days)', () => {
    expect(healthRightPeriod({ basis: 'application', appliedOn: '2026-03-01' })).toEqual({
      from: '2026-03-01',
      to: '2026-05-29',
      endedByInsurance: false,
    });
  });

  it('runs from the first day of emergency care when the hospital applies later: 20 Dec 2026 → 19 Mar 2027', () => {
    expect(
      healthRightPeriod({ basis: 'emergencyCare', appliedOn: '2026-12-23', careStartedOn: '2026-12-20' }),
    ).toEqual({ from: '2026-12-20', to: '2027-03-19', endedByInsurance: false });
  });

  it('counts 29 February in a leap year: 1 Feb 2028 → 30 Apr 2028', () => {
    expect(healthRightPeriod({ basis: 'application', appliedOn: '2028-02-01' })?.to).toBe('2028-04-30');
  });

  it('ends the day before the person becomes insured', () => {
    expect(
      healthRightPeriod({ basis: 'application', appliedOn: '2026-03-01', insuredFrom: '2026-04-10' }),
    ).toEqual({ from: '2026-03-01', to: '2026-04-09', endedByInsurance: true });
  });

  it('is not shortened by insurance from after its 90th day, and never begins for an insured person', () => {
    expect(
      healthRightPeriod({ basis: 'application', appliedOn: '2026-03-01', insuredFrom: '2026-05-30' })
        ?.endedByInsurance,
    ).toBe(false);
    expect(
      healthRightPeriod({ basis: 'application', appliedOn: '2026-03-01', insuredFrom: '2026-03-01' }),
    ).toBe(null);
  });
});
