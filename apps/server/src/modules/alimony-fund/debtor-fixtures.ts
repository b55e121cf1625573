import { DecideAlimonyFund } from '@ostoja/domain/alimony-fund/application';
import { RegisterDebtor } from '@ostoja/domain/alimony-fund/debtor';
import { type Fixtures, staffContext } from '../../test/route-examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import * as debtors from './debtor-service.ts';
import { alimonyApplication } from './routes.examples.ts';
import * as service from './service.ts';

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
