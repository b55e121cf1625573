import { checkIban, makeIban } from '@ostoja/domain/payments/iban';

// The centre's payment settings. They differ between centres and are the centre's practice,
// not law, so they are configuration (read at each use, so tests may change them) [M].

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** Day of the month on which periodic benefits are paid. */
export const paymentDay = () => num('OSTOJA_PAYMENT_DAY', 10);
/** Days a cash list may be collected from its payment day; after that, items return to the schedule. */
export const cashDays = () => num('OSTOJA_CASH_DAYS', 14);
/** Payment items processed per step of a run's build (flags, deductions, lists). */
export const batchSize = () => num('OSTOJA_PAYMENT_BATCH', 500);

/** A demo account (valid check digits) until the centre configures its own. */
const DEMO_PAYER_IBAN = makeIban('PL', '1020105500000000000000'.padEnd(24, '0'));

/** The centre's account the transfers are paid from. */
export function payerIban(): string {
  const iban = process.env.OSTOJA_PAYER_IBAN ?? DEMO_PAYER_IBAN;
  if (checkIban(iban, { polishOnly: true })) throw new Error('OSTOJA_PAYER_IBAN is not a valid Polish IBAN');
  return iban;
}
