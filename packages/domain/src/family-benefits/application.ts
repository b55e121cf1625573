import { z } from 'zod';
import { PAYMENT_METHODS } from '../applications/decision.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText } from '../shared/validation.ts';
import { ADDITION_KINDS, BENEFIT_ITEM_KINDS } from './calculator.ts';

// The family benefit application (wniosek o zasiłek rodzinny z dodatkami), its decision and the
// answers of the API.

const grosze = z.number().int().min(0).max(100_000_000_00);

/**
 * The attachments checklist of the application (rozporządzenie w sprawie sposobu i trybu
 * postępowania w sprawach o świadczenia rodzinne, § 2 [M: the exact list]).
 */
export const ATTACHMENT_KEYS = [
  'taxOfficeCertificate',
  'zusContributions',
  'farmHectares',
  'untaxedIncome',
  'lostIncome',
  'gainedIncome',
  'alimonyPaid',
  'disabilityCertificate',
  'schoolCertificate',
  'courtAlimonyRuling',
] as const;

export const IncomeChangeInput = z.object({
  kind: z.enum(['lost', 'gained']),
  on: isoDate,
  baseYearAmount: grosze.default(0),
  monthsInBaseYear: z.number().int().min(1).max(12).optional(),
  monthAfterAmount: grosze.optional(),
  stillReceived: z.boolean().default(true),
});

export const MemberInput = z.object({
  personId: z.uuid(),
  role: z.enum(['parent', 'child', 'other']),
  disabilityCertificate: z.boolean().default(false),
  inSchool: z.boolean().default(false),
  /** The base year per the tax office: PIT income, tax, contributions (grosze for the year). */
  taxed: z
    .object({
      income: grosze.default(0),
      tax: grosze.default(0),
      healthContributions: grosze.default(0),
      socialContributions: grosze.default(0),
    })
    .default({ income: 0, tax: 0, healthContributions: 0, socialContributions: 0 }),
  untaxed: grosze.default(0),
  alimonyPaid: grosze.default(0),
  changes: z.array(IncomeChangeInput).max(20).default([]),
});
export type MemberInput = z.output<typeof MemberInput>;

export const CreateFamilyBenefitApplication = z
  .object({
    householdId: z.uuid(),
    applicantId: z.uuid(),
    submittedOn: isoDate,
    members: z.array(MemberInput).min(1).max(20),
    singleParent: z.boolean().default(false),
    additions: z
      .array(z.object({ kind: z.enum(ADDITION_KINDS), personId: z.uuid() }))
      .max(50)
      .default([]),
    farmHectares: z.number().min(0).max(10_000).default(0),
    /** A member works or lives in another EU/EEA state: EU coordination (the voivode decides). */
    workingAbroad: z.boolean().default(false),
    attachments: z.array(z.enum(ATTACHMENT_KEYS)).max(ATTACHMENT_KEYS.length).default([]),
  })
  .superRefine((a, ctx) => {
    const ids = a.members.map((m) => m.personId);
    if (!ids.includes(a.applicantId))
      ctx.addIssue({
        code: 'custom',
        path: ['applicantId'],
        message: 'validation.familyBenefits.applicantMember',
      });
    a.additions.forEach((x, i) => {
      if (a.members.find((m) => m.personId === x.personId)?.role !== 'child')
        ctx.addIssue({
          code: 'custom',
          path: ['additions', i, 'personId'],
          message: 'validation.familyBenefits.notAChild',
        });
    });
  });
export type CreateFamilyBenefitApplication = z.input<typeof CreateFamilyBenefitApplication>;

export const ProvideAttachments = z.object({ attachments: z.array(z.enum(ATTACHMENT_KEYS)).min(1) });
export type ProvideAttachments = z.input<typeof ProvideAttachments>;

export const DecideFamilyBenefit = z
  .object({
    outcome: z.enum(['grant', 'refuse']),
    decidedOn: isoDate,
    paymentMethod: z.enum(PAYMENT_METHODS).default('cashDesk'),
    iban: optionalText(34),
    refusalReason: optionalText(4000),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'refuse' && !d.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: 'validation.required' });
  });
export type DecideFamilyBenefit = z.input<typeof DecideFamilyBenefit>;

export const FAMILY_BENEFIT_STATUSES = ['incomplete', 'complete', 'forwarded', 'decided'] as const;

/** The summary of an application for a claimed benefit (also the alimony fund's, which adds its own). */
export const claimSummary = <S extends readonly [string, ...string[]]>(statuses: S) =>
  z.object({
    id: z.uuid(),
    number: z.string(),
    applicantId: z.uuid(),
    applicantName: z.string(),
    submittedOn: isoDate,
    period: z.string(),
    status: z.enum(statuses),
    familyMonthlyIncome: z.number().int(),
    incomePerPerson: z.number().int(),
  });

/** A member as the application stores it (the alimony fund adds its own fields). */
export const ClaimMember = z.object({
  personId: z.uuid(),
  name: z.string(),
  birthDate: isoDate,
  role: z.enum(['parent', 'child', 'other']),
  disabilityCertificate: z.boolean(),
  inSchool: z.boolean(),
});

export const FamilyBenefitApplicationSummary = claimSummary(FAMILY_BENEFIT_STATUSES).extend({
  /** The call to complete (wezwanie): the day the missing attachments are due. */
  completionDue: isoDate.nullable(),
  /** EU coordination: the day the application was forwarded to the voivode. */
  forwardedOn: isoDate.nullable(),
});
export type FamilyBenefitApplicationSummary = z.input<typeof FamilyBenefitApplicationSummary>;
export const FamilyBenefitApplicationPage = cursorPage(FamilyBenefitApplicationSummary);
export type FamilyBenefitApplicationPage = z.input<typeof FamilyBenefitApplicationPage>;
export const FamilyBenefitApplicationQuery = pageQuery(100, 50);

const Item = z.object({
  kind: z.enum(BENEFIT_ITEM_KINDS),
  personIndex: z.number().int(),
  amount: z.number().int(),
  period: z.enum(['monthly', 'oneOff']),
});

export const FamilyBenefitDecision = z.object({
  id: z.uuid(),
  number: z.string(),
  /** revoke: a change left no month with a right (art. 32 usr). */
  outcome: z.enum(['grant', 'refuse', 'revoke']),
  decidedOn: isoDate,
  amount: z.number().int(),
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  schedule: z.array(
    z.object({ month: z.string(), amount: z.number().int(), days: z.number().int().nullable() }),
  ),
  justification: z.string(),
});

export const FamilyBenefitApplication = FamilyBenefitApplicationSummary.extend({
  householdId: z.uuid(),
  baseYear: z.number().int(),
  singleParent: z.boolean(),
  workingAbroad: z.boolean(),
  farmHectares: z.number(),
  members: z.array(ClaimMember),
  attachments: z.array(
    z.object({ key: z.enum(ATTACHMENT_KEYS), required: z.boolean(), provided: z.boolean() }),
  ),
  /** The right for the first month of the period the application covers. */
  calculation: z.object({
    month: isoDate,
    eligible: z.boolean(),
    criterion: z.number().int(),
    monthlyAmount: z.number().int(),
    oneOffAmount: z.number().int(),
    items: z.array(Item),
    explanation: z.array(z.object({ article: z.string(), text: z.string() })),
  }),
  decision: FamilyBenefitDecision.nullable(),
});
export type FamilyBenefitApplication = z.input<typeof FamilyBenefitApplication>;

/** The public calculator's answer (issue 18, item 7). */
export const FamilyBenefitsCalculatorAnswer = z.object({
  eligible: z.boolean(),
  criterion: z.number().int(),
  incomePerPerson: z.number().int(),
  monthlyAmount: z.number().int(),
  oneOffAmount: z.number().int(),
  items: z.array(Item),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});

type Attachment = (typeof ATTACHMENT_KEYS)[number];

/** The attachments the data entered calls for [M: the rozporządzenie's list, abridged]. */
export function requiredAttachments(a: z.output<typeof CreateFamilyBenefitApplication>): Attachment[] {
  const m = a.members;
  const need: [Attachment, boolean][] = [
    ['taxOfficeCertificate', m.some((x) => x.taxed.income > 0)],
    ['zusContributions', m.some((x) => x.taxed.healthContributions > 0)],
    ['farmHectares', a.farmHectares > 0],
    ['untaxedIncome', m.some((x) => x.untaxed > 0)],
    ['lostIncome', m.some((x) => x.changes.some((c) => c.kind === 'lost'))],
    ['gainedIncome', m.some((x) => x.changes.some((c) => c.kind === 'gained'))],
    ['alimonyPaid', m.some((x) => x.alimonyPaid > 0)],
    ['disabilityCertificate', m.some((x) => x.disabilityCertificate)],
    ['schoolCertificate', m.some((x) => x.role === 'child' && x.inSchool)],
    ['courtAlimonyRuling', a.singleParent],
  ];
  return need.filter(([, yes]) => yes).map(([k]) => k);
}

const reportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
export const FamilyBenefitReportQuery = z
  .object({ from: reportMonth, to: reportMonth })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'validation.familyBenefits.toBeforeFrom' });

/** The sprawozdanie rzeczowo-finansowe of family benefits: counts and amounts by benefit and dodatek. */
export const FamilyBenefitReport = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      kind: z.enum(BENEFIT_ITEM_KINDS),
      count: z.number().int(),
      families: z.number().int(),
      amount: z.number().int(),
    }),
  ),
  totalAmount: z.number().int(),
});
export type FamilyBenefitReport = z.input<typeof FamilyBenefitReport>;
