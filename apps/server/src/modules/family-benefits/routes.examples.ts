import { addDays } from '@ostoja/domain/calendar/working-days';
import {
  CreateFamilyBenefitApplication,
  DecideFamilyBenefit,
} from '@ostoja/domain/family-benefits/application';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { type Examples, type Fixtures, staffContext } from '../../test/route-examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import * as registry from '../registry/service.ts';
import * as service from './service.ts';

// Fixtures of family benefits, also used by family-benefits.int.test.ts.

/** A mother with two children (born about 2021 and 2014) in a household of the registry. */
export async function newFamily(fx: Pick<Fixtures, 'staff'>, n: number) {
  const person = (birth: string, first: string, sex: 'M' | 'F', serial: number) => ({
    pesel: makePesel(addDays(birth, n % 300), sex, serial + (n % 97)),
    firstName: first,
    surname: `Zasiłkowa-${n}`,
  });
  const body = CreateHousehold.parse({
    address: { street: 'Kraszewskiego', building: String(1 + (n % 60)), city: 'Pruszków' },
    members: [
      { relation: 'applicant', person: person('1988-02-01', 'Marta', 'F', 400) },
      { relation: 'child', person: person('2021-03-01', 'Ola', 'F', 500) },
      { relation: 'child', person: person('2014-04-01', 'Kuba', 'M', 600) },
    ],
  });
  const h = await registry.createHousehold(fx.staff(), body);
  const id = (first: string) => h.members.find((m) => m.firstName === first)!.id;
  return { householdId: h.id, mother: id('Marta'), younger: id('Ola'), older: id('Kuba') };
}

/** A single mother's application of `submittedOn`: 24 000 zł net in the base year. */
export async function familyApplication(
  fx: Pick<Fixtures, 'staff'>,
  n: number,
  opts: { submittedOn?: string; attachments?: boolean; workingAbroad?: boolean } = {},
) {
  const f = await newFamily(fx, n);
  const body = CreateFamilyBenefitApplication.parse({
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn: opts.submittedOn ?? '2026-11-16',
    singleParent: false,
    workingAbroad: opts.workingAbroad ?? false,
    members: [
      { personId: f.mother, role: 'parent', taxed: { income: 2_400_000 } },
      { personId: f.younger, role: 'child' },
      { personId: f.older, role: 'child', inSchool: true },
    ],
    additions: [{ kind: 'rozpoczecieRokuSzkolnego', personId: f.older }],
    attachments: opts.attachments === false ? [] : ['taxOfficeCertificate', 'schoolCertificate'],
  });
  return { family: f, application: await service.create(fx.staff(), body) };
}

/** `familyApplication`, granted for the period by the demo clerk (who holds the authorisation to sign). */
export async function grantedFamilyApplication(
  fx: Pick<Fixtures, 'staff'>,
  n: number,
  decision: Partial<DecideFamilyBenefit> = {},
) {
  const { application, family } = await familyApplication(fx, n);
  const q = fx.staff().q;
  const decided = await service.decide(
    staffContext(q, await userId(q, 'swiadczenia')),
    application.id,
    DecideFamilyBenefit.parse({
      outcome: 'grant',
      decidedOn: '2026-11-20',
      paymentMethod: 'cashDesk',
      ...decision,
    }),
  );
  return { application: decided, family, decisionId: decided.decision!.id };
}

const forwarded = new WeakMap<object, Promise<string>>();
/**
 * One application forwarded to the voivode per database, whatever the number of callers: its day
 * may be recorded again (a correction), and no new family shifts the PESELs other examples make.
 */
function forwardedApplication(fx: Pick<Fixtures, 'staff' | 'q'>) {
  let id = forwarded.get(fx.q);
  if (!id) {
    id = familyApplication(fx, 9_001, { workingAbroad: true }).then((r) => r.application.id);
    forwarded.set(fx.q, id);
  }
  return id;
}

/** A new family's application: the mother and her younger child (`child` adds to the child's row). */
export async function newFamilyBody(fx: Pick<Fixtures, 'staff' | 'seq'>, child: object = {}) {
  const f = await newFamily(fx, fx.seq());
  return {
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn: '2026-11-16',
    members: [
      { personId: f.mother, role: 'parent' },
      { personId: f.younger, role: 'child', ...child },
    ],
  };
}

export const examples: Examples = {
  'POST /api/v1/family-benefits/applications/:id/change': async (fx) => {
    const { application, family } = await grantedFamilyApplication(fx, fx.seq());
    return {
      params: { id: application.id },
      body: {
        decidedOn: '2027-02-10',
        fromMonth: '2027-03',
        reason: 'Kuba przerwał naukę.',
        members: [{ personId: family.older, inSchool: false }],
      },
    };
  },
  'GET /api/v1/family-benefits/decisions/:id/pdf': async (fx) => ({
    params: { id: (await grantedFamilyApplication(fx, fx.seq())).decisionId },
  }),
  'GET /api/v1/family-benefits/report': () => ({ query: { from: '2026-11', to: '2027-10' } }),
  'POST /api/v1/calculators/family-benefits': () => ({
    body: {
      periodStart: '2025-11-01',
      familyMonthlyIncome: 200_000,
      members: [
        { role: 'parent', birthDate: '1988-02-01' },
        { role: 'child', birthDate: '2021-03-01' },
      ],
    },
  }),
  'GET /api/v1/family-benefits/applications': () => ({}),
  'GET /api/v1/family-benefits/applications/:id': async (fx) => ({
    params: { id: (await familyApplication(fx, fx.seq())).application.id },
  }),
  'POST /api/v1/family-benefits/applications': async (fx) => ({ body: await newFamilyBody(fx) }),
  'POST /api/v1/family-benefits/applications/:id/attachments': async (fx) => ({
    params: { id: (await familyApplication(fx, fx.seq(), { attachments: false })).application.id },
    body: { attachments: ['taxOfficeCertificate'] },
  }),
  'GET /api/v1/family-benefits/applications/:id/call-to-complete/pdf': async (fx) => ({
    params: { id: (await familyApplication(fx, fx.seq(), { attachments: false })).application.id },
  }),
  'POST /api/v1/family-benefits/applications/:id/forwarding': async (fx) => ({
    params: { id: await forwardedApplication(fx) },
    body: { forwardedOn: '2026-11-18' },
  }),
  'GET /api/v1/family-benefits/completion-deadlines': () => ({}),
  'POST /api/v1/family-benefits/applications/:id/decision': async (fx) => ({
    params: { id: (await familyApplication(fx, fx.seq())).application.id },
    body: { outcome: 'grant', decidedOn: '2026-11-20', paymentMethod: 'cashDesk' },
  }),
};
