import { z } from 'zod';
import {
  ClaimMember,
  claimSummary,
  DecideFamilyBenefit,
  FamilyBenefitDecision,
  MemberInput,
} from '../family-benefits/application.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, trimmed } from '../shared/validation.ts';
import { AlimonyFundCalculatorAnswer, courtAlimony } from './calculator.ts';

// The application for the alimony fund (wniosek o ustalenie prawa do świadczeń z funduszu
// alimentacyjnego), its decision and the answers of the API. The family and its base-year
// income are entered as for family benefits (uFA art. 2 refers to the usr's income).

export const AlimonyFundMemberInput = MemberInput.extend({
  significantDisability: z.boolean().default(false),
  courtAlimony: courtAlimony.optional(),
});

/** Zaświadczenie organu egzekucyjnego o bezskuteczności egzekucji (art. 15 ust. 4 uFA [M: the point]). */
export const BailiffCertificate = z.object({
  issuedOn: isoDate,
  bailiff: trimmed(200),
  caseNumber: trimmed(100),
  /** The last month's full payment of the alimony recovered, if any. */
  lastFullPaymentOn: isoDate.nullable().default(null),
});

export const CreateAlimonyFundApplication = z
  .object({
    householdId: z.uuid(),
    applicantId: z.uuid(),
    submittedOn: isoDate,
    members: z.array(AlimonyFundMemberInput).min(1).max(20),
    farmHectares: z.number().min(0).max(10_000).default(0),
    debtor: z.object({ name: trimmed(200), address: trimmed(300) }),
    bailiffCertificate: BailiffCertificate,
  })
  .superRefine((a, ctx) => {
    if (!a.members.some((m) => m.personId === a.applicantId))
      ctx.addIssue({
        code: 'custom',
        path: ['applicantId'],
        message: 'validation.familyBenefits.applicantMember',
      });
    if (!a.members.some((m) => m.courtAlimony !== undefined))
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'validation.alimonyFund.noEntitled' });
    const c = a.bailiffCertificate;
    if (c.issuedOn > a.submittedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['bailiffCertificate', 'issuedOn'],
        message: 'validation.alimonyFund.certificateAfterApplication',
      });
    if (c.lastFullPaymentOn && c.lastFullPaymentOn > c.issuedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['bailiffCertificate', 'lastFullPaymentOn'],
        message: 'validation.alimonyFund.paymentAfterCertificate',
      });
  });
export type CreateAlimonyFundApplication = z.input<typeof CreateAlimonyFundApplication>;

/** The decision: the same body as a family benefit's (grant or refuse, payment method). */
export const DecideAlimonyFund = DecideFamilyBenefit;
export type DecideAlimonyFund = z.input<typeof DecideAlimonyFund>;

export const ALIMONY_FUND_STATUSES = ['complete', 'decided'] as const;

export const AlimonyFundApplicationSummary = claimSummary(ALIMONY_FUND_STATUSES).extend({
  debtorName: z.string(),
});
export type AlimonyFundApplicationSummary = z.input<typeof AlimonyFundApplicationSummary>;
export const AlimonyFundApplicationPage = cursorPage(AlimonyFundApplicationSummary);
export type AlimonyFundApplicationPage = z.input<typeof AlimonyFundApplicationPage>;
export const AlimonyFundApplicationQuery = pageQuery(100, 50);

/** The decision issued: the same answer as a family benefit's. */
export const AlimonyFundDecision = FamilyBenefitDecision;

export const AlimonyFundApplication = AlimonyFundApplicationSummary.extend({
  householdId: z.uuid(),
  baseYear: z.number().int(),
  farmHectares: z.number(),
  debtorAddress: z.string(),
  bailiffCertificate: z.object({
    issuedOn: isoDate,
    bailiff: z.string(),
    caseNumber: z.string(),
    lastFullPaymentOn: isoDate.nullable(),
  }),
  members: z.array(
    ClaimMember.extend({ significantDisability: z.boolean(), courtAlimony: z.number().int().nullable() }),
  ),
  /** The right for the first month the application covers, with the enforcement checked. */
  calculation: AlimonyFundCalculatorAnswer.omit({ incomePerPerson: true }).extend({ month: isoDate }),
  decision: AlimonyFundDecision.nullable(),
});
export type AlimonyFundApplication = z.input<typeof AlimonyFundApplication>;

/**
 * The alimony fund's figures for the months from–to (the sprawozdanie's counts and amounts):
 * families and entitled persons with a benefit due, person-months and the amount, from the
 * granted decisions; the debtors' debt at the end of `to` and the repayments received in the
 * months, split as art. 27 ust. 3 uFA requires.
 */
export const AlimonyFundReport = z.object({
  from: z.string(),
  to: z.string(),
  families: z.number().int(),
  persons: z.number().int(),
  benefits: z.number().int(),
  amount: z.number().int(),
  debts: z.object({
    on: isoDate,
    /** Debtors owing anything on that day. */
    debtors: z.number().int(),
    principal: z.number().int(),
    interest: z.number().int(),
    total: z.number().int(),
  }),
  recoveries: z.object({
    repayments: z.number().int(),
    amount: z.number().int(),
    interest: z.number().int(),
    principal: z.number().int(),
    state: z.number().int(),
    creditorGmina: z.number().int(),
    debtorGmina: z.number().int(),
  }),
});
export type AlimonyFundReport = z.input<typeof AlimonyFundReport>;
