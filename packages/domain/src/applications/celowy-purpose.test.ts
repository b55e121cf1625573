import { describe, expect, it } from 'vitest';
import { celowyParts, itemProblems, itemsTotal } from './celowy-purpose.ts';
import { IssueDecision } from './decision.ts';

const items = [
  { name: 'Kurtka zimowa', quantity: 1, unitGrosze: 25000 },
  { name: 'Buty zimowe', quantity: 1, unitGrosze: 14999 },
  { name: 'Skarpety wełniane', quantity: 2, unitGrosze: 1250 },
];

describe('clothing items (art. 48 ups)', () => {
  it('adds up quantity × amount per item to the grosz', () => {
    expect(itemsTotal(items)).toBe(42499);
    expect(itemsTotal([{ name: 'Rękawiczki', quantity: 3, unitGrosze: 333 }])).toBe(999);
    expect(itemsTotal([])).toBe(0);
  });

  it('accepts cash items that equal the amount, and names the list when one grosz is missing', () => {
    const d = { purpose: 'clothing' as const, helpForm: 'cash' as const, items };
    expect(itemProblems(d, 42499)).toEqual([]);
    const short = itemProblems(d, 42500);
    expect(short.map((p) => p.path)).toEqual(['items']);
    expect(short[0]!.message).toBe(
      'validation.decisionItems.sum?total=424%2C99+z%C5%82&amount=425%2C00+z%C5%82',
    );
  });

  it('names the row and field of a bad item', () => {
    const d = celowyParts({
      purpose: 'clothing',
      helpForm: 'cash',
      items: [items[0]!, { name: 'Buty zimowe', quantity: 1 }],
    });
    expect(itemProblems(d, 25000)).toEqual([{ path: 'items.1.unitGrosze', message: 'validation.required' }]);
    const inKind = celowyParts({ purpose: 'clothing', helpForm: 'inKind', items: [items[0]!] });
    expect(itemProblems(inKind, null).map((p) => p.path)).toEqual(['items.0.unitGrosze']);
  });

  it('keeps items and the in-kind form to clothing', () => {
    expect(itemProblems(celowyParts({ purpose: 'fuel', items }), 42499).map((p) => p.path)).toEqual([
      'items',
    ]);
    expect(
      itemProblems(celowyParts({ purpose: 'food', helpForm: 'inKind' }), null).map((p) => p.path),
    ).toEqual(['helpForm']);
    expect(itemProblems(celowyParts({ purpose: 'clothing' }), 100).map((p) => p.path)).toEqual(['items']);
    expect(itemProblems(celowyParts({}), 100)).toEqual([]);
  });

  it('the decision request names items.<n>.<field> for a bad row', () => {
    const r = IssueDecision.safeParse({
      outcome: 'grant',
      decidedOn: '2026-11-10',
      purpose: 'clothing',
      items: [{ name: '', quantity: 0, unitGrosze: 100 }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['items.0.name', 'items.0.quantity']);
  });
});
