import { z } from 'zod';
import { isoDate } from '../shared/validation.ts';

// What the benefits clerk keeps an eye on besides deciding: the calls to complete whose 14 days
// run (her home page), and the day an application of a family living partly abroad went to the
// voivode (EU coordination).

/** The day the clerk sent the application to the voivode; never before filing, never in the future. */
export const RecordForwarding = z.object({ forwardedOn: isoDate });
export type RecordForwarding = z.input<typeof RecordForwarding>;

/** Incomplete applications by the day their call to complete runs out, nearest first. */
export const FamilyBenefitDeadlines = z.object({
  items: z.array(
    z.object({
      applicationId: z.uuid(),
      number: z.string(),
      applicantName: z.string(),
      dueOn: isoDate,
      overdue: z.boolean(),
    }),
  ),
});
export type FamilyBenefitDeadlines = z.input<typeof FamilyBenefitDeadlines>;
