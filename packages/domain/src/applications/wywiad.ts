import { z } from 'zod';
import { MemberIncomeInput } from '../benefits/income.ts';
import { isoDate, optionalText } from '../shared/validation.ts';

const text = optionalText(4000);

/**
 * Rodzinny wywiad środowiskowy (rozp. MRiPS 8.04.2021, Dz.U. 2021 poz. 893), in the parts the
 * decision needs as data: health, housing, income of the reference month, needs, conclusions
 * and the help plan (§ 4). One visit may serve several decisions with different income sets.
 */
export const WywiadInput = z.object({
  visitedOn: isoDate,
  /** The income of the application month is used instead of the month before (art. 8 ust. 3, loss of income). */
  incomeLost: z.boolean().default(false),
  health: text,
  housing: text,
  needs: text,
  conclusions: z.string().trim().min(1).max(4000),
  helpPlan: text,
  farmHectares: z.number().min(0).max(10_000).default(0),
  members: z
    .array(MemberIncomeInput.omit({ name: true }).extend({ personId: z.uuid() }))
    .min(1, 'validation.wywiad.members'),
});
export type WywiadInput = z.input<typeof WywiadInput>;

export const ProposalInput = z
  .object({
    benefit: z.enum(['zasilekStaly', 'zasilekOkresowy', 'zasilekCelowy', 'specjalnyZasilekCelowy']),
    /** Which members count for this decision (its income set); all members of the visit by default. */
    personIds: z.array(z.uuid()).min(1).optional(),
    /** For zasiłek stały: the applicant is unable to work by age or a disability ruling. */
    unableToWork: z.boolean().default(false),
    /** Proposed monthly amount (okresowy: between the minimum and the gap) or the one-off amount (celowy). */
    amount: z.number().int().min(1).max(100_000_000).optional(),
    periodFrom: isoDate,
    periodTo: isoDate,
    purpose: optionalText(300),
    justification: z.string().trim().min(1).max(4000),
  })
  .superRefine((p, ctx) => {
    if (p.periodTo < p.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.range.order' });
  });
export type ProposalInput = z.input<typeof ProposalInput>;
