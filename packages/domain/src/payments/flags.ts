import { monthEnd } from './schedule.ts';

// Checks of a payment list before approval. Each flag is for the clerk to resolve (exclude
// the item or accept it); none pays or stops anything by itself.

export const FLAG_KINDS = ['deceased', 'duplicateIban', 'amountChanged'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlagItem {
  itemId: string;
  personId: string;
  pesel: string | null;
  householdId: string | null;
  iban: string | null;
  benefit: string;
  month: string; // YYYY-MM
  amount: number;
  /** Days paid when the month is partial (pro rata). */
  days: number | null;
}

export interface Flag {
  itemId: string;
  kind: FlagKind;
  details: Record<string, string | number | string[]>;
}

/** Recipients the PESEL register reports dead before or during the month being paid. */
export function deceasedFlags(items: readonly FlagItem[], deaths: ReadonlyMap<string, string>): Flag[] {
  return items.flatMap((i) => {
    const diedOn = i.pesel ? deaths.get(i.pesel) : undefined;
    return diedOn && diedOn <= monthEnd(i.month)
      ? [{ itemId: i.itemId, kind: 'deceased' as const, details: { diedOn } }]
      : [];
  });
}

/**
 * One account receiving the benefits of unrelated households (different households) is a
 * classic sign of error or fraud; a guardian paid for several wards is accepted by the clerk.
 * `householdsByIban` covers the whole run, not only the items checked now.
 */
export function duplicateIbanFlags(
  items: readonly FlagItem[],
  householdsByIban: ReadonlyMap<string, readonly string[]>,
): Flag[] {
  return items.flatMap((i) => {
    if (!i.iban) return [];
    const households = householdsByIban.get(i.iban) ?? [];
    return households.length > 1
      ? [
          {
            itemId: i.itemId,
            kind: 'duplicateIban' as const,
            details: { iban: i.iban, households: households.length },
          },
        ]
      : [];
  });
}

export interface PreviousMonth {
  amount: number;
  partial: boolean;
}

/** Key of the month before `month` of the same benefit of the same person. */
export const previousKey = (personId: string, benefit: string, month: string) =>
  `${personId}|${benefit}|${month}`;

/**
 * A monthly amount that differs from the previous month's (`previous` is keyed by the month
 * that follows it, see previousKey), unless either month was paid pro
 * rata (the first or last month of a decision differs by design).
 */
export function amountChangedFlags(
  items: readonly FlagItem[],
  previous: ReadonlyMap<string, PreviousMonth>,
): Flag[] {
  return items.flatMap((i) => {
    const prev = previous.get(previousKey(i.personId, i.benefit, i.month));
    if (!prev || prev.partial || i.days !== null || prev.amount === i.amount) return [];
    return [
      {
        itemId: i.itemId,
        kind: 'amountChanged' as const,
        details: { previous: prev.amount, current: i.amount, difference: i.amount - prev.amount },
      },
    ];
  });
}
