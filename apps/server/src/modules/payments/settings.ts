import { checkIban, makeIban } from '@ostoja/domain/payments/iban';
import { centreSettings } from '../../config.ts';

// The centre's payment settings (config.ts, read at each use so tests may change them) [M].

/** Day of the month on which periodic benefits are paid. */
export const paymentDay = () => centreSettings().paymentDay;
/** Days a cash list may be collected from its payment day; after that, items return to the schedule. */
export const cashDays = () => centreSettings().cashDays;
/** Payment items processed per step of a run's build (flags, deductions, lists). */
export const batchSize = () => centreSettings().paymentBatch;

/** A demo account (valid check digits) until the centre configures its own. */
const DEMO_PAYER_IBAN = makeIban('PL', '1020105500000000000000'.padEnd(24, '0'));

/** The centre's account the transfers are paid from. */
export function payerIban(): string {
  const iban = centreSettings().payerIban ?? DEMO_PAYER_IBAN;
  if (checkIban(iban, { polishOnly: true })) throw new Error('OSTOJA_PAYER_IBAN is not a valid Polish IBAN');
  return iban;
}
