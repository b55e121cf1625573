import { addDays } from '@ostoja/domain/calendar/working-days';
import { CreateFuneral } from '@ostoja/domain/funerals/funeral';
import { gminaCostInMonth } from '@ostoja/domain/services/dps-fee';
import { DecideMealAid } from '@ostoja/domain/services/meals';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { CreateShelterReferral, ShelterFeeResolutionInput } from '@ostoja/domain/shelters/shelter';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffApp } from '../../test/staff-app.ts';
import * as dps from '../dps/service.ts';
import { referredFile } from '../dps/test-dps.ts';
import * as foodAid from '../food-aid/repo.ts';
import * as funerals from '../funerals/service.ts';
import { aCostLimit, aDeceased, aFuneralHome, funeralRequest } from '../funerals/test-funerals.ts';
import * as bills from '../services/bills-service.ts';
import * as meals from '../services/meals-service.ts';
import { addCarer, lastMonth, runningDecision, visit } from '../services/schedule-fixtures.ts';
import * as services from '../services/service.ts';
import { careRequest, visitedApplication } from '../services/test-care.ts';
import { fedPupil, provider } from '../services/test-meals.ts';
import * as shelters from '../shelters/service.ts';
import { aShelter, feeResolution, referralRequest } from '../shelters/test-shelters.ts';
import type { MrpipsOut } from './mrpips-types.ts';
import { allPages, blueCardProcedures } from './test-data.ts';

// MRPiPS-03's non-cash sections on known data, made through the services' own use cases on a centre
// without the demo caseload: two persons in care with known hours (one of them in specialist care
// too), a DPS resident and a person waiting, two persons fed and a food allowance. Each figure is
// asserted to the grosz and the hundredth of an hour.

const s = staffApp({ logins: ['dyrektor', 'swiadczenia'], staff: 'swiadczenia', app: { caseload: false } });
let n = 4000;
const fx = () => ({ ...s.fx(), seq: () => ++n });
const today = todayInPoland();
const year = Number(today.slice(0, 4));
const month = today.slice(0, 7);
const inYear = (day: string) => day.startsWith(`${year}-`);
const base = `/api/v1/reports/mrpips-03/${year}/Y`;

let r: MrpipsOut;
const value = (section: string, row: string, col: string) =>
  r.sections.find((x) => x.section === section)!.rows.find((x) => x.row === row)!.values[col];

let personA = '';
let personB = '';
let admittedOn = '';
let referredOn = '';
let waitingReferredOn = '';
let funeralOf = '';

beforeAll(async () => {
  const staff = s.fx().staff;
  // A: care services from the first of last month, 2 h delivered then, 1,5 h today and a missed visit.
  const a = await runningDecision(fx(), ++n);
  personA = a.personId;
  const carerA = await addCarer(fx(), 'Opiekunka Alicja');
  await visit(fx(), {
    careServiceId: a.id,
    carerId: carerA.id,
    visitOn: `${lastMonth}-01`,
    startsAt: '08:00',
    hours: 2,
  });
  await visit(fx(), {
    careServiceId: a.id,
    carerId: carerA.id,
    visitOn: today,
    startsAt: '08:00',
    hours: 1.5,
  });
  await visit(fx(), {
    careServiceId: a.id,
    carerId: carerA.id,
    visitOn: today,
    startsAt: '12:00',
    hours: 0,
    missedReason: 'clientAbsent',
  });
  // B: care services and specialist care services, on two decisions: one person in each row.
  const b = await visitedApplication(fx(), ++n, [160_000]);
  personB = b.personId;
  const period = { periodFrom: `${lastMonth}-01`, periodTo: addDays(`${lastMonth}-01`, 120) };
  const care = await services.decideCareService(staff(), { ...careRequest(b), ...period });
  const special = await services.decideCareService(staff(), {
    ...careRequest(b),
    ...period,
    serviceKind: 'specialistCareService',
  });
  const carerB = await addCarer(fx(), 'Opiekunka Barbara');
  await visit(fx(), {
    careServiceId: care.id,
    carerId: carerB.id,
    visitOn: today,
    startsAt: '09:00',
    hours: 3,
  });
  await visit(fx(), {
    careServiceId: special.id,
    carerId: carerB.id,
    visitOn: today,
    startsAt: '14:00',
    hours: 1.25,
  });
  // Last month's bill (A's 2 h × 7,00 zł) paid in part today at the cash desk.
  await bills.issueBills(staff(), lastMonth);
  const bill = await s.t.db.query<{ id: string; amount: number }>(
    'SELECT id, amount_grosze AS amount FROM care_bill WHERE care_service_id = $1',
    [a.id],
  );
  expect(bill.rows[0]!.amount).toBe(1_400);
  await bills.recordPayment(staff(), bill.rows[0]!.id, {
    paidOn: today,
    amountGrosze: 1_000,
    method: 'cash',
  });

  // DPS: one resident admitted on the day of the referral (the gmina pays 4 740,00 zł a month), one waiting.
  const resident = await referredFile(fx());
  await dps.setFee(staff(), resident.id, {
    decidedOn: today,
    residentIncomeGrosze: 180_000,
    residentPct: 70,
    relatives: [],
  });
  referredOn = resident.referredOn!;
  admittedOn = referredOn;
  await dps.admit(staff(), resident.id, admittedOn);
  waitingReferredOn = (await referredFile(fx())).referredOn!;

  // Meals this month: a pupil at school (18 meals at 12,50 zł), an adult at a canteen (10 at 15,00 zł),
  // and A's zasiłek celowy for food (300,00 zł).
  const school = await provider(fx(), 'school');
  const canteen = await provider(fx(), 'canteen');
  const last = addDays(`${addDays(`${month}-28`, 5).slice(0, 7)}-01`, -1);
  const pupil = await fedPupil(fx(), school.id, `${month}-01`, last);
  const adult = await fedPupil(fx(), canteen.id, `${month}-01`, last);
  await meals.saveList(staff(), school.id, month, {
    costPerMealGrosze: 1_250,
    invoiceNumber: 'FV/SP/1',
    entries: [{ personId: pupil, meals: 18, exception: false }],
  });
  await meals.saveList(staff(), canteen.id, month, {
    costPerMealGrosze: 1_500,
    invoiceNumber: 'FV/ST/1',
    entries: [{ personId: adult, meals: 10, exception: false }],
  });
  const aApplication = await s.t.db.query<{ id: string }>(
    'SELECT application_id AS id FROM care_service WHERE id = $1',
    [a.id],
  );
  await meals.decideAid(
    staff(),
    DecideMealAid.parse({
      applicationId: aApplication.rows[0]!.id,
      personId: personA,
      form: 'zasilekCelowy',
      amountGrosze: 30_000,
      periodFrom: today,
      periodTo: today,
      decidedOn: today,
    }),
  );

  // Shelter from today for 31 days: B in a night shelter (free, no decision), a person with 1 300,00 zł
  // in a shelter with care at 18,00 zł a day (30 % of 60,00 zł).
  await shelters.createReferral(
    staff(),
    CreateShelterReferral.parse(
      referralRequest({ personId: personB, applicationId: null }, await aShelter(fx(), 'nightShelter')),
    ),
  );
  await shelters.addResolution(
    staff(),
    ShelterFeeResolutionInput.parse(
      feeResolution('XV/121/2025', 'shelterWithCare', '2025-01-15', '2025-02-01'),
    ),
  );
  await shelters.createReferral(
    staff(),
    CreateShelterReferral.parse(
      referralRequest(
        await visitedApplication(fx(), ++n, [130_000]),
        await aShelter(fx(), 'shelterWithCare'),
      ),
    ),
  );

  // A funeral ordered today at 4 850,00 zł (art. 44).
  await aCostLimit(fx());
  const deceased = await aDeceased(fx(), ++n);
  funeralOf = deceased;
  await funerals.arrange(staff(), CreateFuneral.parse(funeralRequest(deceased, await aFuneralHome(fx()))));

  const res = await s.call('GET', base, s.who.dyrektor!);
  expect(res.statusCode, res.body).toBe(200);
  r = res.json();
});

describe('the non-cash sections of MRPiPS-03', () => {
  it('care services: persons once per row and once in the total, delivered hours, their cost and the fees paid', () => {
    const hoursA = (inYear(lastMonth) ? 2 : 0) + 1.5;
    expect(r.sections.find((x) => x.section === 'careServices')!.rows.map((x) => [x.row, x.values])).toEqual([
      ['careService', { persons: 2, hours: hoursA + 3, amount: (hoursA + 3) * 3_500, fees: 1_000 }],
      ['specialistCareService', { persons: 1, hours: 1.25, amount: 6_250, fees: 0 }],
      ['mentalDisorderCareService', { persons: 0, hours: 0, amount: 0, fees: 0 }],
      ['neighbourService', { persons: 0, hours: 0, amount: 0, fees: 0 }],
      // B has two kinds of service and counts once: 2 persons, not 3.
      ['total', { persons: 2, hours: hoursA + 4.25, amount: (hoursA + 3) * 3_500 + 6_250, fees: 1_000 }],
    ]);
  });

  it('DPS: referred, admitted, residing with the gmina’s monthly share, and waiting', () => {
    let gmina = 0;
    for (let m = admittedOn.slice(0, 7); m <= month; m = addDays(`${m}-28`, 5).slice(0, 7))
      if (inYear(`${m}-01`)) gmina += gminaCostInMonth(474_000, admittedOn, m);
    expect(gmina).toBeGreaterThan(0);
    expect(value('dps', 'residing', 'persons')).toBe(1);
    expect(value('dps', 'residing', 'amount')).toBe(gmina);
    expect(value('dps', 'admitted', 'persons')).toBe(inYear(admittedOn) ? 1 : 0);
    expect(value('dps', 'referred', 'persons')).toBe([referredOn, waitingReferredOn].filter(inYear).length);
    expect(value('dps', 'waiting', 'persons')).toBe(1);
    expect(value('dps', 'waiting', 'amount')).toBe(0);
  });

  it('meals: persons, meals and their cost from the lists, of them pupils, and the food allowance', () => {
    expect(r.sections.find((x) => x.section === 'meals')!.rows.map((x) => [x.row, x.values])).toEqual([
      ['meal', { persons: 2, meals: 28, amount: 37_500 }],
      ['mealChildren', { persons: 1, meals: 18, amount: 22_500 }],
      ['zasilekCelowy', { persons: 1, meals: 0, amount: 30_000 }],
      ['foodInKind', { persons: 0, meals: 0, amount: 0 }],
      ['total', { persons: 3, meals: 28, amount: 67_500 }],
    ]);
  });

  it('food aid equals the FEPŻ programme’s yearly figures (the demo partners’ referrals and parcels)', async () => {
    const fead = await foodAid.year(s.t.db, `${year}-01-01`, `${year}-12-31`);
    expect(fead.persons).toBeGreaterThan(0);
    expect(r.sections.find((x) => x.section === 'foodAid')!.rows).toMatchObject([
      {
        row: 'total',
        values: {
          persons: fead.persons,
          personsInFamilies: fead.personsInHouseholds,
          parcels: fead.partners.reduce((a, p) => a + p.parcels, 0),
          kilograms: fead.partners.reduce((a, p) => a + p.kilograms, 0),
        },
      },
    ]);
  });

  it('shelter: persons by kind, the days of stay within the year and the fees for them', () => {
    const left = (Date.UTC(year, 11, 31) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000 + 1;
    const days = Math.min(31, left);
    expect(r.sections.find((x) => x.section === 'shelters')!.rows.map((x) => [x.row, x.values])).toEqual([
      ['shelter', { persons: 0, days: 0, fees: 0 }],
      ['shelterWithCare', { persons: 1, days, fees: days * 1_800 }],
      ['nightShelter', { persons: 1, days, fees: 0 }],
      ['heatedRoom', { persons: 0, days: 0, fees: 0 }],
      ['total', { persons: 2, days: 2 * days, fees: days * 1_800 }],
    ]);
  });

  it('funerals: the one ordered this year at its cost; crisis intervention without records shows 0', () => {
    expect(value('funerals', 'total', 'persons')).toBe(1);
    expect(value('funerals', 'total', 'amount')).toBe(485_000);
    for (const row of r.sections.find((x) => x.section === 'crisis')!.rows)
      expect(Object.values(row.values).every((v) => v === 0)).toBe(true);
  });

  it('the cross-checks hold on these figures', () => {
    expect(r.checks).toEqual([]);
  });

  it('a figure opens the persons its row counts; a person sealed in a Niebieska Karta is counted, never listed', async () => {
    const list = (figure: string) => allPages(s.t, `${base}/figures/${figure}?limit=1`, s.who.dyrektor!);
    expect((await list('careServices.total.persons')).map((p) => p.id).sort()).toEqual(
      [personA, personB].sort(),
    );
    expect((await list('careServices.specialistCareService.hours')).map((p) => p.id)).toEqual([personB]);
    expect((await list('meals.total.persons')).length).toBe(3);
    expect((await list('funerals.total.persons')).map((p) => p.id)).toEqual([funeralOf]);
    const [procedure] = await blueCardProcedures(s.t, [today], 0);
    await s.t.db.query(
      `INSERT INTO blue_card_person (procedure_id, person_id, role, sealed, added_on) VALUES ($1, $2, 'victim', true, $3)`,
      [procedure, personB, today],
    );
    expect((await list('careServices.total.persons')).map((p) => p.id)).toEqual([personA]);
    expect((await list('careServices.specialistCareService.persons')).length).toBe(0);
    const again = (await s.call('GET', base, s.who.dyrektor!)).json() as MrpipsOut;
    expect(again.sections.find((x) => x.section === 'careServices')!.rows.at(-1)!.values.persons).toBe(2);
    const csv = await s.call(
      'GET',
      `${base}/figures/careServices.total.persons/export?format=csv`,
      s.who.dyrektor!,
    );
    expect(csv.statusCode).toBe(200);
    const surnames = await s.t.db.query<{ id: string; surname: string }>(
      'SELECT id, surname FROM person WHERE id = ANY($1::uuid[])',
      [[personA, personB]],
    );
    for (const p of surnames.rows) expect(csv.body.includes(p.surname)).toBe(p.id === personA);
    await s.t.db.query('DELETE FROM blue_card_person WHERE procedure_id = $1', [procedure]);
  });

  it('the workbook carries the new sections, hours with their decimals, and the checks sheet', async () => {
    const res = await s.t.app.inject({
      method: 'GET',
      url: `${base}/xlsx`,
      headers: { cookie: s.who.dyrektor! },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      // One sheet a section (clothing, art. 48, is the 12th of 14).
      ...Array.from({ length: 14 }, (_, i) => `Dział ${i + 1}`),
      'Kontrola',
    ]);
    const care = wb.getWorksheet('Dział 7')!;
    expect(String(care.getCell('A2').value)).toContain('Usługi opiekuńcze');
    const total = care.getRow(care.rowCount);
    expect(total.getCell(2).value).toBe('Usługi ogółem (osoba liczona raz)');
    expect(total.getCell(3).value).toBe(2);
    expect(total.getCell(4).value).toBe(value('careServices', 'total', 'hours'));
    expect(total.getCell(5).value).toBe(value('careServices', 'total', 'amount')! / 100);
    expect(String(wb.getWorksheet('Kontrola')!.getCell('A3').value)).toBe(
      'Wszystkie reguły kontrolne są spełnione.',
    );
  });
});
