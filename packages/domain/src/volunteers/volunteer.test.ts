import { describe, expect, it } from 'vitest';
import {
  AgreementInput,
  agreementDays,
  agreementNumber,
  needsAccidentInsurance,
  VolunteerSignUp,
} from './volunteer.ts';

const signUp = {
  firstName: 'Wiktoria',
  surname: 'Pomocna',
  email: 'w@example.org',
  adult: true,
  availability: { weekdays: [2], times: ['morning'] },
  skills: ['shopping'],
  consent: true,
};

describe('volunteers', () => {
  it('need a way to be reached, when they can help, with what, and their consent', () => {
    expect(VolunteerSignUp.safeParse(signUp).success).toBe(true);
    const bad = VolunteerSignUp.safeParse({ ...signUp, email: null, consent: false, skills: [] });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort()).toEqual([
      'consent: validation.volunteer.consent',
      'phone: validation.contact.required',
      'skills: validation.volunteer.skills',
    ]);
  });

  it('count the agreement’s days, both ends included, and insure up to 30 days (art. 46 ust. 1 pkt 4)', () => {
    expect(agreementDays({ validFrom: '2026-12-01', validTo: '2026-12-30' })).toBe(30);
    expect(needsAccidentInsurance({ validFrom: '2026-12-01', validTo: '2026-12-30' })).toBe(true);
    expect(needsAccidentInsurance({ validFrom: '2026-12-01', validTo: '2026-12-31' })).toBe(false);
    expect(needsAccidentInsurance({ validFrom: '2026-12-01', validTo: null })).toBe(false);
    expect(agreementNumber(2026, 7)).toBe('PW/2026/0007');
  });

  it('refuse an agreement that starts before it is concluded or ends before it starts', () => {
    const a = {
      concludedOn: '2026-12-01',
      validFrom: '2026-11-30',
      scope: 'S',
      place: 'P',
      hours: 'H',
      address: 'A',
      signedForCentre: 'K',
    };
    expect(AgreementInput.safeParse(a).error?.issues.map((i) => i.path.join('.'))).toEqual(['validFrom']);
    expect(
      AgreementInput.safeParse({ ...a, validFrom: '2026-12-02', validTo: '2026-12-01' }).error?.issues.map(
        (i) => i.path.join('.'),
      ),
    ).toEqual(['validTo']);
  });
});
