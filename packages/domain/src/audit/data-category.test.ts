import { describe, expect, it } from 'vitest';
import { dataCategory } from './data-category.ts';

describe('the category of the data an audit entry touched', () => {
  it('puts the Niebieska Karta and counselling in the special categories', () => {
    expect(dataCategory('blueCardProcedure')).toBe('violence');
    expect(dataCategory('interdisciplinaryTeam')).toBe('violence');
    expect(dataCategory('counsellingConsultation')).toBe('health');
  });
  it('counts a DPS referral file (medical certificates) as health data, the register of homes as none', () => {
    expect(dataCategory('dpsReferral')).toBe('health');
    expect(dataCategory('dpsCost')).toBe('health');
    expect(dataCategory('dpsHome')).toBe('none');
  });
  it('tells money from casework from identity, and counts from persons', () => {
    expect(dataCategory('paymentItem')).toBe('financial');
    expect(dataCategory('receivable')).toBe('financial');
    expect(dataCategory('caseNote')).toBe('social');
    expect(dataCategory('decision')).toBe('social');
    expect(dataCategory('person')).toBe('identity');
    expect(dataCategory('household')).toBe('identity');
    expect(dataCategory('mrpipsReport')).toBe('none');
    expect(dataCategory('centreSettings')).toBe('none');
  });
});
