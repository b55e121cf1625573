import { addDays } from '@ostoja/domain/calendar/working-days';
import { makeIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import type { StaffContext } from '../http/context.ts';
import { approveDecision } from '../modules/applications/approval.ts';
import * as applications from '../modules/applications/service.ts';
import { payOut } from '../modules/payments/cash-desk.ts';
import { bankReturn, exportList, markListPaid, resolveReturn } from '../modules/payments/payouts.ts';
import * as runs from '../modules/payments/runs.ts';
import { firstWorkingDay, lastDayOf, monthsBack } from './demo-caseload.ts';
import { rng } from './names.ts';
import { decisionStaff } from './staff.ts';

// A year of the centre's past, made through the same use cases a clerk would use: applications,
// home visits, proposals and decisions (some refused) from 13 months ago on, then each past
// month's payment run opened, approved, sent to the bank, paid at the cash desk, with one bank
// return paid again and one cancelled. So every report and the dashboard show the numbers a
// director would read; the current month's run is left for the clerk to make.

type Plan = { benefit: 'zasilekStaly' | 'zasilekOkresowy' | 'zasilekCelowy'; start: number; months: number };

/** What the k-th household of the history received: start months back, and for how long. */
function plan(k: number): Plan {
  if (k % 5 === 0) return { benefit: 'zasilekStaly', start: 12 + ((k / 5) % 2), months: 16 };
  if (k % 5 === 4) return { benefit: 'zasilekCelowy', start: 1 + (k % 12), months: 1 };
  return { benefit: 'zasilekOkresowy', start: 1 + (k % 12), months: 3 + (k % 4) };
}

/** Households refused (income not proven): a decision, but nothing paid. */
const REFUSED = new Set([7, 18]);

/** `beforeRuns`: other benefits granted in the past year (the alimony fund), whose months the runs then pay. */
export async function seedHistory(q: Queryable, beforeRuns?: () => Promise<void>) {
  const r = rng(1312);
  const today = todayInPoland();
  const { worker, clerk, director } = await decisionStaff(q);
  // The caseload seed uses the first 30 households; the history the next 20.
  const households = await q.query<{ id: string; applicant: string; members: string[] }>(
    `SELECT h.id, a.person_id AS applicant, array_agg(m.person_id ORDER BY m.relation <> 'applicant') AS members
       FROM household h
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id, a.person_id ORDER BY h.id OFFSET 30 LIMIT 20`,
  );
  for (const [k, h] of households.rows.entries()) {
    const p = plan(k);
    const submittedOn = firstWorkingDay(monthsBack(today, p.start));
    const app = await applications.createApplication(worker, {
      householdId: h.id,
      applicantId: h.applicant,
      channel: k % 3 === 0 ? 'post' : 'inPerson',
      submittedOn,
      benefits: [p.benefit],
      helpReasons: p.benefit === 'zasilekStaly' ? ['6', '1'] : k % 2 ? ['4', '1'] : ['9'],
      urgent: false,
      description: null,
    });
    await applications.recordWywiad(worker, app.id, {
      visitedOn: addDays(submittedOn, 3),
      incomeLost: false,
      conclusions: 'Dochód rodziny niższy od kryterium dochodowego; pomoc uzasadniona.',
      housing: 'Mieszkanie komunalne.',
      farmHectares: 0,
      members: h.members.map((personId, i) => ({
        personId,
        alimonyPaid: 0,
        // Well below the criterion (never at equality: art. 37 and 38 require "lower than").
        sources:
          i === 0
            ? [
                {
                  kind: p.benefit === 'zasilekStaly' ? 'pension' : 'employment',
                  month: monthsBack(submittedOn, 1),
                  gross: 30000 + r.int(0, 30) * 1000,
                  tax: 0,
                  contributions: 0,
                },
              ]
            : [],
      })),
    });
    const oneOff = p.benefit === 'zasilekCelowy';
    await applications.propose(worker, app.id, {
      benefit: p.benefit,
      unableToWork: p.benefit === 'zasilekStaly',
      amount: oneOff ? 30000 + r.int(0, 10) * 5000 : undefined,
      periodFrom: submittedOn,
      periodTo: oneOff ? submittedOn : lastDayOf(monthsBack(submittedOn, 1 - p.months)),
      purpose: oneOff ? 'zakup leków i żywności' : null,
      justification:
        'Dochód rodziny niższy od kryterium dochodowego; pomoc niezbędna do zaspokojenia potrzeb.',
    });
    const transfer = k % 6 !== 1;
    const refused = REFUSED.has(k);
    await applications.issueDecision(clerk, app.id, {
      outcome: refused ? 'refuse' : 'grant',
      decidedOn: addDays(submittedOn, 7),
      paymentMethod: transfer ? 'transfer' : 'cashDesk',
      iban: transfer
        ? makeIban('PL', `10201055${String(2_000_000_000_000 + k * 6151).padStart(16, '0')}`)
        : null,
      refusalReason: refused ? 'Wnioskodawca nie udokumentował dochodu mimo wezwania (art. 109).' : null,
    });
    await approveDecision(director, app.id, {});
  }
  await beforeRuns?.();
  for (let n = 13; n >= 1; n--) {
    const month = monthsBack(today, n);
    await payMonth(clerk, month);
    if (n === 6) await returnOne(clerk, month, 'reissue');
    if (n === 4) await returnOne(clerk, month, 'cancel');
  }
}

/** A month's run as the clerk makes it: flags accepted, approved, the bank files sent and paid, cash paid out. */
async function payMonth(clerk: StaffContext, month: string) {
  const { run } = await runs.openRun(clerk, month);
  // A run larger than one batch is built step by step, as the page or the worker drives it.
  while ((await runs.advance(clerk, run.id)).status === 'building');
  for (const f of (await runs.listFlags(clerk, run.id, { unresolved: true })).items)
    await runs.resolveFlag(clerk, f.id, { resolution: 'accept', note: null });
  const approved = await runs.approve(clerk, run.id);
  for (const list of approved.lists) {
    if (list.method === 'transfer') {
      await exportList(clerk, list.id, 'elixir');
      await markListPaid(clerk, list.id, list.payOn);
      continue;
    }
    const items = await clerk.q.query<{ id: string }>(
      `SELECT id FROM payment_item WHERE list_id = $1 AND status = 'approved' ORDER BY ref`,
      [list.id],
    );
    for (const [i, item] of items.rows.entries())
      await payOut(clerk, item.id, {
        paidOn: addDays(list.payOn, i % 3),
        documentType: 'idCard',
        documentNumber: `DEM${String(100000 + i).slice(-6)}`,
      });
  }
}

/** A paid transfer of the month comes back from the bank: paid again to a new account, or not due. */
async function returnOne(clerk: StaffContext, month: string, action: 'reissue' | 'cancel') {
  const item = (
    await clerk.q.query<{ id: string; paidOn: string }>(
      `SELECT id, paid_on::text AS "paidOn" FROM payment_item
        WHERE status = 'paid' AND method = 'transfer' AND month = ($1 || '-01')::date ORDER BY ref LIMIT 1`,
      [month],
    )
  ).rows[0];
  if (!item) return;
  await bankReturn(clerk, item.id, { returnedOn: addDays(item.paidOn, 2), reason: 'Rachunek zamknięty' });
  await resolveReturn(
    clerk,
    item.id,
    action === 'reissue'
      ? {
          action,
          method: 'transfer',
          iban: makeIban('PL', '1140200400003602000000'.padEnd(24, '7')),
          recipientName: null,
          note: 'Nowy rachunek podany przez świadczeniobiorcę',
        }
      : { action, note: 'Świadczenie nienależne: zgon przed dniem wypłaty', recipientName: null },
  );
}
