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
