import { addMonths } from '@ostoja/domain/payments/schedule';
import { type InfiniteData, type QueryKey, useQueryClient } from '@tanstack/react-query';
import {
  type AccountingTotals,
  type ListWithItems,
  type PaymentItem,
  type PaymentList,
  paymentsApi,
  type Run,
  type RunSummary,
} from '../../api/payments.ts';
import { registryApi } from '../../api/registry.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { registryKeys } from '../registry/queries.ts';

// The payments module's reads, cached by TanStack Query under these keys. Every change of a run,
// list, item, schedule or receivable can move the others (a run's totals, a ledger, the cash
// desk), so after a save its answer goes into the cache and the rest of the module reloads.
export const paymentsKeys = {
  all: ['payments'] as const,
  runs: (month: string) => ['payments', 'runs', month] as const,
  run: (id: string) => ['payments', 'run', id] as const,
  flags: (runId: string) => ['payments', 'flags', runId] as const,
  list: (id: string) => ['payments', 'list', id] as const,
  item: (id: string) => ['payments', 'item', id] as const,
  cashToday: (today: string) => ['payments', 'cashToday', today] as const,
  schedule: (decisionId: string) => ['payments', 'schedule', decisionId] as const,
  receivables: (all: boolean) => ['payments', 'receivables', all] as const,
  receivable: (id: string) => ['payments', 'receivable', id] as const,
  ledger: (personId: string) => ['payments', 'ledger', personId] as const,
  accounting: (month: string) => ['payments', 'accounting', month] as const,
};

export const useRuns = (month: string) =>
  useRead(paymentsKeys.runs(month), (signal) => paymentsApi.runs({ month }, signal));
export const useRun = readBy(paymentsKeys.run, paymentsApi.run);
export const useFlags = (runId: string) =>
  useRead(paymentsKeys.flags(runId), (signal) => paymentsApi.flags(runId, {}, signal));
export const useItem = readBy(paymentsKeys.item, paymentsApi.item);
export const useSchedule = readBy(paymentsKeys.schedule, paymentsApi.schedule);
export const useReceivable = readBy(paymentsKeys.receivable, paymentsApi.receivable);
export const useLedger = readBy(paymentsKeys.ledger, paymentsApi.ledger);
export const useAccounting = (month: string) =>
  useRead<AccountingTotals>(paymentsKeys.accounting(month), (signal) =>
    paymentsApi.accounting(month, signal),
  );

/** A person's name for a payments page; only for a role that may read the registry (the read is logged). */
export const usePersonIf = (id: string | null, allowed: boolean) =>
  useRead(registryKeys.person(id ?? ''), (signal) => registryApi.person(id ?? '', signal), allowed && !!id);

const PAGE = 100;

/** A payment list: its items page by page, the list itself as the first page tells it. */
export function usePaymentList(id: string) {
  const client = useQueryClient();
  const items = useCursorQuery<PaymentItem>(paymentsKeys.list(id), (after, signal) =>
    paymentsApi.list(id, { after, limit: PAGE }, signal),
  );
  const list = client.getQueryData<InfiniteData<ListWithItems>>(paymentsKeys.list(id))?.pages[0];
  return { list, items };
}

export const useReceivables = (all: boolean) =>
  useCursorQuery(paymentsKeys.receivables(all), (after, signal) =>
    paymentsApi.receivables({ open: all ? undefined : 'true', after, limit: 50 }, signal),
  );

export interface CashItem extends PaymentItem {
  list: PaymentList;
}

const collator = new Intl.Collator('pl');

/**
 * Today's cash items: every approved cash list whose collection window holds today, from the
 * runs of the last few months (a window is weeks long), with items still to pay or paid today.
 */
async function cashToday(today: string, signal: AbortSignal): Promise<CashItem[]> {
  const since = addMonths(today.slice(0, 7), -3);
  const runs = (await paymentsApi.runs({}, signal)).items.filter(
    (r: RunSummary) => r.status === 'approved' && r.month >= since,
  );
  const lists = (await Promise.all(runs.map((r) => paymentsApi.run(r.id, signal))))
    .flatMap((r: Run) => r.lists)
    .filter((l) => l.method === 'cashDesk' && l.payOn <= today && (!l.payUntil || l.payUntil >= today));
  const out: CashItem[] = [];
  for (const list of lists) {
    let after: string | undefined;
    do {
      const page: ListWithItems = await paymentsApi.list(list.id, { after, limit: 500 }, signal);
      for (const i of page.items)
        if (i.status === 'approved' || (i.status === 'paid' && i.paidOn === today)) out.push({ ...i, list });
      after = page.nextCursor ?? undefined;
    } while (after);
  }
  return out.sort(
    (a, b) => collator.compare(a.recipientName, b.recipientName) || a.month.localeCompare(b.month),
  );
}

export const useCashToday = (today: string) =>
  useRead(paymentsKeys.cashToday(today), (signal) => cashToday(today, signal));

/** After a save: its answer into the cache under `key`, the rest of the module asked again. */
export function usePaymentsSaved() {
  const client = useQueryClient();
  return <T>(key: QueryKey | null, data?: T) => {
    const same = key ? JSON.stringify(key) : '';
    if (key && data !== undefined) client.setQueryData(key, data);
    client.invalidateQueries({
      queryKey: paymentsKeys.all,
      predicate: (q) => JSON.stringify(q.queryKey) !== same,
    });
  };
}
