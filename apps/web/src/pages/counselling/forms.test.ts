import { StaffCancellation } from '@ostoja/domain/counselling/booking';
import { IntakeProof } from '@ostoja/domain/portal/intake';
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../components/fields.tsx';
import { ownMessage } from '../../components/kit/own-message.ts';
import { prefixed } from './prefixed.ts';

describe('several forms on one page', () => {
  it('the error summary links to the field of its own form (the id carries the form’s prefix)', () => {
    const form = prefixed('exception', {
      errors: { date: 'To pole jest wymagane.', end: undefined },
      busy: false,
    });
    expect(form.errors).toEqual({ 'exception.date': 'To pole jest wymagane.' });
    // The field the administrator fills is #f-exception-date.
    expect(fieldId(Object.keys(form.errors)[0]!)).toBe('f-exception-date');
    expect(form.busy).toBe(false);
  });
});

describe('a screen’s own words for a mistake', () => {
  const failed = (type: string, message: string) => ({
    form: { formState: { errors: { reason: { type, message } } } } as never,
    errors: { reason: message },
  });

  it('says what to do when the schema refuses the field before sending', () => {
    expect(
      ownMessage(failed('too_small', 'To pole jest wymagane.'), 'reason', 'Podaj powód odwołania.'),
    ).toBe('Podaj powód odwołania.');
  });

  it('shows what the server answered for the field as it was sent', () => {
    expect(ownMessage(failed('server', 'Za długie.'), 'reason', 'Podaj powód odwołania.')).toBe('Za długie.');
  });

  it('says nothing about a field without a mistake', () => {
    expect(ownMessage({ form: { formState: { errors: {} } } as never, errors: {} }, 'reason', 'x')).toBe(
      undefined,
    );
  });
});

describe('the bodies the forms send', () => {
  it('a cancellation for a resident needs a reason (blank is refused at the reason)', () => {
    const r = StaffCancellation.safeParse({ reason: '   ', version: 3 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
    expect(StaffCancellation.parse({ reason: ' zadzwoniła ', version: 3 })).toEqual({
      reason: 'zadzwoniła',
      version: 3,
    });
  });

  it('an application’s reference is read in capitals; a malformed one is refused at the reference', () => {
    expect(IntakeProof.parse({ reference: ' e/2026/00042 ', code: 'abcd-efgh' })).toEqual({
      reference: 'E/2026/00042',
      code: 'abcd-efgh',
    });
    const r = IntakeProof.safeParse({ reference: 'E/26/42', code: '' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reference', 'validation.intake.reference'],
      ['code', 'validation.required'],
    ]);
  });
});
