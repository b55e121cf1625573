import { jobCentreDeadline } from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { registeredDebtor } from './debtor-fixtures.ts';

// The proceedings towards a debtor living in the gmina (art. 5 uFA) on PostgreSQL: each step in
// the order the state allows, its document, the job-centre deadline on the clerk's home page,
// and who may do it.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik', 'audytor'],
  staff: 'swiadczenia',
  app: { caseload: false },
});
const { who, fx, call } = s;
let n = 0;
const today = todayInPoland();
const step = (id: string, body: object, cookie = who.swiadczenia!) =>
  call('POST', `/api/v1/alimony-fund/debtors/${id}/proceeding/steps`, cookie, body);

describe('a debtor who cooperates', () => {
  it('interview with the property statement, then 30 days to register at the job centre', async () => {
    const d = await registeredDebtor(fx(), ++n, true);
    const start = (
      await call('GET', `/api/v1/alimony-fund/debtors/${d.id}/proceeding`, who.swiadczenia!)
    ).json();
    expect(start.allowed).toEqual(['interview']);
    const early = await step(d.id, { kind: 'jobCentreObligation', on: today });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('alimonyDebtor.stepNotAllowed');

    const interview = await step(d.id, {
      kind: 'interview',
      on: '2026-11-02',
      employment: 'umowa o dzieło',
      monthlyIncome: 350_000,
      assets: 'samochód osobowy',
    });
    expect(interview.statusCode, interview.body).toBe(201);
    expect(interview.json().allowed).toEqual(['interview', 'jobCentreObligation']);
    expect(interview.json().steps[0]).toMatchObject({
      kind: 'interview',
      on: '2026-11-02',
      number: expect.stringMatching(/^DP\/2026\/\d{4}$/),
    });
    const protocol = await call(
      'GET',
      `/api/v1/alimony-fund/debtors/${d.id}/proceeding/steps/${interview.json().steps[0].id}/pdf`,
      who.swiadczenia!,
    );
    const text = pdfText(protocol.rawPayload);
    expect(text).toContain('Protokół wywiadu alimentacyjnego');
    expect(text).toContain('3500,00');

    // A letter dated before today is refused on its field; dated today it sets the deadline.
    const backdated = await step(d.id, { kind: 'jobCentreObligation', on: '2026-11-02' });
    expect(backdated.statusCode).toBe(400);
    expect(backdated.json().error.fields[0].path).toBe('on');
    const obliged = await step(d.id, { kind: 'jobCentreObligation', on: today });
    expect(obliged.statusCode).toBe(201);
    const due = jobCentreDeadline(today);
    expect(obliged.json().state.jobCentreDue).toBe(due);
    expect(obliged.json().steps[1].dueOn).toBe(due);
    // Within the 30 days there is no ground for the evading decision.
    expect(obliged.json().evadingGrounds).toEqual([]);
    expect((await step(d.id, { kind: 'evadingDecision', on: today })).statusCode).toBe(409);

    const home = (await call('GET', '/api/v1/alimony-fund/debtor-deadlines', who.swiadczenia!)).json();
    expect(home.items).toContainEqual({
      debtorId: d.id,
      number: d.number,
      name: 'Jan Dłużny',
      dueOn: due,
      overdue: false,
    });
  });
});

describe('a debtor who evades', () => {
  it('refused interview → evading decision → driving licence, prosecutor and credit bureau', async () => {
    const d = await registeredDebtor(fx(), ++n, true);
    expect((await step(d.id, { kind: 'interview', on: today, interviewRefused: true })).statusCode).toBe(201);
    const decided = await step(d.id, { kind: 'evadingDecision', on: today });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().allowed).toEqual([
      'interview',
      'jobCentreObligation',
      'drivingLicenceRequest',
      'prosecutorNotice',
      'bigReport',
    ]);
    const licence = await step(d.id, {
      kind: 'drivingLicenceRequest',
      on: today,
      addressee: 'Starosta Pruszkowski\nul. Drzymały 30, 05-800 Pruszków',
    });
    expect(licence.statusCode).toBe(201);
    const letterId = licence.json().steps.at(-1).id;
    const letter = await call(
      'GET',
      `/api/v1/alimony-fund/debtors/${d.id}/proceeding/steps/${letterId}/pdf`,
      who.swiadczenia!,
    );
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = pdfText(letter.rawPayload);
    expect(text).toContain('Wniosek o zatrzymanie prawa jazdy dłużnika alimentacyjnego');
    expect(text).toContain('Starosta Pruszkowski');
    expect((await step(d.id, { kind: 'prosecutorNotice', on: today })).statusCode).toBe(201);
    const big = await step(d.id, { kind: 'bigReport', on: today });
    expect(big.json().state).toMatchObject({
      evading: true,
      licenceRetained: true,
      prosecutorNotified: true,
      inBig: true,
    });
    expect(big.json().allowed).toEqual([
      'interview',
      'jobCentreObligation',
      'drivingLicenceLifted',
      'bigUpdate',
      'bigDeletion',
    ]);
    // Twice the same request is not allowed.
    expect((await step(d.id, { kind: 'drivingLicenceRequest', on: today })).statusCode).toBe(409);
  });

  it('only the gmina where the debtor lives acts; only the clerk records steps', async () => {
    const other = await registeredDebtor(fx(), ++n, false);
    const res = await step(other.id, { kind: 'interview', on: today });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('alimonyDebtor.notResident');
    const mine = await registeredDebtor(fx(), ++n, true);
    expect((await step(mine.id, { kind: 'interview', on: today }, who.audytor!)).statusCode).toBe(403);
    expect(
      (await call('GET', `/api/v1/alimony-fund/debtors/${mine.id}/proceeding`, who.audytor!)).statusCode,
    ).toBe(200);
    expect(
      (await call('GET', `/api/v1/alimony-fund/debtors/${mine.id}/proceeding`, who.pracownik!)).statusCode,
    ).toBe(403);
  });
});
