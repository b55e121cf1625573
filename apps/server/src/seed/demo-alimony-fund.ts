import { CreateAlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import * as alimonyFund from '../modules/alimony-fund/service.ts';
import { firstWorkingDay, monthsBack } from './demo-caseload.ts';
import { familiesWithChildren } from './demo-family-benefits.ts';
import { demoStaff } from './staff.ts';

// The alimony fund of a few demo single parents, entered through the module's own use cases:
// two granted some months ago (called before the history's payment runs, which pay their months
// at the cash desk, so their debtors owe the fund), one filed today waiting for the decision.

/**
 * The granted ones were filed on the first working day of the latest month at least two back
 * that is not July–September (filed then, the right would start only in October).
 */
function grantedFiledOn(today: string) {
  for (let k = 2; ; k++) {
    const month = monthsBack(today, k);
    if (!['07', '08', '09'].includes(month.slice(5, 7))) return firstWorkingDay(month);
  }
}

export async function seedAlimonyFund(q: Queryable) {
  const today = todayInPoland();
  const clerk = (await demoStaff(q)).as('swiadczenia');
  // Households without a spouse or partner, with a child under 17 — others than family benefits' first five.
  const families = await familiesWithChildren(q, today, { order: 'DESC', limit: 3, singleParent: true });
  for (const [i, f] of families.entries()) {
    const applicant = f.members.find((m) => m.relation === 'applicant')!;
    const submittedOn = i === 2 ? today : grantedFiledOn(today);
    const body = CreateAlimonyFundApplication.parse({
      householdId: f.id,
      applicantId: applicant.id,
      submittedOn,
      members: f.members.map((m) => ({
        personId: m.id,
        role: m.relation === 'applicant' ? 'parent' : m.relation === 'child' ? 'child' : 'other',
        inSchool: m.relation === 'child' && m.birth < `${Number(submittedOn.slice(0, 4)) - 7}-01-01`,
        taxed: m.id === applicant.id ? { income: 3_000_000 + i * 900_000, tax: 150_000 } : undefined,
        courtAlimony: m.relation === 'child' ? 50_000 + i * 20_000 : undefined,
      })),
      debtor: {
        name: ['Tomasz Nowicki', 'Paweł Kruk', 'Marek Wilk'][i],
        address: 'ul. Główna 1, 05-800 Pruszków',
      },
      bailiffCertificate: {
        issuedOn: submittedOn,
        bailiff: 'Komornik Sądowy przy Sądzie Rejonowym w Pruszkowie',
        caseNumber: `Km ${120 + i}/${submittedOn.slice(2, 4)}`,
      },
    });
    const app = await alimonyFund.create(clerk, body);
    if (i === 2 || !app.calculation.eligible) continue;
    await alimonyFund.decide(clerk, app.id, {
      outcome: 'grant',
      decidedOn: addDays(submittedOn, 7),
      paymentMethod: 'cashDesk',
      iban: undefined,
      refusalReason: undefined,
    });
  }
}
