import { describe, expect, it } from 'vitest';
import { decisionFlowApp } from '../../test/decisions.ts';

// Issue 13, "the law": income received once (art. 8 ust. 11), a small change of income while a
// benefit runs (art. 106 ust. 3a–3b), and "niższy od" in the demo's decisions (art. 37–38).
const f = decisionFlowApp();
const { post } = f;

const newApplication = async () => (await f.apply()) as { id: string };

/** The applicant's net income of `month` (gross − 200 zł contributions), plus any extra sources. */
const wywiad = (visitedOn: string, month: string, net: number, extra: object[] = []) =>
  f.homeVisit(visitedOn, 'Rodzina potrzebuje wsparcia.', [
    { kind: 'employment', month, gross: net + 20000, tax: 0, contributions: 20000 },
    ...extra,
  ]);

const proposal = {
  benefit: 'zasilekOkresowy',
  amount: 40000,
  periodFrom: '2026-11-02',
  periodTo: '2027-03-31',
  justification: 'Dochód rodziny niższy od kryterium.',
};

/** An application with a zasiłek okresowy granted on 1000 zł of income (2 persons: 1646 zł criterion). */
async function granted() {
  const app = await newApplication();
  expect(
    (await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad('2026-11-05', '2026-10', 100000)))
      .statusCode,
  ).toBe(200);
  expect((await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal)).statusCode).toBe(200);
  const drafted = await post(`/api/v1/applications/${app.id}/decisions`, f.clerk, {
    outcome: 'grant',
    decidedOn: '2026-11-10',
    paymentMethod: 'cashDesk',
  });
  expect(drafted.statusCode).toBe(200);
  // Four-eyes approval: the director signs the clerk's draft.
  const decided = await post(`/api/v1/applications/${app.id}/decision-approval`, f.director, {});
  expect(decided.statusCode).toBe(200);
  return { app, original: decided.json().decisions[0] as { id: string; number: string } };
}

/** The clerk drafts the change; the director approves and signs it (four-eyes approval). */
async function change(appId: string, decisionId: string, amount: number) {
  const drafted = await post(`/api/v1/applications/${appId}/decision-changes`, f.clerk, {
    decisionId,
    fromMonth: '2027-01',
    amount,
    decidedOn: '2026-12-10',
    reason: 'Zmiana dochodu po aktualizacji wywiadu.',
  });
  if (drafted.statusCode !== 200) return drafted;
  return post(`/api/v1/applications/${appId}/decision-approval`, f.director, {});
}

describe('art. 106 ust. 3a–3b: a change of income while the benefit runs', () => {
  it('up to 10% of the family criterion (164,60 zł) keeps the income of the decision', async () => {
    const { app, original } = await granted();
    // The update visit finds 1150 zł in November: 150 zł more, within 164,60 zł.
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad('2026-12-03', '2026-11', 115000));
    // On 1150 zł the maximum would be 496 zł; on the kept 1000 zł it is 646 zł, so 600 zł may be granted.
    const res = await change(app.id, original.id, 60000);
    expect(res.statusCode).toBe(200);
    const changed = res.json().decisions.find((d: { kind: string }) => d.kind === 'change');
    expect(changed).toMatchObject({ amount: 60000, periodFrom: '2027-01-01' });
    expect(changed.calculation).toMatchObject({ income: 100000, minimumAmount: 32300, maximumAmount: 64600 });
    const step = changed.calculation.explanation.find((s: { article: string }) =>
      s.article.startsWith('art. 106 ust. 3a'),
    );
    expect(step.text.replace(/\s/g, ' ')).toBe(
      `Dochód zmienił się z 1000,00 zł na 1150,00 zł, o 150,00 zł, nie więcej niż 10% kryterium (164,60 zł): wysokość świadczenia przyznanego decyzją ${original.number} się nie zmienia; liczy się dochód 1000,00 zł.`,
    );
  });

  it('more than 10% sets the benefit anew: 600 zł is then above the maximum', async () => {
    const { app, original } = await granted();
    // 1164,61 zł: 164,61 zł more than at the grant, one grosz over the tolerance.
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad('2026-12-03', '2026-11', 116461));
    const res = await change(app.id, original.id, 60000);
    expect(res.statusCode).toBe(400);
    // 1646 − 1164,61 = 481,39 zł; half of it rounded up 240,70 zł.
    expect(res.json().error.fields).toEqual([
      { path: 'amount', message: 'Kwota musi wynosić od 240,70\u00a0zł do 481,39\u00a0zł.' },
    ]);
  });
});

describe('art. 8 ust. 11: a one-off income over five times the criterion', () => {
  it('counts its twelfth in the reference month and can take the household over the criterion', async () => {
    const app = await newApplication();
    // A severance of 10 000 zł paid in June 2026, over 5 × 1646 zł = 8230 zł: 833,33 zł a month
    // from June 2026 to May 2027; October's income is 1000 + 833,33 = 1833,33 zł > 1646 zł.
    const severance = {
      kind: 'other',
      month: '2026-06',
      gross: 1000000,
      tax: 0,
      contributions: 0,
      oneOff: true,
    };
    await post(
      `/api/v1/applications/${app.id}/wywiad`,
      f.worker,
      wywiad('2026-11-05', '2026-10', 100000, [severance]),
    );
    const preview = (
      await post(`/api/v1/applications/${app.id}/proposal-preview`, f.worker, proposal)
    ).json();
    expect(preview).toMatchObject({ eligible: false, income: 183333, amount: 0 });
    expect(preview.explanation.map((s: { article: string }) => s.article)).toContain(
      'art. 8 ust. 11 ustawy o pomocy społecznej',
    );
  });
});

describe('art. 8 ust. 12: an income paid at once for a period', () => {
  it('counts its share of the reference month; a period without its end is a 400 naming that field', async () => {
    const app = await newApplication();
    // 600 zł paid in October for August–October: 200 zł of it in October, 1000 + 200 = 1200 zł.
    const quarter = { kind: 'other', month: '2026-10', gross: 60000, dueFrom: '2026-08', dueTo: '2026-10' };
    const { dueTo: _, ...noEnd } = quarter;
    const bad = await post(
      `/api/v1/applications/${app.id}/wywiad`,
      f.worker,
      wywiad('2026-11-05', '2026-10', 100000, [noEnd]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'members.0.sources.1.dueTo', message: expect.any(String) },
    ]);
    expect(
      (
        await post(
          `/api/v1/applications/${app.id}/wywiad`,
          f.worker,
          wywiad('2026-11-05', '2026-10', 100000, [quarter]),
        )
      ).statusCode,
    ).toBe(200);
    const preview = (
      await post(`/api/v1/applications/${app.id}/proposal-preview`, f.worker, proposal)
    ).json();
    expect(preview).toMatchObject({ eligible: true, income: 120000 });
    expect(preview.explanation.map((s: { article: string }) => s.article)).toContain(
      'art. 8 ust. 12 ustawy o pomocy społecznej',
    );
  });
});

describe('the demo centre grants zasiłek okresowy and stały only below the criterion', () => {
  it('no granted decision has an income equal to or above its criterion', async () => {
    const r = await f.t.db.query<{ number: string; income: number; limit: number }>(
      `SELECT number, (calculation->>'income')::int AS income,
              (calculation->>'criterion')::int * (calculation->>'householdSize')::int AS "limit"
         FROM decision
        WHERE outcome = 'grant' AND benefit IN ('zasilekOkresowy', 'zasilekStaly') AND calculation IS NOT NULL`,
    );
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.filter((d) => d.income >= d.limit)).toEqual([]);
  });
});
