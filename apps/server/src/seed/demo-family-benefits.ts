import { CreateFamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { rowsOf } from '../db/rows.ts';
import * as familyBenefits from '../modules/family-benefits/service.ts';
import { demoStaff } from './staff.ts';

// Family benefits of a few demo families with children, entered through the module's own use
// cases: three granted (so this period's months are in the payment runs), one still waiting for
// an attachment (the call to complete), one with a lost income.

/**
 * The demo's households with an applicant and a child under 17, each with its members (the
 * applicant first, then by birth date); `singleParent`: only those without a spouse or partner.
 */
export async function familiesWithChildren(
  q: Queryable,
  today: string,
  o: { order: 'ASC' | 'DESC'; limit: number; singleParent?: boolean },
) {
  return rowsOf<{ id: string; members: { id: string; relation: string; birth: string }[] }>(
    q,
    `SELECT h.id, json_agg(json_build_object('id', p.id, 'relation', m.relation, 'birth', p.birth_date)
              ORDER BY m.relation <> 'applicant', p.birth_date) AS members
       FROM household h
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
       JOIN person p ON p.id = m.person_id
      GROUP BY h.id
     HAVING bool_or(m.relation = 'child' AND p.birth_date > $1::date - interval '17 years')
        AND bool_or(m.relation = 'applicant')${o.singleParent ? ` AND NOT bool_or(m.relation IN ('spouse', 'partner'))` : ''}
      ORDER BY h.id ${o.order} LIMIT ${o.limit}`,
    [today],
  );
}

export async function seedFamilyBenefits(q: Queryable) {
  const today = todayInPoland();
  const clerk = (await demoStaff(q)).as('swiadczenia');
  const families = await familiesWithChildren(q, today, { order: 'ASC', limit: 5 });
  for (const [i, f] of families.entries()) {
    const applicant = f.members.find((m) => m.relation === 'applicant')!;
    const lost = i === 1;
    const body = CreateFamilyBenefitApplication.parse({
      householdId: f.id,
      applicantId: applicant.id,
      submittedOn: today,
      singleParent: !f.members.some((m) => m.relation === 'spouse' || m.relation === 'partner'),
      members: f.members.map((m) => ({
        personId: m.id,
        role: ['applicant', 'spouse', 'partner'].includes(m.relation)
          ? 'parent'
          : m.relation === 'child'
            ? 'child'
            : 'other',
        inSchool: m.relation === 'child' && m.birth < `${Number(today.slice(0, 4)) - 7}-01-01`,
        taxed:
          m.id === applicant.id
            ? {
                income: 2_400_000 + i * 600_000,
                tax: 120_000,
                healthContributions: 180_000,
                socialContributions: 330_000,
              }
            : undefined,
        changes:
          lost && m.id === applicant.id
            ? [{ kind: 'lost', on: `${today.slice(0, 4)}-02-01`, baseYearAmount: 1_800_000 }]
            : [],
      })),
      attachments:
        i === 3
          ? ['taxOfficeCertificate']
          : [
              'taxOfficeCertificate',
              'zusContributions',
              'schoolCertificate',
              'lostIncome',
              'courtAlimonyRuling',
            ],
    });
    const app = await familyBenefits.create(clerk, body);
    if (app.status !== 'complete') continue;
    const outcome = app.calculation.eligible ? 'grant' : 'refuse';
    await familyBenefits.decide(clerk, app.id, {
      outcome,
      decidedOn: today,
      paymentMethod: 'cashDesk',
      refusalReason:
        outcome === 'refuse' ? 'Dochód rodziny przekracza kryterium (art. 5 ust. 1 i 3).' : undefined,
      iban: undefined,
    });
  }
}
