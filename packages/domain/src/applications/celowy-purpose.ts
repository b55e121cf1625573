import { z } from 'zod';
import { trimmed } from '../shared/validation.ts';

// A zasiłek celowy's purpose (art. 39 ust. 2 ups names food, medicines and treatment, fuel, clothing,
// household items, small repairs and funeral costs) and, for clothing (niezbędne ubranie, art. 48
// ups), the list of items: bought with the allowance, or handed out in kind from the centre's store.

export const CELOWY_PURPOSES = [
  'food',
  'medicines',
  'fuel',
  'clothing',
  'householdItems',
  'repairs',
  'funeral',
  'other',
] as const;
export type CelowyPurpose = (typeof CELOWY_PURPOSES)[number];

/** cash: the allowance is paid; inKind: the items are handed out, nothing is paid (art. 36 pkt 2 lit. k ups). */
export const HELP_FORMS = ['cash', 'inKind'] as const;
export type HelpForm = (typeof HELP_FORMS)[number];

export const DecisionItem = z.strictObject({
  /** What is granted ("kurtka zimowa", "buty zimowe, rozmiar 42"). */
  name: trimmed(200),
  quantity: z.number().int().min(1, 'validation.decisionItems.quantity').max(100),
  /** Cash only: the amount for one item, grosze; in kind the store's items carry no price. */
  unitGrosze: z.number().int().min(1, 'validation.decisionItems.unitAmount').max(1_000_000).nullish(),
});
export type DecisionItem = z.input<typeof DecisionItem>;

/** "4650,00" for 465000 grosze: a figure in a message, the same in every language. */
const zloty = (g: number) => `${Math.trunc(g / 100)},${String(g % 100).padStart(2, '0')} zł`;

export interface CelowyParts {
  purpose: CelowyPurpose | null;
  helpForm: HelpForm;
  items: DecisionItem[];
}

/** A decision's purpose, form and items, with their defaults (no purpose, cash, no items). */
export const celowyParts = (d: {
  purpose?: CelowyPurpose | null;
  helpForm?: HelpForm;
  items?: DecisionItem[];
}): CelowyParts => ({ purpose: d.purpose ?? null, helpForm: d.helpForm ?? 'cash', items: d.items ?? [] });

export interface ItemProblem {
  path: string;
  message: string;
}

// Art. 39 ups with art. 48: a clothing allowance is the sum of its items (quantity × amount per item).
export function itemsTotal(
  items: readonly { name?: string; quantity: number; unitGrosze?: number | null }[],
): number {
  return items.reduce((sum, i) => sum + i.quantity * (i.unitGrosze ?? 0), 0);
}

// Art. 48 ups (niezbędne ubranie): clothing is granted as a list of items; in cash each row has its
// amount and the rows add up to the decision's amount to the grosz; in kind no row has an amount.
export function itemProblems(d: CelowyParts, amount: number | null): ItemProblem[] {
  const out: ItemProblem[] = [];
  if (d.helpForm === 'inKind' && d.purpose !== 'clothing')
    out.push({ path: 'helpForm', message: 'validation.decisionItems.inKindClothingOnly' });
  if (d.purpose === 'clothing' && d.items.length === 0)
    out.push({ path: 'items', message: 'validation.decisionItems.required' });
  if (d.purpose !== 'clothing' && d.items.length > 0)
    out.push({ path: 'items', message: 'validation.decisionItems.clothingOnly' });
  d.items.forEach((item, n) => {
    if (d.helpForm === 'cash' && !item.unitGrosze)
      out.push({ path: `items.${n}.unitGrosze`, message: 'validation.required' });
    if (d.helpForm === 'inKind' && item.unitGrosze)
      out.push({ path: `items.${n}.unitGrosze`, message: 'validation.decisionItems.noAmountInKind' });
  });
  if (
    !out.length &&
    d.helpForm === 'cash' &&
    d.items.length &&
    amount !== null &&
    itemsTotal(d.items) !== amount
  )
    out.push({
      path: 'items',
      message: `validation.decisionItems.sum?${new URLSearchParams({ total: zloty(itemsTotal(d.items)), amount: zloty(amount) })}`,
    });
  return out;
}
