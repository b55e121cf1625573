import { z } from 'zod';
import { LOCAL_RESOLUTION_KINDS } from './local-resolutions.ts';

// Responses of the benefits module (what the API sends), beside its request schemas.

const grosze = z.number().int();

export const LegalParameterPeriodResponse = z.object({
  validFrom: z.string(),
  criterionSingle: grosze,
  criterionPerPerson: grosze,
  zasilekStalyMax: grosze,
  zasilekStalyMin: grosze,
  zasilekStalyPercent: z.number(),
  zasilekOkresowyMinPercent: z.number(),
  zasilekOkresowyMinAmount: grosze,
  zasilekOkresowySingleMax: grosze.nullable(),
  farmHectareIncome: grosze,
  legalBasis: z.string(),
});
export const LegalParameterList = z.object({ items: z.array(LegalParameterPeriodResponse) });
export type LegalParameterList = z.input<typeof LegalParameterList>;

export const LocalResolutionResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  adoptedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  kind: z.enum(LOCAL_RESOLUTION_KINDS),
  percent: z.number(),
  programme: z.string().nullable(),
  title: z.string(),
});
export const LocalResolutionList = z.object({ items: z.array(LocalResolutionResponse) });
export type LocalResolutionList = z.input<typeof LocalResolutionList>;

/** The public calculator's answer, its steps rendered in the asker's language. */
export const CalculatorAnswer = z.object({
  eligible: z.boolean(),
  amount: grosze,
  criterion: grosze,
  incomePerPerson: grosze,
  maximumAmount: grosze.nullable().optional(),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});
export type CalculatorAnswer = z.input<typeof CalculatorAnswer>;
