import { type AdditionKind, type BenefitItem, ONE_OFF } from '@ostoja/domain/family-benefits/calculator';
import { monthsOfRight } from '../benefit-claims/service.ts';
import type * as repo from './repo.ts';
import type { Amendment } from './repo.ts';
import { rightIn } from './right.ts';

// The right of a family whose granted decision was changed or revoked (amendments.ts): from the
// change's month on, what the family as the change recorded it is due, month by month. The change
// decision and the sprawozdanie both count it this way.

export type Family = Pick<
  repo.ApplicationRow,
  'members' | 'additions' | 'singleParent' | 'familyMonthlyIncome'
>;

/**
 * The monthly right of the changed family from `from` to `end` (first days). The one-off dodatki
 * were paid with the granted first month: neither due again nor part of the sum that "złotówka za
 * złotówkę" reduces in the later months.
 */
export function rightAfterChange(a: repo.ApplicationRow, family: Family, from: string, end: string) {
  const additions = family.additions.filter((x) => !ONE_OFF.includes(x.kind as AdditionKind));
  return monthsOfRight(
    from,
    end,
    (m) => rightIn({ ...a, ...family, additions }, m),
    (c) => ({ amount: c.monthlyAmount, items: c.items }),
  );
}

/** The items of each month as the decisions in force grant them: the granted right until the first change. */
export function itemsInForce(
  a: repo.ApplicationRow,
  granted: { month: string; items: BenefitItem[] }[],
  amendments: readonly Amendment[] | undefined,
  end: string,
) {
  if (!amendments?.length) return granted;
  const out = granted.filter((m) => m.month < amendments[0]!.from);
  amendments.forEach((x, i) => {
    const until = amendments[i + 1]?.from;
    if (!x.family) return;
    for (const m of rightAfterChange(a, x.family, `${x.from}-01`, end).items)
      if (!until || m.month < until) out.push(m);
  });
  return out;
}
