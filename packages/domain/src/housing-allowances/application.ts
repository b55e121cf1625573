import { z } from 'zod';
import { PAYMENT_METHODS } from '../applications/decision.ts';
import { FamilyBenefitDecision, FamilyBenefitReportQuery } from '../family-benefits/application.ts';
import { polishIban } from '../payments/schemas.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';
import { WageNoticeUsed } from './average-wage.ts';

// The application for a dodatek mieszkaniowy (wniosek, with the declaration of income and the
// zarządca's statement of the flat's area and expenses), its decision and the API's answers.

const grosze = z.number().int().min(0).max(100_000_000);

/** Art. 2 udm: the legal title to the flat (the first condition), as declared. */
export const LEGAL_TITLES = ['tenancy', 'cooperative', 'ownership', 'other'] as const;

/** The building manager (zarządca) the allowance is paid to (art. 7 ust. 6 udm [M: the paragraph]). */
export const BuildingManager = z.object({
  name: trimmed(140),
  address: trimmed(300),
  iban: polishIban,
});

export const CreateHousingAllowanceApplication = z
  .object({
    householdId: z.uuid(),
    applicantId: z.uuid(),
    submittedOn: isoDate,
    /** The persons of the gospodarstwo domowe living in the flat. */
    members: z
      .array(z.object({ personId: z.uuid() }))
      .min(1)
      .max(30),
    /** The household's income in each of the three months before the month of filing (grosze). */
    incomes: z.tuple([grosze, grosze, grosze]),
    /** Powierzchnia użytkowa in m², as the manager states it. */
    flatArea: z.number().gt(0, 'validation.housing.areaPositive').max(1_000),
    wheelchairUser: z.boolean().default(false),
    /** The flat's monthly expenses that count (art. 6 ust. 7 udm [M]); grosze. */
    monthlyExpenses: z.number().int().min(1, 'validation.housing.expensesPositive').max(100_000_000),
    legalTitle: z.enum(LEGAL_TITLES),
    /** A contract for electricity at the flat (art. 5c ust. 1 Prawa energetycznego): the dodatek energetyczny. */
    electricityContract: z.boolean().default(false),
    manager: BuildingManager,
  })
  .superRefine((a, ctx) => {
    if (!a.members.some((m) => m.personId === a.applicantId))
      ctx.addIssue({
        code: 'custom',
        path: ['applicantId'],
        message: 'validation.familyBenefits.applicantMember',
      });
    const ids = a.members.map((m) => m.personId);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'personId'],
          message: 'validation.housing.duplicateMember',
        });
    });
  });
export type CreateHousingAllowanceApplication = z.input<typeof CreateHousingAllowanceApplication>;

/** The decision: grant (the allowance to the manager; the dodatek energetyczny paid as chosen) or refuse. */
export const DecideHousingAllowance = z
  .object({
    outcome: z.enum(['grant', 'refuse']),
    decidedOn: isoDate,
    energyPaymentMethod: z.enum(PAYMENT_METHODS).default('cashDesk'),
    energyIban: optionalText(34),
    refusalReason: optionalText(4000),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'refuse' && !d.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: 'validation.required' });
  });
export type DecideHousingAllowance = z.input<typeof DecideHousingAllowance>;

export const HOUSING_STATUSES = ['complete', 'decided'] as const;

export const HousingAllowanceSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  applicantId: z.uuid(),
  applicantName: z.string(),
  submittedOn: isoDate,
  status: z.enum(HOUSING_STATUSES),
  managerName: z.string(),
  /** The allowance a month as computed on the application (grosze). */
  amount: z.number().int(),
});
export type HousingAllowanceSummary = z.input<typeof HousingAllowanceSummary>;
export const HousingAllowancePage = cursorPage(HousingAllowanceSummary);
export type HousingAllowancePage = z.input<typeof HousingAllowancePage>;
export const HousingAllowanceQuery = pageQuery(100, 50);

export const HousingCalculation = z.object({
  eligible: z.boolean(),
  averageWage: z.number().int(),
  incomeLimit: z.number().int(),
  monthlyIncome: z.number().int(),
  incomePerPerson: z.number().int(),
  normativeArea: z.number(),
  maxArea: z.number(),
  expensesOnNormativeArea: z.number().int(),
  ownShare: z.number().int(),
  floor: z.number().int(),
  amount: z.number().int(),
  energyAmount: z.number().int(),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});

export const HousingAllowanceApplication = HousingAllowanceSummary.extend({
  householdId: z.uuid(),
  members: z.array(z.object({ personId: z.uuid(), name: z.string() })),
  incomes: z.array(z.number().int()),
  flatArea: z.number(),
  wheelchairUser: z.boolean(),
  monthlyExpenses: z.number().int(),
  legalTitle: z.enum(LEGAL_TITLES),
  electricityContract: z.boolean(),
  manager: z.object({ name: z.string(), address: z.string(), iban: z.string() }),
  calculation: HousingCalculation,
  /** The notice of the Prezes GUS the calculation used; `missing` lists the quarters not yet entered (empty once decided). */
  wageNotice: WageNoticeUsed,
  /** The decision on the dodatek mieszkaniowy, and the one on the dodatek energetyczny issued with it. */
  decision: FamilyBenefitDecision.nullable(),
  energyDecision: FamilyBenefitDecision.nullable(),
});
export type HousingAllowanceApplication = z.input<typeof HousingAllowanceApplication>;

export const HousingReportQuery = FamilyBenefitReportQuery;

/** The figures of the strategy report: households, months paid and amounts from the granted decisions. */
export const HousingAllowanceReport = z.object({
  from: z.string(),
  to: z.string(),
  households: z.number().int(),
  months: z.number().int(),
  amount: z.number().int(),
  energyHouseholds: z.number().int(),
  energyAmount: z.number().int(),
});
export type HousingAllowanceReport = z.input<typeof HousingAllowanceReport>;
