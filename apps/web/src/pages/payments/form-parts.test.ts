import { registerMessages, translateMessage } from '@ostoja/domain/i18n/index';
import { Repayment, Waiver } from '@ostoja/domain/payments/schemas';
import { describe, expect, it } from 'vitest';
import { uiPayments } from '../../i18n/ui-payments.ts';
import { prefixed, withZloty } from './form-parts.ts';
import { parseZloty } from './shared.tsx';

registerMessages(uiPayments);

/** What the form shows beside each field for the body it would send, in Polish. */
function shown(schema: ReturnType<typeof withZloty>, body: unknown) {
  const r = schema.safeParse(body);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), translateMessage('pl', i.message)]));
}

describe('amounts typed in złoty on the payment forms', () => {
  const repayment = withZloty(Repayment, ['amount']);
  const typed = (amount: string) => ({
    paidOn: '2026-12-03',
    amount: parseZloty(amount) ?? undefined,
    channel: 'bank',
  });

  it('take "1 234,56" as 123456 grosze', () => {
    expect(shown(repayment, typed('1 234,56'))).toEqual({});
    expect(repayment.parse(typed('1 234,56'))).toEqual({
      paidOn: '2026-12-03',
      amount: 123_456,
      channel: 'bank',
    });
  });

  it('refuse "12,345" beside the amount as not an amount in złoty, and still check the other fields', () => {
    expect(shown(repayment, { ...typed('12,345'), paidOn: '3.12.2026' })).toEqual({
      amount: 'Podaj kwotę w złotych, np. 450 albo 450,50.',
      paidOn: expect.any(String),
    });
  });

  it('ask for an amount left empty (not "not an amount")', () => {
    expect(shown(repayment, typed(''))).toEqual({ amount: expect.not.stringContaining('złotych') });
  });

  it('keep the schema’s own rule: a waiver of part of the debt needs its amount', () => {
    const waiver = withZloty(Waiver, ['amount']);
    const body = { decidedOn: '2026-12-03', reason: 'Trudna sytuacja rodziny.', whole: false };
    expect(Object.keys(shown(waiver, body))).toEqual(['amount']);
    expect(shown(waiver, { ...body, whole: true })).toEqual({});
  });
});

describe('forms sharing a page', () => {
  it('link each error to the field of their own prefix', () => {
    expect(prefixed('repay-', { errors: { amount: 'x', paidOn: 'y' } }).errors).toEqual({
      'repay-amount': 'x',
      'repay-paidOn': 'y',
    });
  });
});
