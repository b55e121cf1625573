import { addMonths } from './schedule.ts';

// Receivables (należności) from undue or repayable benefits, set by decision: amount, due
// date, instalments, waiver (art. 104 ust. 3–4 ups), deduction from payments (art. 104 ust. 2).

export const RECEIVABLE_KINDS = ['undueBenefit', 'repayableBenefit'] as const;
export type ReceivableKind = (typeof RECEIVABLE_KINDS)[number];

/** The legal basis printed on the receivable decision, per kind. */
export const RECEIVABLE_LEGAL_BASIS: Record<ReceivableKind, string> = {
  undueBenefit: 'art. 6 pkt 16, art. 98 ust. 1 i art. 104 ust. 3 ustawy o pomocy społecznej',
  repayableBenefit: 'art. 41 pkt 2, art. 96 i art. 104 ust. 3 ustawy o pomocy społecznej',
};

/**
 * The basis of an undue benefit of another act paid through the same runs: art. 30 usr for family
 * benefits, art. 23 uFA for the alimony fund [M: check the t.j.]; social assistance otherwise.
 */
const UNDUE_BASIS_OF_OTHER_ACTS: Record<string, string> = {
  zasilekRodzinny:
    'art. 30 ust. 1, 2 i 8 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (Dz.U. 2025 poz. 1208)',
  funduszAlimentacyjny:
    'art. 23 ust. 1 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów',
};

/** The legal basis of a receivable: the act of the benefit it comes from, where that is known. */
export function receivableLegalBasis(kind: ReceivableKind, sourceBenefit: string | null): string {
  const other = sourceBenefit ? UNDUE_BASIS_OF_OTHER_ACTS[sourceBenefit] : undefined;
  return kind === 'undueBenefit' && other ? other : RECEIVABLE_LEGAL_BASIS[kind];
}

export interface Instalment {
  no: number;
  dueOn: string;
  amount: number;
}

/**
 * Splits an amount into `count` monthly instalments from `firstDue`, the same day of each
 * month (the month's last day where it is shorter); equal instalments, the remainder of the
 * division goes to the last, so the sum is the amount to the grosz.
 */
export function instalmentPlan(amount: number, count: number, firstDue: string): Instalment[] {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new Error('amount must be positive grosze');
  if (!Number.isInteger(count) || count < 1 || count > amount) throw new Error('invalid instalment count');
  const base = Math.floor(amount / count);
  const day = Number(firstDue.slice(8, 10));
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(firstDue.slice(0, 7), i);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {
      no: i + 1,
      dueOn: `${month}-${String(Math.min(day, last)).padStart(2, '0')}`,
      amount: i === count - 1 ? amount - base * (count - 1) : base,
    };
  });
}

export interface ReceivableState {
  amount: number;
  recovered: number;
  waived: number;
}

export const outstanding = (r: ReceivableState) => r.amount - r.recovered - r.waived;

export function receivableStatus(r: ReceivableState): 'open' | 'settled' | 'waived' {
  if (outstanding(r) > 0) return 'open';
  return r.waived === r.amount ? 'waived' : 'settled';
}

/** What is overdue on `today`: instalments due by then, less what was repaid or waived. */
export function overdueAmount(plan: readonly Instalment[], r: ReceivableState, today: string): number {
  const due = plan.filter((i) => i.dueOn < today).reduce((s, i) => s + i.amount, 0);
  return Math.max(0, due - r.recovered - r.waived);
}

export interface DeductibleReceivable {
  id: string;
  /** Outstanding less what live payments already reserve for it. */
  available: number;
  /** At most this much from one payment; null: as much as the payment allows. */
  cap: number | null;
}

/**
 * Deduction from one payment (art. 104 ust. 2): receivables oldest first (the caller orders
 * them), each up to its cap, together never more than the payment itself.
 */
export function allocateDeduction(payment: number, receivables: readonly DeductibleReceivable[]) {
  let left = payment;
  const out: { receivableId: string; amount: number }[] = [];
  for (const r of receivables) {
    const take = Math.min(left, r.available, r.cap ?? Number.MAX_SAFE_INTEGER);
    if (take > 0) {
      out.push({ receivableId: r.id, amount: take });
      left -= take;
    }
  }
  return out;
}
