import { z } from 'zod';

/** Settings of the centre the administrator edits: the centre's practice, not law [M]. */
export const CentreSettings = z.object({
  /** Four-eyes approval: a decision drafted by one clerk is approved and signed by another authorised person. */
  fourEyesDecisions: z.boolean(),
});
export type CentreSettings = z.infer<typeof CentreSettings>;

/** Where a setting is stored, and its value until the administrator changes it. */
export const CENTRE_SETTING_KEYS: Record<keyof CentreSettings, { key: string; default: unknown }> = {
  fourEyesDecisions: { key: 'decisions.fourEyes', default: true },
};
