import { CreateAlimonyFundApplication, DecideAlimonyFund } from '@ostoja/domain/alimony-fund/application';
import { RegisterDebtor } from '@ostoja/domain/alimony-fund/debtor';
import { type Fixtures, staffContext } from '../../test/route-examples.ts';
import { newFamily } from '../family-benefits/routes.examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import * as debtors from './debtor-service.ts';
import * as service from './service.ts';

// Fixtures of the alimony fund, also used by alimony-fund.int.test.ts and the debtor tests.

/**
 * A mother of two (the family of the family-benefit fixtures) with 24 000 zł net in the base
 * year; the court set 600 zł for the younger child and 450 zł for the older; the bailiff found
 * nothing to recover.
 */
export async function alimonyApplication(
  fx: Pick<Fixtures, 'staff'>,
  n: number,
  opts: { submittedOn?: string; lastFullPaymentOn?: string } = {},
) {
  const f = await newFamily(fx, n);
  const submittedOn = opts.submittedOn ?? '2026-11-16';
  const body = CreateAlimonyFundApplication.parse({
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn,
    members: [
      { personId: f.mother, role: 'parent', taxed: { income: 2_400_000 } },
      { personId: f.younger, role: 'child', courtAlimony: 60_000 },
      { personId: f.older, role: 'child', inSchool: true, courtAlimony: 45_000 },
    ],
    debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, 00-001 Warszawa' },
    bailiffCertificate: {
      issuedOn: submittedOn,
      bailiff: 'Komornik Sądowy przy Sądzie Rejonowym w Pruszkowie',
      caseNumber: `Km ${n}/26`,
      lastFullPaymentOn: opts.lastFullPaymentOn ?? null,
    },
  });
  return { family: f, application: await service.create(fx.staff(), body) };
}

// Fixtures of the debtor register, for its route examples and debtors.int.test.ts.

/** The mother-of-two application of the fund's fixtures, granted (cash desk) on `decidedOn`. */
export async function grantedApplication(
  fx: Pick<Fixtures, 'staff'>,
  n: number,
  opts: { submittedOn?: string; decidedOn?: string; iban?: string } = {},
) {
  const { application, family } = await alimonyApplication(fx, n, opts);
  const transfer = opts.iban ? { paymentMethod: 'transfer', iban: opts.iban } : { paymentMethod: 'cashDesk' };
  // Decided by the demo clerk, who holds the authorisation to sign.
  const q = fx.staff().q;
  await service.decide(
    staffContext(q, await userId(q, 'swiadczenia')),
    application.id,
    DecideAlimonyFund.parse({ outcome: 'grant', decidedOn: opts.decidedOn ?? '2026-11-20', ...transfer }),
  );
  return { application, family };
}

/** The debtor of a granted application, living in another gmina unless `resident`. */
export async function registeredDebtor(fx: Pick<Fixtures, 'staff'>, n: number, resident = false) {
  const { application } = await grantedApplication(fx, n);
  return debtors.register(
    fx.staff(),
    RegisterDebtor.parse({ applicationId: application.id, gmina: 'Gmina Raszyn', resident }),
  );
}
