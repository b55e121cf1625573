import { describe, expect, it } from 'vitest';
import { decisionFlowApp } from '../../test/decisions.ts';
import { errorPaths } from '../../test/errors.ts';

// f.worker: pracownik, social worker of field team 1; f.clerk: swiadczenia, benefits clerk;
// f.director: dyrektor, approves and signs decisions (holds an upoważnienie); f.household: a
// two-person household served by field team 1.
const f = decisionFlowApp();
const { post, get, decide, decisionText: pdfText } = f;

/** The applicant as the letter names them (the demo's names are random). */
const nameApplicant = (firstName: string, surname: string, sex: 'F' | 'M') =>
  f.t.db.query('UPDATE person SET first_name = $2, surname = $3, sex = $4 WHERE id = $1', [
    f.household.applicantId,
    firstName,
    surname,
    sex,
  ]);

/** The clerk's (or another's) decision on the application, dated 10 November 2026. */
const decideOn = (applicationId: string, outcome: 'grant' | 'refuse', cookie = f.clerk) =>
  post(`/api/v1/applications/${applicationId}/decisions`, cookie, { outcome, decidedOn: '2026-11-10' });

const newApplication = (submittedOn = '2026-11-02') => f.apply({ submittedOn, helpReasons: ['4', '1'] });

const wywiad = (gross: number) => ({
  ...f.homeVisit('2026-11-05', 'Wnioskodawca stracił pracę; rodzina potrzebuje wsparcia finansowego.', [
    { kind: 'employment', month: '2026-10', gross, tax: 0, contributions: 20000 },
  ]),
  health: 'Bez zastrzeżeń.',
});

const proposal = {
  benefit: 'zasilekOkresowy',
  amount: 40000,
  periodFrom: '2026-11-02',
  periodTo: '2027-01-31',
  justification: 'Dochód rodziny nie przekracza kryterium; wnioskodawca zarejestrowany w urzędzie pracy.',
};

describe('application → home visit → decision → appeal', () => {
  it('runs the whole flow with computed deadlines, amounts to the grosz and a decision PDF', async () => {
    const app = await newApplication();
    expect(app.status).toBe('awaitingWywiad');
    expect(app.number).toMatch(/^W\/2026\/\d{5}$/);
    expect(app.assignedWorkerName).toBe('Paulina Środowiskowa');
    // 14 working days from Monday 2 Nov 2026, 11 Nov being a holiday; one month for the decision.
    expect(app.deadlines.wywiadDue).toBe('2026-11-23');
    expect(app.deadlines.decisionDue).toBe('2026-12-02');

    const work = (await get('/api/v1/my-work', f.worker)).json();
    expect(work.items).toContainEqual(
      expect.objectContaining({ applicationId: app.id, kind: 'wywiad', due: '2026-11-23' }),
    );

    expect((await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(120000))).statusCode).toBe(
      200,
    );
    // 2 persons × 823 zł = 1646 zł; income 1000 zł; gap 646 zł; at least half: 323 zł.
    const preview = (
      await post(`/api/v1/applications/${app.id}/proposal-preview`, f.worker, proposal)
    ).json();
    expect(preview).toMatchObject({
      eligible: true,
      income: 100000,
      minimumAmount: 32300,
      maximumAmount: 64600,
      amount: 40000,
    });
    expect(preview.explanation.map((s: { article: string }) => s.article)).toContain(
      'art. 38 ust. 2 ustawy o pomocy społecznej',
    );

    const proposed = (await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal)).json();
    expect(proposed.status).toBe('awaitingDecision');
    expect(
      (
        await post(`/api/v1/applications/${app.id}/decisions`, f.worker, {
          outcome: 'grant',
          decidedOn: '2026-11-10',
        })
      ).statusCode,
    ).toBe(403);

    const decided = await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-10' });
    expect(decided.status).toBe('decided');
    const decision = decided.decisions[0];
    expect(decision.number).toMatch(/^OPS\.8111\.\d+\.2026$/);
    expect(decision.amount).toBe(40000);
    // From 2 November: 29 of 30 days, pro rata (art. 106 ust. 3).
    expect(decision.schedule).toEqual([
      { month: '2026-11', amount: 38667, days: 29 },
      { month: '2026-12', amount: 40000, days: null },
      { month: '2027-01', amount: 40000, days: null },
    ]);

    const pdf = await get(`/api/v1/decisions/${decision.id}/pdf`, f.clerk);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(decision.id);
    expect(text).toContain('DECYZJA');
    expect(text).toContain(`Znak: ${decision.number}`);
    expect(text).toContain('zasiłek okresowy w kwocie 400,00 zł miesięcznie');
    expect(text).toContain('386,67 zł');
    expect(text).toContain(
      'art. 38 ust. 1, ust. 2 i ust. 3 oraz art. 106 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej',
    );
    expect(text).toContain('Samorządowego Kolegium Odwoławczego');
    expect(text).toContain('w terminie 14 dni od dnia jej doręczenia');
    expect(text).toContain('Miejski Ośrodek Pomocy Społecznej w Pruszkowie');

    const delivered = (
      await post(`/api/v1/applications/${app.id}/delivery`, f.clerk, { deliveredOn: '2026-11-12' })
    ).json();
    expect(delivered.deadlines.appealUntil).toBe('2026-11-26');
    const appealed = (
      await post(`/api/v1/applications/${app.id}/appeals`, f.clerk, {
        receivedOn: '2026-11-20',
        by: 'wnioskodawca',
      })
    ).json();
    expect(appealed.status).toBe('appealed');
    expect(appealed.appeals[0].forwardDue).toBe('2026-11-27');
    const clerkWork = (await get('/api/v1/my-work', f.clerk)).json();
    expect(clerkWork.items).toContainEqual(
      expect.objectContaining({ applicationId: app.id, kind: 'forwardAppeal', due: '2026-11-27' }),
    );
    await post(`/api/v1/applications/${app.id}/appeal-forwarding`, f.clerk, { forwardedOn: '2026-11-25' });
    const closed = (
      await post(`/api/v1/applications/${app.id}/appeal-outcome`, f.clerk, {
        outcome: 'upheld',
        decidedOn: '2026-12-20',
      })
    ).json();
    expect(closed.status).toBe('closed');
    expect(closed.actions.map((a: { type: string }) => a.type)).toEqual([
      'submit',
      'assignWorker',
      'recordWywiad',
      'propose',
      'draftDecision',
      'issueDecision',
      'recordDelivery',
      'registerAppeal',
      'forwardAppeal',
      'recordAppealOutcome',
    ]);
    // A closed case keeps its benefit: it can still be changed or revoked by a new decision.
    expect(closed.allowedActions).toEqual(['changeDecision', 'revokeDecision']);
  });

  it('changes the amount from a month on, then revokes it, by new decisions; schedules follow', async () => {
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(120000));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    const decided = await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-10' });
    const original = decided.decisions[0];
    const items = async () =>
      (
        await f.t.db.query<{ month: string; amount: number; status: string; number: string }>(
          `SELECT to_char(s.month, 'YYYY-MM') AS month, s.amount, s.status, d.number
             FROM payment_schedule_item s JOIN decision d ON d.id = s.decision_id
            WHERE d.application_id = $1 ORDER BY s.month, s.status`,
          [app.id],
        )
      ).rows.map(
        (r) => `${r.month} ${r.amount} ${r.status} ${r.number === original.number ? 'original' : 'change'}`,
      );

    // Outside the legal bounds (323–646 zł) or from the first month: refused, naming the field.
    const tooMuch = await post(`/api/v1/applications/${app.id}/decision-changes`, f.clerk, {
      decisionId: original.id,
      fromMonth: '2026-12',
      amount: 70000,
      decidedOn: '2026-11-20',
      reason: 'Zmiana sytuacji.',
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.fields[0]).toEqual({
      path: 'amount',
      message: 'Kwota musi wynosić od 323,00\u00a0zł do 646,00\u00a0zł.',
    });
    const first = await post(`/api/v1/applications/${app.id}/decision-changes`, f.clerk, {
      decisionId: original.id,
      fromMonth: '2026-11',
      amount: 35000,
      decidedOn: '2026-11-20',
      reason: 'Zmiana sytuacji.',
    });
    expect(first.json().error.fields[0].path).toBe('fromMonth');

    // Four-eyes approval: the clerk's change is a draft; nothing is signed or paid until the
    // director approves it, and the clerk cannot approve their own draft.
    const drafted = (
      await post(`/api/v1/applications/${app.id}/decision-changes`, f.clerk, {
        decisionId: original.id,
        fromMonth: '2026-12',
        amount: 35000,
        decidedOn: '2026-11-20',
        reason: 'Zmiana sytuacji.',
      })
    ).json();
    expect(drafted.status).toBe('awaitingApproval');
    expect(drafted.decisions).toHaveLength(1);
    expect(drafted.decisionDraft).toMatchObject({
      amendment: 'change',
      amount: 35000,
      fromMonth: '2026-12',
      amendsNumber: original.number,
      draftedByName: 'Beata Świadczeniowa',
    });
    expect(await items()).toEqual([
      '2026-11 38667 open original',
      '2026-12 40000 open original',
      '2027-01 40000 open original',
    ]);
    const self = await post(`/api/v1/applications/${app.id}/decision-approval`, f.clerk, {});
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('fourEyes');
    expect((await get(`/api/v1/applications/${app.id}`, f.clerk)).json().decisions).toHaveLength(1);
    expect((await get('/api/v1/my-work', f.director)).json().items).toContainEqual(
      expect.objectContaining({ applicationId: app.id, kind: 'approveDecision' }),
    );

    const changed = (await post(`/api/v1/applications/${app.id}/decision-approval`, f.director, {})).json();
    expect(changed.status).toBe('decided');
    const change = changed.decisions.find((d: { kind: string }) => d.kind === 'change');
    expect(change).toMatchObject({
      amount: 35000,
      periodFrom: '2026-12-01',
      periodTo: '2027-01-31',
      amendsNumber: original.number,
      signedByName: 'Dorota Dyrektorska',
      draftedByName: 'Beata Świadczeniowa',
    });
    expect(await items()).toEqual([
      '2026-11 38667 open original',
      '2026-12 40000 cancelled original',
      '2026-12 35000 open change',
      '2027-01 40000 cancelled original',
      '2027-01 35000 open change',
    ]);
    const text = await pdfText(change.id);
    expect(text).toContain(`zmienić decyzję nr ${original.number}`);
    expect(text).toContain('350,00 zł');
    expect(text).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr OR.077.1.2026 (podpis osoby upoważnionej)',
    );
    expect(text).not.toContain('Beata Świadczeniowa');

    const draftedRevocation = (
      await post(`/api/v1/applications/${app.id}/decision-revocations`, f.clerk, {
        decisionId: change.id,
        fromMonth: '2027-01',
        decidedOn: '2026-12-15',
        reason: 'Podjęcie zatrudnienia.',
      })
    ).json();
    expect(draftedRevocation.status).toBe('awaitingApproval');
    expect(draftedRevocation.decisions.some((d: { kind: string }) => d.kind === 'revoke')).toBe(false);
    expect(await items()).toContainEqual('2027-01 35000 open change');
    expect((await post(`/api/v1/applications/${app.id}/decision-approval`, f.clerk, {})).statusCode).toBe(
      409,
    );
    const revoked = (await post(`/api/v1/applications/${app.id}/decision-approval`, f.director, {})).json();
    const revocation = revoked.decisions.find((d: { kind: string }) => d.kind === 'revoke');
    expect(revocation).toMatchObject({ outcome: 'revoke', amount: 0, signedByName: 'Dorota Dyrektorska' });
    expect(await items()).toContainEqual('2027-01 35000 cancelled change');
    expect(revoked.actions.map((a: { type: string }) => a.type).slice(-4)).toEqual([
      'draftDecision',
      'changeDecision',
      'draftDecision',
      'revokeDecision',
    ]);
    expect(await pdfText(revocation.id)).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr OR.077.1.2026',
    );
  });

  it('refuses steps out of order (409) and leaves the log untouched', async () => {
    const app = await newApplication();
    const res = await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('actionNotAllowed');
    expect(res.json().error.message).toContain('awaitingWywiad');
    const again = (await get(`/api/v1/applications/${app.id}`, f.worker)).json();
    expect(again.actions).toHaveLength(2);
  });

  it('does not grant a benefit above the criterion, but issues a refusal with its reasons', async () => {
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(300000)); // 2800 zł net > 1646 zł
    const preview = (
      await post(`/api/v1/applications/${app.id}/proposal-preview`, f.worker, proposal)
    ).json();
    expect(preview).toMatchObject({ eligible: false, amount: 0 });
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    const grant = await decideOn(app.id, 'grant');
    expect(grant.statusCode).toBe(409);
    expect(grant.json().error.code).toBe('notEligible');
    const noReason = await decideOn(app.id, 'refuse');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('refusalReason');
    const refused = await decide(app.id, {
      outcome: 'refuse',
      decidedOn: '2026-11-10',
      refusalReason: 'Dochód rodziny przekracza kryterium dochodowe.',
    });
    expect(refused.decisions[0]).toMatchObject({ outcome: 'refuse', amount: 0, schedule: [] });
  });

  it('issues one decision when two clerks draft and two approvers approve at once', async () => {
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(120000));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    const clerk2 = await f.t.login('swiadczenia');
    const [a, b] = await Promise.all([decideOn(app.id, 'grant'), decideOn(app.id, 'grant', clerk2)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const director2 = await f.t.login('dyrektor');
    const [c, d] = await Promise.all([
      post(`/api/v1/applications/${app.id}/decision-approval`, f.director, {}),
      post(`/api/v1/applications/${app.id}/decision-approval`, director2, {}),
    ]);
    expect([c.statusCode, d.statusCode].sort()).toEqual([200, 409]);
    const n = await f.t.db.query('SELECT 1 FROM decision WHERE application_id = $1', [app.id]);
    expect(n.rowCount).toBe(1);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await f.t.db.query('SELECT 1 FROM application');
    const res = await post('/api/v1/applications', f.worker, {
      householdId: f.household.id,
      applicantId: f.household.applicantId,
      channel: 'pigeon',
      submittedOn: '2026-13-01',
      benefits: [],
      helpReasons: ['10'],
    });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['benefits', 'channel', 'helpReasons.0', 'submittedOn']);
    const other = await post('/api/v1/applications', f.worker, {
      householdId: f.household.id,
      applicantId: '00000000-0000-4000-8000-000000000000',
      channel: 'post',
      submittedOn: '2026-11-02',
      benefits: ['zasilekCelowy'],
      helpReasons: ['1'],
    });
    expect(other.json().error.fields).toEqual([
      { path: 'applicantId', message: 'Wnioskodawca musi być członkiem tego gospodarstwa domowego.' },
    ]);
    expect((await f.t.db.query('SELECT 1 FROM application')).rowCount).toBe(before.rowCount);
  });
});

describe('four-eyes approval and the signatory', () => {
  async function proposed() {
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(120000));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    return app.id as string;
  }
  const setFourEyes = async (on: boolean) => {
    const admin = await f.t.login('admin');
    const res = await f.t.app.inject({
      method: 'PUT',
      url: '/api/v1/centre-settings',
      headers: { cookie: admin },
      payload: { fourEyesDecisions: on },
    });
    expect(res.json()).toEqual({ fourEyesDecisions: on });
  };

  it('refuses the author approving their own draft; another authorised person signs the letter', async () => {
    expect((await get('/api/v1/centre-settings', f.clerk)).json()).toEqual({ fourEyesDecisions: true });
    const id = await proposed();
    const drafted = (await decideOn(id, 'grant')).json();
    expect(drafted.status).toBe('awaitingApproval');
    expect(drafted.decisions).toEqual([]);
    expect(drafted.decisionDraft).toMatchObject({
      outcome: 'grant',
      amount: 40000,
      draftedByName: 'Beata Świadczeniowa',
    });
    // Nothing is paid from a draft.
    const items = await f.t.db.query(
      'SELECT 1 FROM payment_schedule_item s JOIN decision d ON d.id = s.decision_id WHERE d.application_id = $1',
      [id],
    );
    expect(items.rowCount).toBe(0);

    const self = await f.t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/decision-approval`,
      headers: { cookie: f.clerk, 'accept-language': 'en' },
      payload: {},
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('fourEyes');
    expect(self.json().error.message).toContain('someone other than the person who drafted it');
    expect((await post(`/api/v1/applications/${id}/decision-approval`, f.worker, {})).statusCode).toBe(403);

    const work = (await get('/api/v1/my-work', f.director)).json();
    expect(work.items).toContainEqual(
      expect.objectContaining({ applicationId: id, kind: 'approveDecision' }),
    );

    const approved = (await post(`/api/v1/applications/${id}/decision-approval`, f.director, {})).json();
    expect(approved.status).toBe('decided');
    expect(approved.decisions[0]).toMatchObject({
      signedByName: 'Dorota Dyrektorska',
      signatoryJobTitle: 'Dyrektor Miejskiego Ośrodka Pomocy Społecznej',
      draftedByName: 'Beata Świadczeniowa',
    });
    const text = await pdfText(approved.decisions[0].id);
    expect(text).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr OR.077.1.2026 (podpis osoby upoważnionej)',
    );
    expect(text).not.toContain('Beata Świadczeniowa');
  });

  it('needs an authorisation number to sign, and the approver may return the draft', async () => {
    const id = await proposed();
    await decideOn(id, 'grant');
    await f.t.db.query(`UPDATE staff_user SET authorisation_number = NULL WHERE login = 'dyrektor'`);
    try {
      const res = await post(`/api/v1/applications/${id}/decision-approval`, f.director, {});
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('notAuthorised');
      expect(res.json().error.message).toContain('upoważnienia');
    } finally {
      await f.t.db.query(
        `UPDATE staff_user SET authorisation_number = 'OR.077.1.2026' WHERE login = 'dyrektor'`,
      );
    }
    const back = (
      await post(`/api/v1/applications/${id}/decision-rejection`, f.director, { reason: 'Popraw datę.' })
    ).json();
    expect(back.status).toBe('awaitingDecision');
    expect((await f.t.db.query('SELECT 1 FROM decision WHERE application_id = $1', [id])).rowCount).toBe(0);
  });

  it('a change drafted by the clerk needs another, authorised approver, who signs it', async () => {
    const id = await proposed();
    const granted = (await decide(id, { outcome: 'grant', decidedOn: '2026-11-10' })).decisions[0];
    const change = {
      decisionId: granted.id,
      fromMonth: '2026-12',
      amount: 35000,
      decidedOn: '2026-11-20',
      reason: 'Zmiana sytuacji.',
    };
    const drafted = (await post(`/api/v1/applications/${id}/decision-changes`, f.clerk, change)).json();
    expect(drafted.decisionDraft).toMatchObject({
      amendment: 'change',
      draftedByName: 'Beata Świadczeniowa',
    });
    const own = await post(`/api/v1/applications/${id}/decision-approval`, f.clerk, {});
    expect([own.statusCode, own.json().error.code]).toEqual([409, 'fourEyes']);
    // The drafted change waits on the approver's "Moja praca", as a first decision does.
    expect((await get('/api/v1/my-work', f.director)).json().items).toContainEqual(
      expect.objectContaining({ applicationId: id, kind: 'approveDecision' }),
    );
    await f.t.db.query(`UPDATE staff_user SET authorisation_number = NULL WHERE login = 'dyrektor'`);
    try {
      const res = await post(`/api/v1/applications/${id}/decision-approval`, f.director, {});
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'notAuthorised']);
      expect((await f.t.db.query(`SELECT 1 FROM decision WHERE application_id = $1`, [id])).rowCount).toBe(1);
    } finally {
      await f.t.db.query(
        `UPDATE staff_user SET authorisation_number = 'OR.077.1.2026' WHERE login = 'dyrektor'`,
      );
    }
    const signed = (await post(`/api/v1/applications/${id}/decision-approval`, f.director, {})).json();
    const letter = await pdfText(signed.decisions.find((d: { kind: string }) => d.kind === 'change').id);
    expect(letter).toContain('350,00 zł');
    expect(letter).toContain(
      'Dorota Dyrektorska Dyrektor Miejskiego Ośrodka Pomocy Społecznej upoważnienie nr OR.077.1.2026',
    );
    expect(letter).not.toContain('Beata Świadczeniowa');
  });

  it('with four-eyes approval off, the clerk signs a change and a revocation at once', async () => {
    const id = await proposed();
    const granted = (await decide(id, { outcome: 'grant', decidedOn: '2026-11-10' })).decisions[0];
    await setFourEyes(false);
    try {
      const changed = (
        await post(`/api/v1/applications/${id}/decision-changes`, f.clerk, {
          decisionId: granted.id,
          fromMonth: '2026-12',
          amount: 35000,
          decidedOn: '2026-11-20',
          reason: 'Zmiana sytuacji.',
        })
      ).json();
      expect(changed.status).toBe('decided');
      expect(changed.decisionDraft ?? null).toBeNull();
      const change = changed.decisions.find((d: { kind: string }) => d.kind === 'change');
      expect(change).toMatchObject({ amount: 35000, signedByName: 'Beata Świadczeniowa' });
      const clerkSigns = 'Beata Świadczeniowa Kierownik Sekcji Świadczeń upoważnienie nr OR.077.2.2026';
      expect(await pdfText(change.id)).toContain(clerkSigns);

      const revoked = (
        await post(`/api/v1/applications/${id}/decision-revocations`, f.clerk, {
          decisionId: change.id,
          fromMonth: '2027-01',
          decidedOn: '2026-12-15',
          reason: 'Podjęcie zatrudnienia.',
        })
      ).json();
      const revocation = revoked.decisions.find((d: { kind: string }) => d.kind === 'revoke');
      expect(revocation).toMatchObject({ outcome: 'revoke', signedByName: 'Beata Świadczeniowa' });
      expect(await pdfText(revocation.id)).toContain(clerkSigns);
    } finally {
      await setFourEyes(true);
    }
  });

  it('with four-eyes approval off, the authorised clerk issues and signs at once', async () => {
    await setFourEyes(false);
    try {
      const id = await proposed();
      const issued = (await decideOn(id, 'grant')).json();
      expect(issued.status).toBe('decided');
      const text = await pdfText(issued.decisions[0].id);
      expect(text).toContain('Beata Świadczeniowa Kierownik Sekcji Świadczeń upoważnienie nr OR.077.2.2026');
    } finally {
      await setFourEyes(true);
    }
  });
});

describe('the decision letter in Polish grammar', () => {
  it('grants to a woman in the dative and names her application in the genitive', async () => {
    await nameApplicant('Anna', 'Kowalska', 'F');
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(120000));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    const decided = await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-10' });
    const text = await pdfText(decided.decisions[0].id);
    expect(text).toContain('przyznać Pani Annie Kowalskiej zasiłek okresowy w kwocie 400,00 zł');
    expect(text).toContain(`po rozpatrzeniu wniosku Pani Anny Kowalskiej nr ${app.number}`);
    expect(text).toContain('Pani Anna Kowalska');
  });

  it('refuses a man in the dative with the benefit in the genitive', async () => {
    await nameApplicant('Marek', 'Nowak', 'M');
    const app = await newApplication();
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, wywiad(300000));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, proposal);
    const decided = await decide(app.id, {
      outcome: 'refuse',
      decidedOn: '2026-11-10',
      refusalReason: 'Dochód rodziny przekracza kryterium dochodowe.',
    });
    const text = await pdfText(decided.decisions[0].id);
    expect(text).toContain('odmówić Panu Markowi Nowakowi przyznania zasiłku okresowego.');
    expect(text).toContain(`po rozpatrzeniu wniosku Pana Marka Nowaka nr ${app.number}`);
    expect(text).toContain('Pan Marek Nowak');
  });
});

describe('continuing benefits and further decisions', () => {
  it('lists the six-monthly update of the home visit for a zasiłek stały, and one visit serves a further decision', async () => {
    const app = await newApplication('2026-03-02');
    // A visit in March 2026, zasiłek stały from March, in force until the end of 2027.
    await post(`/api/v1/applications/${app.id}/wywiad`, f.worker, {
      ...wywiad(60000),
      visitedOn: '2026-03-05',
    });
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, {
      benefit: 'zasilekStaly',
      unableToWork: true,
      periodFrom: '2026-03-02',
      periodTo: '2027-12-31',
      justification: 'Osoba niezdolna do pracy z powodu wieku.',
    });
    const decided = await decide(app.id, { outcome: 'grant', decidedOn: '2026-03-20' });
    expect(decided.status).toBe('decided');
    const work = (await get('/api/v1/my-work', f.worker)).json();
    expect(work.items).toContainEqual(
      expect.objectContaining({
        applicationId: app.id,
        kind: 'wywiadUpdate',
        due: '2026-09-05',
        overdue: true,
      }),
    );
    // The same visit serves a zasiłek celowy: a further proposal and decision, the case stays one.
    const again = (await get(`/api/v1/applications/${app.id}`, f.worker)).json();
    expect(again.allowedActions).toEqual(expect.arrayContaining(['propose', 'recordWywiad']));
    await post(`/api/v1/applications/${app.id}/proposals`, f.worker, {
      benefit: 'zasilekCelowy',
      amount: 30000,
      periodFrom: '2026-03-02',
      periodTo: '2026-03-31',
      purpose: 'zakup opału',
      justification: 'Brak środków na opał.',
    });
    const second = await decide(app.id, { outcome: 'grant', decidedOn: '2026-03-25' });
    expect(second.decisions.map((d: { benefit: string }) => d.benefit).sort()).toEqual([
      'zasilekCelowy',
      'zasilekStaly',
    ]);
    expect(second.wywiady).toHaveLength(1);
  });
});
