import { describe, expect, it } from 'vitest';
import {
  canAttach,
  INTAKE_TRANSITIONS,
  IntakeInput,
  intakeReference,
  intakeReferenceSchema,
} from './intake.ts';

const valid = {
  applicant: { firstName: 'Anna', surname: 'Nowak' },
  address: { street: 'Żbikowska', building: '10', postalCode: '05-800', city: 'Pruszków' },
  phone: '500 600 700',
  help: ['zasilekOkresowy'],
  description: 'Straciłam pracę i nie starcza na czynsz.',
  declaration: true,
};
const paths = (input: object) =>
  IntakeInput.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('online application (PS-1-like)', () => {
  it('accepts the minimum: who, where, how to reach, what help, why, the declaration', () => {
    const r = IntakeInput.parse(valid);
    expect(r).toMatchObject({ preferredContact: 'phone', household: [], reasons: [] });
  });

  it('asks for a phone or an e-mail, the e-mail when it is the preferred channel, and what "other" help means', () => {
    expect(paths({ ...valid, phone: null })).toEqual(['phone: validation.contact.required']);
    expect(paths({ ...valid, preferredContact: 'email' })).toEqual(['email: validation.required']);
    expect(paths({ ...valid, help: ['other'] })).toEqual(['helpOther: validation.required']);
    expect(paths({ ...valid, help: [] })).toEqual(['help: validation.intake.help']);
    expect(paths({ ...valid, declaration: false })).toEqual(['declaration: validation.intake.declaration']);
  });

  it('checks a PESEL if one is given and the household relations', () => {
    expect(paths({ ...valid, applicant: { ...valid.applicant, pesel: '12345678901' } })).toEqual([
      'applicant.pesel: validation.pesel.checksum',
    ]);
    expect(paths({ ...valid, applicant: { ...valid.applicant, pesel: '' } })).toEqual([]);
    expect(paths({ ...valid, household: [{ firstName: 'A', surname: 'B', relation: 'applicant' }] })).toEqual(
      ['household.0.relation: validation.invalidOption'],
    );
  });

  it('numbers references per year and checks the typed reference', () => {
    expect(intakeReference(2026, 42)).toBe('E/2026/00042');
    expect(intakeReferenceSchema.parse(' e/2026/00042 ')).toBe('E/2026/00042');
    expect(intakeReferenceSchema.safeParse('W/2026/00042').success).toBe(false);
  });

  it('keeps its allowed-actions table as reviewed', () => {
    expect(INTAKE_TRANSITIONS).toMatchInlineSnapshot(`
      {
        "accepted": {},
        "declined": {},
        "inReview": {
          "accept": "accepted",
          "decline": "declined",
          "setFieldTeam": null,
        },
        "received": {
          "accept": "accepted",
          "decline": "declined",
          "setFieldTeam": null,
          "take": "inReview",
        },
      }
    `);
    expect(canAttach('inReview')).toBe(true);
    expect(canAttach('accepted')).toBe(false);
  });
});
