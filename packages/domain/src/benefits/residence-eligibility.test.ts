import { describe, expect, it } from 'vitest';
import { holdsUkrStatus, SetUkrStatus } from '../registry/ukr-status.ts';
import { type ResidenceFacts, residenceEligibility } from './residence-eligibility.ts';

const ukrainian = (over: Partial<ResidenceFacts> = {}): ResidenceFacts => ({
  citizenship: 'UA',
  documentType: 'passport',
  ukrStatus: 'none',
  ukrSince: null,
  ukrLostOn: null,
  ...over,
});

describe('art. 5 ups and art. 29 of the act on help to citizens of Ukraine', () => {
  it('a Polish citizen and a citizen of another EU state may get every benefit', () => {
    expect(residenceEligibility(ukrainian({ citizenship: 'PL' }), 'zasilekStaly', '2026-03-10')).toEqual({
      eligible: true,
      basis: 'polishCitizen',
    });
    expect(residenceEligibility(ukrainian({ citizenship: 'DE' }), 'zasilekOkresowy', '2026-03-10')).toEqual({
      eligible: true,
      basis: 'eeaCitizen',
    });
  });

  it('a citizen of Ukraine with a residence card gets the ups help in full (art. 5 pkt 2)', () => {
    const p = ukrainian({ documentType: 'residenceCard' });
    expect(residenceEligibility(p, 'zasilekOkresowy', '2026-03-10')).toEqual({
      eligible: true,
      basis: 'residenceTitle',
    });
  });

  it('Olena, UKR status since 15.03.2022, applying on 10.03.2026: a zasiłek celowy yes, a zasiłek okresowy no', () => {
    const olena = ukrainian({ ukrStatus: 'ukr', ukrSince: '2022-03-15' });
    expect(residenceEligibility(olena, 'zasilekCelowy', '2026-03-10')).toEqual({
      eligible: true,
      basis: 'ukrStatus',
    });
    expect(residenceEligibility(olena, 'shelter', '2026-03-10')).toMatchObject({ eligible: true });
    expect(residenceEligibility(olena, 'zasilekOkresowy', '2026-03-10')).toEqual({
      eligible: false,
      reason: 'notUnderUkrAct',
    });
    expect(residenceEligibility(olena, 'zasilekStaly', '2026-03-10')).toMatchObject({ eligible: false });
    // Before the status was given she had no title at all.
    expect(residenceEligibility(olena, 'zasilekCelowy', '2022-03-14')).toEqual({
      eligible: false,
      reason: 'noResidenceTitle',
    });
  });

  it('Andrij lost the status on 1.09.2025 (left Poland for over a month): help asked after it is refused', () => {
    const andrij = ukrainian({ ukrStatus: 'lost', ukrSince: '2022-04-01', ukrLostOn: '2025-09-01' });
    expect(residenceEligibility(andrij, 'zasilekCelowy', '2025-08-31')).toMatchObject({ eligible: true });
    expect(residenceEligibility(andrij, 'zasilekCelowy', '2025-09-01')).toEqual({
      eligible: false,
      reason: 'ukrStatusLost',
    });
  });

  it('a foreigner without a residence title and without the status is refused', () => {
    expect(residenceEligibility(ukrainian(), 'zasilekCelowy', '2026-03-10')).toEqual({
      eligible: false,
      reason: 'noResidenceTitle',
    });
    // The UKR status is a Ukrainian's: another citizenship with it recorded by mistake gets nothing from it.
    const by = ukrainian({ citizenship: 'BY', ukrStatus: 'ukr', ukrSince: '2022-03-15' });
    expect(residenceEligibility(by, 'zasilekCelowy', '2026-03-10')).toEqual({
      eligible: false,
      reason: 'noResidenceTitle',
    });
  });
});

describe('the UKR status on a day and its input', () => {
  it('holds from the day given until the day lost', () => {
    const s = { status: 'lost' as const, since: '2022-03-15', lostOn: '2025-09-01' };
    expect(holdsUkrStatus(s, '2022-03-14')).toBe(false);
    expect(holdsUkrStatus(s, '2022-03-15')).toBe(true);
    expect(holdsUkrStatus(s, '2025-08-31')).toBe(true);
    expect(holdsUkrStatus(s, '2025-09-01')).toBe(false);
    expect(holdsUkrStatus({ status: 'none', since: null, lostOn: null }, '2025-09-01')).toBe(false);
  });

  it('names the field: "lost on" before "since", a date in the future, a reason missing', () => {
    const paths = (body: unknown) =>
      SetUkrStatus.safeParse(body).error?.issues.map((i) => [i.path.join('.'), i.message.split('?')[0]]);
    expect(
      paths({ status: 'lost', since: '2023-05-02', lostOn: '2023-05-01', lostReason: 'leftPoland' }),
    ).toEqual([['lostOn', 'validation.ukrStatus.lostBeforeSince']]);
    expect(paths({ status: 'ukr', since: '2999-01-01' })).toEqual([['since', 'validation.ukrStatus.future']]);
    expect(paths({ status: 'lost', since: '2023-05-02', lostOn: '2999-01-01' })).toEqual([
      ['lostOn', 'validation.ukrStatus.future'],
      ['lostReason', 'validation.required'],
    ]);
    expect(SetUkrStatus.parse({ status: 'none', since: '2023-05-02' })).toEqual({
      status: 'none',
      since: null,
      lostOn: null,
      lostReason: null,
    });
  });
});
