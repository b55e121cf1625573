import { CreateHousingAllowanceApplication } from '@ostoja/domain/housing-allowances/application';
import { type Examples, type Fixtures, staffContext } from '../../test/route-examples.ts';
import { newFamily } from '../family-benefits/routes.examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import * as service from './service.ts';

export const MANAGER = {
  name: 'Spółdzielnia Mieszkaniowa „Żbikówek”',
  address: 'ul. Kraszewskiego 10, 05-800 Pruszków',
  iban: 'PL61109010140000071219812874',
};

/**
 * A mother of two in 50 m² (45 m² normative for 3, 58,50 m² with the tolerance): 4500 zł a month
 * in each of the 3 months, 900 zł of expenses, an electricity contract.
 */
export function housingBody(f: Awaited<ReturnType<typeof newFamily>>, submittedOn = '2026-11-16') {
  return {
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn,
    members: [{ personId: f.mother }, { personId: f.younger }, { personId: f.older }],
    incomes: [450_000, 450_000, 450_000] as [number, number, number],
    flatArea: 50,
    monthlyExpenses: 90_000,
    legalTitle: 'cooperative' as const,
    electricityContract: true,
    manager: MANAGER,
  };
}

export async function housingApplication(fx: Pick<Fixtures, 'staff'>, n: number) {
  const f = await newFamily(fx, n);
  return service.create(fx.staff(), CreateHousingAllowanceApplication.parse(housingBody(f)));
}

// One granted application per database serves the read examples (the permissions test calls
// every route as every role: reads need no fresh record).
const decided = new WeakMap<object, Promise<string>>();
function decidedApplication(fx: Fixtures) {
  let id = decided.get(fx.q);
  if (!id) {
    id = (async () => {
      const a = await housingApplication(fx, fx.seq());
      // Decided by the demo clerk, who holds the authorisation to sign.
      const clerk = staffContext(fx.q, await userId(fx.q, 'swiadczenia'));
      await service.decide(clerk, a.id, {
        outcome: 'grant',
        decidedOn: '2026-11-20',
        energyPaymentMethod: 'cashDesk',
      });
      return a.id;
    })();
    decided.set(fx.q, id);
  }
  return id;
}

export const examples: Examples = {
  'GET /api/v1/housing-allowances/applications': () => ({}),
  'POST /api/v1/housing-allowances/applications': async (fx) => ({
    body: housingBody(await newFamily(fx, fx.seq())),
  }),
  'GET /api/v1/housing-allowances/applications/:id': async (fx) => ({
    params: { id: await decidedApplication(fx) },
  }),
  'POST /api/v1/housing-allowances/applications/:id/decision': async (fx) => ({
    params: { id: (await housingApplication(fx, fx.seq())).id },
    body: { outcome: 'grant', decidedOn: '2026-11-20' },
  }),
  'GET /api/v1/housing-allowances/applications/:id/decisions/:kind/pdf': async (fx) => ({
    params: { id: await decidedApplication(fx), kind: 'housing' },
  }),
  'GET /api/v1/housing-allowances/report': () => ({ query: { from: '2026-12', to: '2027-05' } }),
  'GET /api/v1/average-wage-notices': () => ({}),
  // A correction of the seeded IV kw. 2025 notice; once taken, a correction of that correction.
  'POST /api/v1/average-wage-notices': async (fx) => {
    const live = await fx.q.query<{ id: string }>(
      `SELECT n.id FROM average_wage_notice n WHERE n.year = 2025 AND n.quarter = 4
          AND NOT EXISTS (SELECT 1 FROM average_wage_notice c WHERE c.supersedes_id = n.id)`,
    );
    return {
      body: {
        year: 2025,
        quarter: 4,
        amountGrosze: 919_779,
        monitorPolski: 'M.P. 2026 (korekta)',
        appliesFrom: '2026-02-09',
        supersedesId: live.rows[0]!.id,
      },
    };
  },
  'GET /api/v1/calculators/housing-allowance/average-wage': () => ({ query: { date: '2026-12-04' } }),
};
