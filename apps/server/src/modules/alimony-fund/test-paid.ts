import type { staffApp } from '../../test/staff-app.ts';
import { payMonth } from '../reporting/test-data.ts';
import { grantedApplication } from './debtor-fixtures.ts';

// Test support of the debt and undue-benefit tests: an application whose benefits went out by bank.

const IBAN = 'PL61109010140000071219812874';

/**
 * The fixtures' application submitted on 5 October and granted (by bank) on 20 October; its
 * October and November, 1050 zł each, paid on 27 November.
 */
export async function paidByBank(s: ReturnType<typeof staffApp>, n: number) {
  const { application } = await grantedApplication(s.fx(), n, {
    submittedOn: '2026-10-05',
    decidedOn: '2026-10-20',
    iban: IBAN,
  });
  await payMonth(s.t, s.who.swiadczenia!, '2026-11', '2026-11-27');
  return application;
}
