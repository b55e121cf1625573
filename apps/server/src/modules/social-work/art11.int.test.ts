import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { decisionSessions, twoPersonHousehold } from '../../test/decisions.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { type Call, http } from '../blue-card/test-helpers.ts';

// Art. 11 ust. 2 ups through the decision flow: a household's member breaks a social contract; the
// clerk sees the broken contract, refuses, revokes or suspends on it; the letter cites the article.
let t: TestApp;
let call: Call;
let worker: string;
let clerk: string;
let director: string;
let h: { id: string; applicantId: string; otherId: string };

beforeAll(async () => {
  t = await createTestApp({ socialWork: false });
  call = http(t);
  ({ worker, clerk, director } = await decisionSessions(t));
  h = await twoPersonHousehold(t.db, 'DESC');
  await t.db.query(`UPDATE person SET first_name = 'Marek', surname = 'Nowak', sex = 'M' WHERE id = $1`, [
    h.applicantId,
  ]);
});
afterAll(() => t?.close());

/** A zasiłek okresowy of 400,00 zł a month, 2.11.2026–31.01.2027, up to the clerk's decision. */
async function proposed() {
  const app = (
    await call('POST', '/api/v1/applications', worker, {
      householdId: h.id,
      applicantId: h.applicantId,
      channel: 'inPerson',
      submittedOn: '2026-11-02',
      benefits: ['zasilekOkresowy'],
      helpReasons: ['4'],
    })
  ).json();
  await call('POST', `/api/v1/applications/${app.id}/wywiad`, worker, {
    visitedOn: '2026-11-05',
    conclusions: 'Wnioskodawca stracił pracę.',
    health: 'Bez zastrzeżeń.',
    members: [
      {
        personId: h.applicantId,
        sources: [{ kind: 'employment', month: '2026-10', gross: 120000, tax: 0, contributions: 20000 }],
      },
      { personId: h.otherId, sources: [] },
    ],
  });
  const p = await call('POST', `/api/v1/applications/${app.id}/proposals`, worker, {
    benefit: 'zasilekOkresowy',
    amount: 40000,
    periodFrom: '2026-11-02',
    periodTo: '2027-01-31',
    justification: 'Dochód rodziny nie przekracza kryterium.',
  });
  expect(p.json().status).toBe('awaitingDecision');
  return app.id as string;
}

/** Four-eyes: the clerk drafts, the director signs; the newest decision of the kind. */
async function approved(appId: string, kind: string) {
  const r = await call('POST', `/api/v1/applications/${appId}/decision-approval`, director, {});
  expect(r.statusCode).toBe(200);
  return r.json().decisions.find((d: { kind: string }) => d.kind === kind);
}

/** The zasiłek okresowy granted on 10.11.2026, signed. */
async function granted() {
  const appId = await proposed();
  await call('POST', `/api/v1/applications/${appId}/decisions`, clerk, {
    outcome: 'grant',
    decidedOn: '2026-11-10',
    paymentMethod: 'cashDesk',
  });
  return { appId, grant: await approved(appId, 'original') };
}

async function brokenContract() {
  const c = (
    await call('POST', '/api/v1/case-files', worker, {
      householdId: h.id,
      openedOn: '2026-11-02',
      openReason: 'Bezrobocie wnioskodawcy',
      problems: ['4'],
      reviewDue: '2027-05-03',
    })
  ).json();
  const k = (
    await call('POST', `/api/v1/case-files/${c.id}/contracts`, worker, {
      part: 'B',
      personId: h.applicantId,
      concludedOn: '2026-11-09',
      validTo: '2027-02-28',
      goals: 'Podjęcie zatrudnienia',
      personObligations: 'udziału w szkoleniu zawodowym.',
      centreObligations: 'Poradnictwo zawodowe',
    })
  ).json();
  const act = (type: string, on: string, note?: string) =>
    call('POST', `/api/v1/social-contracts/${k.id}/actions`, worker, { type, on, note });
  await act('sign', '2026-11-09');
  await call('POST', `/api/v1/case-files/${c.id}/notes`, worker, {
    contactOn: '2026-11-18',
    kind: 'institution',
    body: 'Organizator szkolenia potwierdził trzy nieobecności.',
  });
  expect((await act('break', '2026-11-20', 'nieobecności na szkoleniu')).json().status).toBe('broken');
  return k as { id: string; number: string };
}

describe('art. 11 ust. 2 consequences of a broken social contract', () => {
  it('lets the clerk revoke, suspend and refuse on the broken contract, the letter citing the article', async () => {
    const { appId, grant } = await granted();
    expect(grant).toMatchObject({ amount: 40000, periodFrom: '2026-11-02', periodTo: '2027-01-31' });

    // Nothing broken yet: the clerk sees no ground, and cannot invent one.
    const none = await call('GET', `/api/v1/persons/${h.otherId}/broken-contracts`, clerk);
    expect(none.json()).toEqual({ items: [], nextCursor: null });
    const k = await brokenContract();

    const seen = await call('GET', `/api/v1/persons/${h.otherId}/broken-contracts`, clerk);
    expect(seen.statusCode).toBe(200);
    const [ground] = seen.json().items;
    expect(ground).toMatchObject({
      contractId: k.id,
      number: k.number,
      personName: 'Marek Nowak',
      brokenOn: '2026-11-20',
    });
    expect(ground.justification).toContain(
      'W dniu 20.11.2026 r. stwierdzono niedotrzymanie postanowień kontraktu: nieobecności na szkoleniu',
    );
    expect(ground.justification).toContain('— 18.11.2026 r.: Organizator szkolenia potwierdził');
    // The social worker does not draft decisions; a stranger's id is a 404.
    expect((await call('GET', `/api/v1/persons/${h.applicantId}/broken-contracts`, worker)).statusCode).toBe(
      403,
    );
    expect(
      (await call('GET', '/api/v1/persons/00000000-0000-4000-8000-000000000000/broken-contracts', clerk))
        .statusCode,
    ).toBe(404);

    // A ground that is not a broken contract of this household: 400 on the field, nothing drafted.
    const wrong = await call('POST', `/api/v1/applications/${appId}/decision-revocations`, clerk, {
      decisionId: grant.id,
      fromMonth: '2027-01',
      decidedOn: '2026-11-25',
      reason: 'Niedotrzymanie kontraktu.',
      art11ContractId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'art11ContractId', message: 'Wskaż niedotrzymany kontrakt socjalny członka tej rodziny.' },
    ]);
    expect((await call('GET', `/api/v1/applications/${appId}`, clerk)).json().status).toBe('decided');

    // Revocation from January: its month is cancelled, November (pro rata) and December stay due.
    const drafted = await call('POST', `/api/v1/applications/${appId}/decision-revocations`, clerk, {
      decisionId: grant.id,
      fromMonth: '2027-01',
      decidedOn: '2026-11-25',
      reason: 'Klient nie wywiązuje się z kontraktu socjalnego.',
      art11ContractId: k.id,
    });
    expect(drafted.json().status).toBe('awaitingApproval');
    const revocation = await approved(appId, 'revoke');
    const schedule = async () =>
      (await call('GET', `/api/v1/payment-schedules/${grant.id}`, clerk))
        .json()
        .items.map(
          (i: { month: string; amount: number; status: string }) => `${i.month} ${i.amount} ${i.status}`,
        );
    expect(await schedule()).toEqual(['2026-11 38667 open', '2026-12 40000 open', '2027-01 40000 cancelled']);
    const letter = pdfText((await call('GET', `/api/v1/decisions/${revocation.id}/pdf`, clerk)).rawPayload);
    expect(letter).toContain(
      'Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz art. 11 ust. 2 w związku z art. 106 ust. 5 ustawy z dnia 12 marca 2004 r. o pomocy społecznej',
    );
    expect(letter).toContain(`uchylić decyzję nr ${grant.number}`);
    expect(letter).toContain('Klient nie wywiązuje się z kontraktu socjalnego.');
    // The clerk's own words did not name the article: the justification does.
    expect(letter).toContain(
      'Zgodnie z art. 11 ust. 2 ustawy o pomocy społecznej niedotrzymanie postanowień kontraktu socjalnego',
    );

    // Suspension of December on the same ground: the month is held back, the ground kept.
    const suspended = await call('POST', `/api/v1/payment-schedules/${grant.id}/suspensions`, clerk, {
      fromMonth: '2026-12',
      decidedOn: '2026-11-26',
      reason: ground.justification,
      art11ContractId: k.id,
    });
    expect(suspended.statusCode).toBe(200);
    // A decision of its own, numbered in the same register right after the revocation.
    const nextNumber = revocation.number.replace(
      /\.(\d+)\.2026$/,
      (_: string, n: string) => `.${Number(n) + 1}.2026`,
    );
    const [susp] = suspended.json().suspensions;
    expect(susp).toMatchObject({
      fromMonth: '2026-12',
      toMonth: null,
      art11Contract: k.number,
      decisionNumber: nextNumber,
    });
    expect(await schedule()).toEqual([
      '2026-11 38667 open',
      '2026-12 40000 suspended',
      '2027-01 40000 cancelled',
    ]);
    const suspension = (await call('GET', `/api/v1/applications/${appId}`, clerk))
      .json()
      .decisions.find((d: { kind: string }) => d.kind === 'suspend');
    expect(suspension).toMatchObject({
      id: susp.decisionId,
      number: nextNumber,
      outcome: 'suspend',
      amendsNumber: grant.number,
      periodFrom: '2026-12-01',
      schedule: [{ month: '2026-12', amount: 40000, days: null }],
      legalBasis: 'art. 11 ust. 2 w związku z art. 106 ust. 5',
    });
    const held = pdfText((await call('GET', `/api/v1/decisions/${susp.decisionId}/pdf`, clerk)).rawPayload);
    expect(held).toContain(nextNumber);
    expect(held).toContain(
      'oraz art. 11 ust. 2 w związku z art. 106 ust. 5 ustawy z dnia 12 marca 2004 r. o pomocy społecznej',
    );
    expect(held).toMatch(
      new RegExp(
        `wstrzymać od dnia 01\\.12\\.2026 r\\. wypłatę zasiłku okresowego przyznanego\\s+Panu Markowi Nowakowi\\s+decyzją nr ${grant.number.replaceAll('.', '\\.')}`,
      ),
    );
    expect(held).toMatch(/Wstrzymana wypłata za miesiące:[\s\S]*2026-12\s+400,00\s*zł/);
    expect(held).not.toContain('2027-01');
    // The justification as drafted from the case file.
    expect(held).toContain('stwierdzono niedotrzymanie postanowień kontraktu: nieobecności na szkoleniu');
    expect(held).toContain('Organizator szkolenia potwierdził trzy nieobecności.');

    // Refusal of a new application on the contract: the refusal cites art. 11 ust. 2 before art. 38.
    const second = await proposed();
    const grantOnGround = await call('POST', `/api/v1/applications/${second}/decisions`, clerk, {
      outcome: 'grant',
      decidedOn: '2026-11-27',
      paymentMethod: 'cashDesk',
      art11ContractId: k.id,
    });
    expect(grantOnGround.statusCode).toBe(400);
    expect(grantOnGround.json().error.fields[0].path).toBe('art11ContractId');
    await call('POST', `/api/v1/applications/${second}/decisions`, clerk, {
      outcome: 'refuse',
      decidedOn: '2026-11-27',
      refusalReason: ground.justification,
      art11ContractId: k.id,
    });
    const refusal = await approved(second, 'original');
    expect(refusal).toMatchObject({ outcome: 'refuse', amount: 0 });
    const refused = pdfText((await call('GET', `/api/v1/decisions/${refusal.id}/pdf`, clerk)).rawPayload);
    expect(refused).toContain('oraz art. 11 ust. 2 w związku z art. 38 ust. 1');
    expect(refused).toContain('odmówić Panu Markowi Nowakowi przyznania zasiłku okresowego');
    expect(refused).toContain(`kontrakt socjalny nr ${k.number}`);
  });

  it('suspends on another ground by a decision on art. 106 ust. 5 alone', async () => {
    const { grant } = await granted();
    const r = await call('POST', `/api/v1/payment-schedules/${grant.id}/suspensions`, clerk, {
      fromMonth: '2026-12',
      decidedOn: '2026-11-30',
      reason: 'Wnioskodawca przebywa w zakładzie karnym.',
    });
    expect(r.statusCode).toBe(200);
    const [susp] = r.json().suspensions;
    expect(susp).toMatchObject({ art11Contract: null, decisionNumber: expect.stringMatching(/\.2026$/) });
    expect(r.json().items.map((i: { month: string; status: string }) => `${i.month} ${i.status}`)).toEqual([
      '2026-11 open',
      '2026-12 suspended',
      '2027-01 suspended',
    ]);
    const held = pdfText((await call('GET', `/api/v1/decisions/${susp.decisionId}/pdf`, clerk)).rawPayload);
    expect(held).toContain(susp.decisionNumber);
    expect(held).toContain('oraz art. 106 ust. 5 ustawy z dnia 12 marca 2004 r. o pomocy społecznej');
    expect(held).not.toContain('art. 11 ust. 2');
    expect(held).toMatch(/2026-12\s+400,00\s*zł[\s\S]*2027-01\s+400,00\s*zł/);
    expect(held).toContain('Wnioskodawca przebywa w zakładzie karnym.');
  });
});
