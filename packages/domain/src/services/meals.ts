import { z } from 'zod';
import { PAYMENT_METHODS } from '../applications/decision.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';
import { ExplanationStepSchema } from './care-service.ts';

// "Posiłek w szkole i w domu" (mealsProgramme): the requests and answers of the API.

/** The forms of help of the programme: a meal, a zasiłek celowy for a meal or food, food in kind. */
export const MEAL_FORMS = ['meal', 'zasilekCelowy', 'foodInKind'] as const;
export type MealForm = (typeof MEAL_FORMS)[number];
/** Where the meal is eaten: at school (or kindergarten), delivered home, in a canteen (bar). */
export const MEAL_PLACES = ['school', 'home', 'canteen'] as const;
export type MealPlace = (typeof MEAL_PLACES)[number];

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

/** The school (or the canteen, the caterer delivering home) that serves the meals and invoices them. */
export const MealProviderInput = z.strictObject({
  name: trimmed(200),
  place: z.enum(MEAL_PLACES),
  address: optionalText(300),
});
export type MealProviderInput = z.input<typeof MealProviderInput>;

export const MealProvider = z.object({
  id: z.uuid(),
  name: z.string(),
  place: z.enum(MEAL_PLACES),
  address: z.string().nullable(),
});
export type MealProvider = z.input<typeof MealProvider>;
export const MealProviderPage = cursorPage(MealProvider);
export type MealProviderPage = z.input<typeof MealProviderPage>;
export const MealsQuery = pageQuery(100, 50);

const grosze = z.number().int('validation.meals.wholeGrosze').positive('validation.meals.amountPositive');

/** A decision under the programme on an application with a home visit (art. 106 ups). */
export const DecideMealAid = z
  .strictObject({
    applicationId: z.uuid(),
    personId: z.uuid(),
    form: z.enum(MEAL_FORMS),
    /** For a meal: the school, canteen or caterer that serves it. */
    providerId: z.uuid().nullable().default(null),
    periodFrom: isoDate,
    periodTo: isoDate,
    /** The zasiłek celowy, or the value of the food in kind, in grosze. */
    amountGrosze: grosze.nullable().default(null),
    /** A zasiłek celowy is paid in the monthly runs: at the cash desk, or by transfer to `iban`. */
    paymentMethod: z.enum(PAYMENT_METHODS).default('cashDesk'),
    iban: optionalText(34),
    decidedOn: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.form === 'zasilekCelowy' && d.paymentMethod === 'transfer' && !d.iban)
      ctx.addIssue({ code: 'custom', path: ['iban'], message: 'validation.required' });
    if (d.periodTo < d.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.services.periodToBeforeFrom' });
    if (d.form === 'meal' && !d.providerId)
      ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'validation.required' });
    if (d.form !== 'meal' && d.amountGrosze === null)
      ctx.addIssue({ code: 'custom', path: ['amountGrosze'], message: 'validation.required' });
  });
export type DecideMealAid = z.input<typeof DecideMealAid>;

export const MealAid = z.object({
  id: z.uuid(),
  number: z.string(),
  applicationId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  form: z.enum(MEAL_FORMS),
  providerId: z.uuid().nullable(),
  providerName: z.string().nullable(),
  place: z.enum(MEAL_PLACES).nullable(),
  periodFrom: isoDate,
  periodTo: isoDate,
  amountGrosze: z.number().int().nullable(),
  /** How a zasiłek celowy is paid (null for a meal or food in kind). */
  paymentMethod: z.enum(PAYMENT_METHODS).nullable(),
  /** The programme's criterion the income was measured against (per person, or the single person's). */
  criterionPercent: z.number().int(),
  criterionGrosze: z.number().int(),
  steps: z.array(ExplanationStepSchema),
  decidedOn: isoDate,
});
export type MealAid = z.input<typeof MealAid>;
export const MealAidPage = cursorPage(MealAid.omit({ steps: true }));
export type MealAidPage = z.input<typeof MealAidPage>;

/** A pupil (or other person) on a provider's monthly list: fed by a decision or by the exception. */
export const MealListEntryInput = z.strictObject({
  personId: z.uuid(),
  meals: z.number().int().min(1, 'validation.meals.mealsMin').max(31, 'validation.meals.mealsMax'),
  /** Fed at the headteacher's request without a home visit or a decision (the programme's exception). */
  exception: z.boolean().default(false),
});

/** The provider's list for a month and the cost per meal from its invoice. */
export const MealListInput = z
  .strictObject({
    costPerMealGrosze: grosze,
    invoiceNumber: trimmed(60),
    entries: z.array(MealListEntryInput).max(2000),
  })
  .superRefine((l, ctx) => {
    const seen = new Set<string>();
    l.entries.forEach((e, i) => {
      if (seen.has(e.personId))
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'personId'],
          message: 'validation.services.duplicate',
        });
      seen.add(e.personId);
    });
  });
export type MealListInput = z.input<typeof MealListInput>;

export const MealListParams = z.object({ id: z.uuid(), month });

export const MealList = z.object({
  providerId: z.uuid(),
  providerName: z.string(),
  place: z.enum(MEAL_PLACES),
  month: z.string(),
  /** Null until the list of the month is entered. */
  costPerMealGrosze: z.number().int().nullable(),
  invoiceNumber: z.string().nullable(),
  entries: z.array(
    z.object({
      personId: z.uuid(),
      firstName: z.string(),
      surname: z.string(),
      meals: z.number().int(),
      exception: z.boolean(),
      costGrosze: z.number().int(),
    }),
  ),
  /** Persons whose decision grants them a meal at this provider in the month: the list's usual rows. */
  decided: z.array(z.object({ personId: z.uuid(), firstName: z.string(), surname: z.string() })),
  meals: z.number().int(),
  costGrosze: z.number().int(),
  /** The gmina's exception cap for the month: children fed the month before, the %, how many, how many used. */
  cap: z.object({
    fedPreviousMonth: z.number().int(),
    percent: z.number().int(),
    allowed: z.number().int(),
    used: z.number().int(),
  }),
});
export type MealList = z.input<typeof MealList>;

export const MEAL_REPORT_LINES = [
  'mealSchool',
  'mealHome',
  'mealCanteen',
  'zasilekCelowy',
  'foodInKind',
] as const;
export type MealReportLine = (typeof MEAL_REPORT_LINES)[number];

export const MealsReportQuery = z.object({ year: z.coerce.number().int().min(2019).max(2100) });

/** The programme's yearly report for the voivode: persons, meals and cost by form of help. */
export const MealsReport = z.object({
  year: z.number().int(),
  lines: z.array(
    z.object({
      line: z.enum(MEAL_REPORT_LINES),
      persons: z.number().int(),
      meals: z.number().int(),
      costGrosze: z.number().int(),
    }),
  ),
  /** Distinct persons helped in any form, and pupils fed by the headteacher's exception. */
  persons: z.number().int(),
  exceptionPupils: z.number().int(),
  meals: z.number().int(),
  costGrosze: z.number().int(),
});
export type MealsReport = z.input<typeof MealsReport>;
