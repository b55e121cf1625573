import { monthEnd } from '@ostoja/domain/payments/schedule';
import type { StaffContext } from '../../http/context.ts';
import { statement } from './debtor-service.ts';
import * as debts from './debts-repo.ts';

// The report's debts and recoveries (art. 27–28 uFA): each debtor's statement on the last day of
// the months reported, and the repayments received within them as the statement booked them.

export async function debtsAndRecoveries(ctx: StaffContext, from: string, to: string) {
  const on = monthEnd(to);
  const first = `${from}-01`;
  const d = { on, debtors: 0, principal: 0, interest: 0, total: 0 };
  const r = {
    repayments: 0,
    amount: 0,
    interest: 0,
    principal: 0,
    state: 0,
    creditorGmina: 0,
    debtorGmina: 0,
  };
  for (const debtor of await debts.all(ctx.q)) {
    const s = await statement(ctx, debtor, on);
    if (s.totalOutstanding > 0) d.debtors++;
    d.principal += s.principalOutstanding;
    d.interest += s.interestOutstanding;
    d.total += s.totalOutstanding;
    for (const x of s.repayments.filter((x) => x.receivedOn >= first)) {
      r.repayments++;
      r.amount += x.amount;
      r.interest += x.interest;
      r.principal += x.principal;
      r.state += x.split.state;
      r.creditorGmina += x.split.creditorGmina;
      r.debtorGmina += x.split.debtorGmina;
    }
  }
  return { debts: d, recoveries: r };
}
