import { z } from 'zod';
import { isoDate } from '../shared/validation.ts';

/**
 * What a city council resolution (uchwała rady gminy) may change:
 * - `zasilekOkresowyMinPercent`: art. 38 ust. 6, a higher minimum share of the gap (50% → up to 100%);
 * - `programmeCriterionPercent`: art. 8 ust. 2, a higher criterion for a programme (e.g. 200% for
 *   "Posiłek w szkole i w domu"), named in `programme`.
 */
export const LOCAL_RESOLUTION_KINDS = ['zasilekOkresowyMinPercent', 'programmeCriterionPercent'] as const;
export type LocalResolutionKind = (typeof LOCAL_RESOLUTION_KINDS)[number];

export interface LocalResolution {
  /** e.g. "XXXVI/285/2013". */
  number: string;
  adoptedOn: string;
  validFrom: string;
  /** Last day in force; null = until repealed. */
  validTo: string | null;
  kind: LocalResolutionKind;
  percent: number;
  programme: string | null;
  title: string;
}

export const LocalResolutionInput = z
  .object({
    number: z.string().trim().min(1).max(60),
    adoptedOn: isoDate,
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
    kind: z.enum(LOCAL_RESOLUTION_KINDS),
    percent: z.number().int().min(1).max(1000),
    programme: z
      .string()
      .trim()
      .max(200)
      .transform((v) => v || null)
      .nullable()
      .default(null),
    title: z.string().trim().min(1).max(500),
  })
  .superRefine((r, ctx) => {
    if (r.validTo && r.validTo < r.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.benefits.validToBeforeFrom' });
    // The council may raise the minimum, not the maximum: at most the whole gap.
    if (r.kind === 'zasilekOkresowyMinPercent' && (r.percent <= 50 || r.percent > 100))
      ctx.addIssue({ code: 'custom', path: ['percent'], message: 'validation.benefits.okresowyPercent' });
    if (r.kind === 'programmeCriterionPercent') {
      if (!r.programme)
        ctx.addIssue({
          code: 'custom',
          path: ['programme'],
          message: 'validation.benefits.programmeRequired',
        });
      if (r.percent <= 100)
        ctx.addIssue({ code: 'custom', path: ['percent'], message: 'validation.benefits.criterionPercent' });
    }
  });
export type LocalResolutionInput = z.input<typeof LocalResolutionInput>;

/** Resolutions of a kind in force on `date`, the most recent first (a later one supersedes). */
export function resolutionsOn(
  resolutions: readonly LocalResolution[],
  date: string,
  kind: LocalResolutionKind,
): LocalResolution[] {
  return resolutions
    .filter((r) => r.kind === kind && r.validFrom <= date && (r.validTo === null || date <= r.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.adoptedOn.localeCompare(a.adoptedOn));
}

/** The okresowy minimum share raised by the resolution in force on `date`, if any. */
export function okresowyRaiseOn(
  resolutions: readonly LocalResolution[],
  date: string,
): LocalResolution | null {
  return resolutionsOn(resolutions, date, 'zasilekOkresowyMinPercent')[0] ?? null;
}
