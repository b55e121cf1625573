import { divideHalfUp } from '../shared/money.ts';

// The fee for a stay in a dom pomocy społecznej (art. 60–61 ups): who pays how much of the average
// monthly cost, in the order the act sets. Pure rules, no I/O; money in grosze.

const UPS = 'ustawy o pomocy społecznej';
export const DPS_ART = {
  cost: `art. 60 ust. 2 ${UPS}`,
  resident: `art. 61 ust. 1 pkt 1 i ust. 2 pkt 1 ${UPS}`,
  family: `art. 61 ust. 1 pkt 2 i ust. 2 pkt 2 ${UPS}`,
  gmina: `art. 61 ust. 1 pkt 3 i ust. 2 pkt 3 ${UPS}`,
} as const;

/** Spouse, then descendants, then ascendants (art. 61 ust. 1 pkt 2 ups). */
export const DPS_RELATIONS = ['spouse', 'descendant', 'ascendant'] as const;
export type DpsRelation = (typeof DPS_RELATIONS)[number];

export interface DpsRelative {
  id: string;
  relation: DpsRelation;
  /** Monthly income of the relative's household per art. 8 (grosze) and its persons (1 = single). */
  income: number;
  size: number;
  /** The amount agreed in the umowa (art. 103 ust. 2 ups); null: up to what the law allows. */
  agreed?: number | null;
}

export interface DpsFeeFacts {
  /** Średni miesięczny koszt utrzymania in the home, as the powiat published it for the year [M]. */
  monthlyCost: number;
  /** The resident's monthly income (grosze). */
  residentIncome: number;
  /** The share of income the decision sets, at most 70 (art. 61 ust. 1 pkt 1 ups); 70 when not given. */
  residentPct?: number;
  relatives: readonly DpsRelative[];
  /** The criteria in force (art. 8 ust. 1 ups [M], dated data). */
  criterionSingle: number;
  criterionPerPerson: number;
}

export interface DpsPayment {
  payer: 'resident' | 'relative' | 'gmina';
  relativeId: string | null;
  amount: number;
  article: string;
}

/** The most of their income a resident may be charged (art. 61 ust. 1 pkt 1 ups). */
export const RESIDENT_MAX_PCT = 70;

// Art. 61 ust. 1 pkt 1 ups: the resident pays up to 70 % of their income, never more than the cost.
export const residentShare = (income: number, cost: number, pct = RESIDENT_MAX_PCT) =>
  Math.min(divideHalfUp(income * Math.min(pct, RESIDENT_MAX_PCT), 100), cost);

// Art. 61 ust. 2 pkt 2 ups: a relative pays only from income above 300 % of the criterion (single,
// or per person in the family), and what stays with their household is at least that 300 %.
export function relativeCapacity(r: DpsRelative, criterionSingle: number, criterionPerPerson: number) {
  const floor = 3 * (r.size === 1 ? criterionSingle : criterionPerPerson * r.size);
  const above = Math.max(0, r.income - floor);
  return r.agreed == null ? above : Math.min(above, r.agreed);
}

/**
 * Art. 61 ups: the resident first, then the spouse, descendants and ascendants in that order, each
 * up to what they may pay, and the gmina the difference up to the average monthly cost. Nobody
 * after the resident pays when the resident covers the cost.
 */
export function dpsFee(f: DpsFeeFacts): { payments: DpsPayment[]; gmina: number } {
  const resident = residentShare(f.residentIncome, f.monthlyCost, f.residentPct);
  const payments: DpsPayment[] = [
    { payer: 'resident', relativeId: null, amount: resident, article: DPS_ART.resident },
  ];
  let left = f.monthlyCost - resident;
  const ordered = [...f.relatives].sort(
    (a, b) => DPS_RELATIONS.indexOf(a.relation) - DPS_RELATIONS.indexOf(b.relation),
  );
  for (const r of ordered) {
    const amount = Math.min(left, relativeCapacity(r, f.criterionSingle, f.criterionPerPerson));
    payments.push({ payer: 'relative', relativeId: r.id, amount, article: DPS_ART.family });
    left -= amount;
  }
  payments.push({ payer: 'gmina', relativeId: null, amount: left, article: DPS_ART.gmina });
  return { payments, gmina: left };
}

/** Why an agreed amount cannot be accepted from a relative, or null when it can. */
export type AgreementProblem = 'atOrBelowThreshold' | 'leavesBelowThreshold' | null;

// Art. 61 ust. 2 pkt 2 ups: an agreement binds a relative only above 300 % of the criterion, and
// never for more than leaves their household that 300 %.
export function agreementProblem(
  r: Omit<DpsRelative, 'agreed'> & { agreed: number },
  criterionSingle: number,
  criterionPerPerson: number,
): AgreementProblem {
  if (r.agreed === 0) return null;
  const capacity = relativeCapacity({ ...r, agreed: null }, criterionSingle, criterionPerPerson);
  if (capacity === 0) return 'atOrBelowThreshold';
  return r.agreed > capacity ? 'leavesBelowThreshold' : null;
}

// Art. 64 ups (on request, partly or wholly) and art. 64a ups (wholly, obligatory): a relative's
// exemption lowers what they pay; the gmina pays the difference (art. 61 ust. 2 pkt 3).
export const afterExemption = (agreed: number, pct: number) => agreed - divideHalfUp(agreed * pct, 100);

// Art. 60 ups, month of admission [M]: the common practice of fee decisions charges a month begun in
// the home by its days (monthly amount × days in the home ÷ days of the month, half up); to verify in ISAP.
export function gminaCostInMonth(monthly: number, admittedOn: string, month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (admittedOn.slice(0, 7) > month) return 0;
  if (admittedOn.slice(0, 7) < month) return monthly;
  const stayed = days - Number(admittedOn.slice(8, 10)) + 1;
  return divideHalfUp(monthly * stayed, days);
}
