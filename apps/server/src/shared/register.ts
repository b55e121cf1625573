import { decisionNumber } from '@ostoja/domain/applications/decision';
import { centreSettings } from '../config.ts';
import type { Queryable } from '../db/db.ts';

// Yearly registers (dzienniki): every numbered document of the centre takes the next number of
// its register for the year — applications, decisions, payment lists, cash receipts, Niebieska
// Karta procedures, volunteer agreements, e-applications. One counter table (migration 0011's
// register_counter) serves them all.

export type Register =
  | 'application'
  | 'decision'
  | 'paymentRun'
  | 'cashReceipt'
  | 'blueCard'
  | 'volunteerAgreement'
  | 'intake'
  | 'destructionProtocol'
  | 'familyBenefitApplication'
  | 'familyBenefitDecision'
  | 'alcoholProceeding'
  | 'alimonyFundApplication'
  | 'alimonyFundDecision'
  | 'alimonyDebtor'
  | 'alimonyDebtorNotice'
  | 'alimonyDebtorEvent'
  | 'careBill'
  | 'housingAllowanceApplication'
  | 'housingAllowanceDecision'
  | 'largeFamilyCardApplication'
  | 'largeFamilyCard'
  | 'funeral';

/** Next number of a yearly register; the row lock makes it gapless and unique under concurrency. */
export async function nextInRegister(q: Queryable, register: Register, year: number): Promise<number> {
  const r = await q.query<{ last: number }>(
    `INSERT INTO register_counter (register, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (register, year) DO UPDATE SET last = register_counter.last + 1 RETURNING last`,
    [register, year],
  );
  return r.rows[0]!.last;
}

/** "PREFIX/2026/000042": a register number with the sequence zero-padded to `width` digits. */
export const registerNumber = (prefix: string, year: number, n: number, width: number) =>
  `${prefix}/${year}/${String(n).padStart(width, '0')}`;

/** The next number of a register in the year of `on` (a date or month, `YYYY-…`), as `registerNumber` writes it. */
export async function nextNumber(
  q: Queryable,
  register: Register,
  prefix: string,
  on: string,
  width: number,
) {
  const year = Number(on.slice(0, 4));
  return registerNumber(prefix, year, await nextInRegister(q, register, year), width);
}

/** The next number of the centre's decision register, in the year of the decision's date. */
export async function nextDecisionNumber(q: Queryable, decidedOn: string) {
  const year = Number(decidedOn.slice(0, 4));
  return decisionNumber(centreSettings().decisionPrefix, await nextInRegister(q, 'decision', year), year);
}
