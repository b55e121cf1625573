import { addDays } from '@ostoja/domain/calendar/working-days';
import { ReferralInput } from '@ostoja/domain/food-aid/referral';
import { ParticipantInput, ProgrammeInput } from '@ostoja/domain/programs/programme';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as foodAid from '../modules/food-aid/service.ts';
import * as programs from '../modules/programs/service.ts';

// The demo centre's projects of seed 002 — the EU project "Pruszkowska Trampolina II" (street
// pedagogues with 30 children) and the city's own "Seniorada VIII" for seniors 60+ — and FEPŻ food
// aid: a partner with a month of referrals and its report back. Made through the staff's use cases,
// so the strategy report's indicators count them. Budgets and targets are illustrative [M].

export async function seedPrograms(q: Queryable) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('dyrektor', 'pracownik', 'swiadczenia')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  const today = todayInPoland();
  const year = Number(today.slice(0, 4));
  const open = `SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = p.id)`;

  const trampolina = await programs.addProgramme(
    ctx('dyrektor'),
    ProgrammeInput.parse({
      name: 'Pruszkowska Trampolina II',
      kind: 'euProject',
      funder: 'Fundusze Europejskie dla Mazowsza 2021–2027 (EFS+)',
      startsOn: `${year - 1}-09-01`,
      endsOn: `${year + 1}-06-30`,
      budgetGrosze: 148_500_000,
      targetParticipants: 30,
      targetCompletions: 24,
      indicators: [
        { name: 'Dzieci, które podniosły kompetencje społeczne', target: 20 },
        { name: 'Rodziny objęte wsparciem pedagoga ulicy', target: 25 },
      ],
      criteria: [{ kind: 'ageMax', years: 18 }],
    }),
  );
  const children = await q.query<{ id: string }>(
    `${open} AND p.birth_date BETWEEN $1::date - interval '17 years' AND $1::date - interval '6 years'
      ORDER BY p.sort_key LIMIT 30`,
    [`${year - 1}-09-01`],
  );
  const start = addDays(today, -60);
  for (const [i, c] of children.rows.entries()) {
    const joinedOn = addDays(start, Math.floor(i / 3));
    const x = await programs.addParticipant(
      ctx('pracownik'),
      trampolina.id,
      ParticipantInput.parse({ personId: c.id, joinedOn, consentSignedOn: joinedOn }),
    );
    await programs.addSupport(ctx('pracownik'), x.id, {
      on: addDays(joinedOn, 2),
      form: 'Zajęcia z pedagogiem ulicy',
    });
    await programs.addSupport(ctx('pracownik'), x.id, {
      on: addDays(joinedOn, 9),
      form: 'Warsztaty socjoterapeutyczne',
    });
    if (i % 3 === 0)
      await programs.addResult(ctx('pracownik'), x.id, {
        indicatorId: trampolina.indicators[0]!.id,
        on: addDays(joinedOn, 20),
      });
    if (i < 6) await programs.end(ctx('pracownik'), x.id, { on: addDays(joinedOn, 30), completed: i !== 5 });
  }

  const seniorada = await programs.addProgramme(
    ctx('dyrektor'),
    ProgrammeInput.parse({
      name: 'Seniorada VIII',
      kind: 'ownProgramme',
      funder: 'Budżet obywatelski Miasta Pruszkowa',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      budgetGrosze: 6_000_000,
      targetParticipants: 40,
      targetCompletions: 30,
      indicators: [{ name: 'Seniorzy uczestniczący w co najmniej 4 spotkaniach', target: 25 }],
      // The programme's rules [M, illustrative]: seniors 60+ with income up to 300 % of the criterion.
      criteria: [
        { kind: 'ageMin', years: 60 },
        { kind: 'incomeMax', percent: 300 },
      ],
    }),
  );
  const seniors = await q.query<{ id: string }>(
    `${open} AND p.birth_date < $1::date - interval '61 years' ORDER BY p.sort_key DESC LIMIT 16`,
    [today],
  );
  for (const [i, s] of seniors.rows.entries()) {
    const joinedOn = addDays(today, -40 + i);
    const x = await programs.addParticipant(
      ctx('pracownik'),
      seniorada.id,
      ParticipantInput.parse({
        personId: s.id,
        joinedOn,
        consentSignedOn: joinedOn,
        incomePerPersonGrosze: 120_000 + i * 7_500,
        householdSize: 1 + (i % 2),
      }),
    );
    await programs.addSupport(ctx('pracownik'), x.id, {
      on: joinedOn,
      form: 'Spotkanie integracyjne w klubie seniora',
    });
  }

  // FEPŻ: a food bank, referrals issued a month ago, and the kilograms and parcels it reported.
  const partner = await foodAid.addPartner(ctx('swiadczenia'), {
    name: 'Bank Żywności — punkt w Pruszkowie (demo)',
    address: 'ul. Przejazd 12, 05-800 Pruszków',
    contact: 'magazyn, tel. 22 758-10-10',
  });
  // A month ago, within this year (so this year's figures hold them in January too).
  const issuedOn = addDays(today, -30) < `${year}-01-01` ? `${year}-01-01` : addDays(today, -30);
  const adults = await q.query<{ id: string }>(
    `${open} AND p.birth_date < $1::date - interval '25 years' ORDER BY p.sort_key LIMIT 20`,
    [today],
  );
  const csv = ['Nr skierowania;kg;paczki'];
  for (const [i, a] of adults.rows.entries()) {
    const r = await foodAid.refer(
      ctx('pracownik'),
      ReferralInput.parse({
        personId: a.id,
        partnerId: partner.id,
        issuedOn: addDays(issuedOn, Math.floor(i / 5)),
        validUntil: `${year}-12-31`,
        householdSize: 1 + (i % 4),
        incomePerPersonGrosze: 60_000 + i * 5_000,
        reasons: [['1'], ['4'], ['6', '1'], ['5']][i % 4],
      }),
    );
    csv.push(`${r.id};${(8 + (i % 4) * 4.5).toFixed(2).replace('.', ',')};${1 + (i % 4)}`);
  }
  await foodAid.importDistribution(ctx('swiadczenia'), partner.id, issuedOn.slice(0, 7), csv.join('\n'));
}
