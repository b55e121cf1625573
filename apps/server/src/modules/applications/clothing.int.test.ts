// Clothing (niezbędne ubranie, art. 48 ups) through the decision flow: a zasiłek celowy whose items
// add up to its amount, or the items in kind from the centre's store with their hand-out.
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionFlowApp } from '../../test/decisions.ts';
import { errorPaths } from '../../test/errors.ts';

const f = decisionFlowApp();
const { post, get, decide } = f;
/** The clothing rows of MRPiPS-03 for 2026 before these tests: the demo centre's own decision. */
let demoClothing: Record<string, { persons: number; amount: number }>;

beforeAll(async () => {
  demoClothing = await clothingRows();
});

/** A zasiłek celowy application proposed at `amount` grosze, awaiting the decision. */
async function proposedCelowy(amount: number) {
  const app = await f.apply({ benefits: ['zasilekCelowy'], helpReasons: ['1'] });
  const visit = await post(
    `/api/v1/applications/${app.id}/wywiad`,
    f.worker,
    f.homeVisit('2026-11-05', 'Rodzina bez odzieży zimowej; dochód w kryterium.', [
      { kind: 'employment', month: '2026-10', gross: 80000, tax: 0, contributions: 0 },
    ]),
  );
  expect(visit.statusCode).toBe(200);
  const proposed = await post(`/api/v1/applications/${app.id}/proposals`, f.worker, {
    benefit: 'zasilekCelowy',
    amount,
    periodFrom: '2026-11-10',
    periodTo: '2026-11-10',
    justification: 'Brak odzieży i obuwia zimowego.',
  });
  expect(proposed.json().status).toBe('awaitingDecision');
  return app.id as string;
}

const pdfOf = async (decisionId: string) => (await f.decisionText(decisionId)).replace(/\s+/g, ' ');

const cashItems = [
  { name: 'Kurtka zimowa', quantity: 1, unitGrosze: 25000 },
  { name: 'Buty zimowe', quantity: 1, unitGrosze: 14999 },
  { name: 'Skarpety wełniane', quantity: 2, unitGrosze: 1250 },
];

describe('clothing (art. 48 ups) on a zasiłek celowy decision', () => {
  it('refuses a bad item row and a list that does not add up, naming the field', async () => {
    const id = await proposedCelowy(42499);
    const base = { outcome: 'grant', decidedOn: '2026-11-10', purpose: 'clothing' };
    const bad = await post(`/api/v1/applications/${id}/decisions`, f.clerk, {
      ...base,
      items: [
        { name: 'Kurtka zimowa', quantity: 0, unitGrosze: 25000 },
        { name: 'Buty zimowe', quantity: 1 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad)).toEqual(['items.0.quantity', 'items.1.unitGrosze']);
    // 424,98 zł against the proposed 424,99 zł: one grosz short.
    const short = await post(`/api/v1/applications/${id}/decisions`, f.clerk, {
      ...base,
      items: [cashItems[0], { ...cashItems[1]!, unitGrosze: 14998 }, cashItems[2]],
    });
    expect(short.statusCode).toBe(400);
    expect(errorPaths(short)).toEqual(['items']);
    expect(short.json().error.fields[0].message).toContain('424,98 zł');
    const none = await post(`/api/v1/applications/${id}/decisions`, f.clerk, { ...base, items: [] });
    expect(errorPaths(none)).toEqual(['items']);
    // The social worker holds no decisions.issue.
    const worker403 = await post(`/api/v1/applications/${id}/decisions`, f.worker, {
      ...base,
      items: cashItems,
    });
    expect(worker403.statusCode).toBe(403);
    const app = (await get(`/api/v1/applications/${id}`, f.clerk)).json();
    expect(app.status).toBe('awaitingDecision');
  });

  it('grants the allowance as the sum of its items and prints them in the decision', async () => {
    const id = await proposedCelowy(42499);
    const decided = await decide(id, {
      outcome: 'grant',
      decidedOn: '2026-11-10',
      purpose: 'clothing',
      paymentMethod: 'cashDesk',
      items: cashItems,
    });
    const d = decided.decisions[0];
    expect(d).toMatchObject({
      amount: 42499,
      purpose: 'clothing',
      helpForm: 'cash',
      paymentMethod: 'cashDesk',
    });
    expect(d.items).toHaveLength(3);
    expect(d.schedule).toEqual([{ month: '2026-11', amount: 42499, days: null }]);
    const text = await pdfOf(d.id);
    expect(text).toMatch(/w kwocie 424,99 zł/);
    expect(text).toContain('Cel zasiłku: ubranie.');
    expect(text).toContain('Zasiłek przeznacza się na zakup:');
    expect(text).toMatch(/1\. Kurtka zimowa 1 250,00 zł 250,00 zł/);
    expect(text).toMatch(/2\. Buty zimowe 1 149,99 zł 149,99 zł/);
    expect(text).toMatch(/3\. Skarpety wełniane 2 12,50 zł 25,00 zł/);
  });

  it('grants the items in kind with no payment, prints the list, and records their hand-out once', async () => {
    const id = await proposedCelowy(30000);
    const withAmount = await post(`/api/v1/applications/${id}/decisions`, f.clerk, {
      outcome: 'grant',
      decidedOn: '2026-11-10',
      purpose: 'clothing',
      helpForm: 'inKind',
      items: [{ name: 'Kurtka zimowa', quantity: 1, unitGrosze: 100 }],
    });
    expect(errorPaths(withAmount)).toEqual(['items.0.unitGrosze']);
    const decided = await decide(id, {
      outcome: 'grant',
      decidedOn: '2026-11-10',
      purpose: 'clothing',
      helpForm: 'inKind',
      items: [
        { name: 'Kurtka zimowa, rozmiar L', quantity: 1 },
        { name: 'Buty zimowe, rozmiar 42', quantity: 1 },
        { name: 'Rękawiczki', quantity: 2 },
      ],
    });
    const d = decided.decisions[0];
    expect(d).toMatchObject({
      amount: 0,
      helpForm: 'inKind',
      paymentMethod: null,
      schedule: [],
      handout: null,
    });
    expect(d.legalBasis).toContain('art. 48 ust. 1');
    const text = await pdfOf(d.id);
    expect(text).toContain(
      'pomoc w formie niezbędnego ubrania, wydanego w naturze z magazynu odzieży ośrodka',
    );
    expect(text).toContain('Wykaz wydawanych rzeczy:');
    expect(text).toMatch(/1\. Kurtka zimowa, rozmiar L 1/);
    expect(text).toMatch(/3\. Rękawiczki 2/);
    // Nothing is paid: no payment schedule rows for this decision.
    const due = await f.t.db.query('SELECT 1 FROM payment_schedule_item WHERE decision_id = $1', [d.id]);
    expect(due.rows).toEqual([]);

    const handout = { handedOutOn: '2026-11-12', receivedBy: 'wnioskodawca osobiście', receiptSigned: true };
    expect((await post(`/api/v1/applications/${id}/handout`, f.worker, handout)).statusCode).toBe(403);
    const early = await post(`/api/v1/applications/${id}/handout`, f.clerk, {
      ...handout,
      handedOutOn: '2026-11-09',
    });
    expect(errorPaths(early)).toEqual(['handedOutOn']);
    const unsigned = await post(`/api/v1/applications/${id}/handout`, f.clerk, {
      ...handout,
      receiptSigned: false,
    });
    expect(errorPaths(unsigned)).toEqual(['receiptSigned']);
    const done = await post(`/api/v1/applications/${id}/handout`, f.clerk, handout);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().decisions[0].handout).toMatchObject({
      handedOutOn: '2026-11-12',
      receivedBy: 'wnioskodawca osobiście',
      handedOutByName: expect.any(String),
    });
    expect((await post(`/api/v1/applications/${id}/handout`, f.clerk, handout)).statusCode).toBe(409);
  });

  it('refuses a hand-out for a cash decision', async () => {
    const id = await proposedCelowy(42499);
    await decide(id, { outcome: 'grant', decidedOn: '2026-11-10', purpose: 'clothing', items: cashItems });
    const res = await post(`/api/v1/applications/${id}/handout`, f.clerk, {
      handedOutOn: '2026-11-12',
      receivedBy: 'wnioskodawca',
      receiptSigned: true,
    });
    expect(res.statusCode).toBe(409);
  });
});

/** MRPiPS-03's clothing rows for 2026, as the director reads them. */
async function clothingRows() {
  const res = await get('/api/v1/reports/mrpips-03/2026/Y', f.director);
  expect(res.statusCode, res.body).toBe(200);
  const section = res.json().sections.find((s: { section: string }) => s.section === 'clothing');
  return Object.fromEntries(
    section.rows.map((r: { row: string; values: { persons: number; amount: number } }) => [r.row, r.values]),
  ) as Record<string, { persons: number; amount: number }>;
}

describe('clothing in MRPiPS-03 (art. 48 ups)', () => {
  it('counts the persons granted clothing in cash at its amount and in kind, each person once in the total', async () => {
    // The decisions above, all signed on 2026-11-10 for the same applicant: two in cash at 424,99 zł
    // each and one in kind; refused drafts wrote no decision. The demo's own decision comes on top.
    const rows = await clothingRows();
    const plus = (row: string, persons: number, amount: number) => ({
      persons: demoClothing[row]!.persons + persons,
      amount: demoClothing[row]!.amount + amount,
    });
    expect(rows.cash).toEqual(plus('cash', 1, 84998));
    expect(rows.inKind).toEqual(plus('inKind', 1, 0));
    expect(rows.total).toEqual(plus('total', 1, 84998));
    const listed = await get('/api/v1/reports/mrpips-03/2026/Y/figures/clothing.inKind.persons', f.director);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((p: { id: string }) => p.id)).toContain(f.household.applicantId);
  });
});
