import { z } from 'zod';
import { APPLICATION_BENEFITS } from '../benefits/benefit-kinds.ts';
import { pageQuery } from '../shared/list.ts';
import { isoDate, optionalText } from '../shared/validation.ts';
import { HELP_REASONS } from './help-reasons.ts';
import { APPLICATION_STATUSES } from './workflow.ts';

/** Art. 102 ups: on request in person, in writing, by phone or electronically — or z urzędu. */
export const CHANNELS = ['inPerson', 'post', 'phone', 'electronic', 'exOfficio'] as const;
export type Channel = (typeof CHANNELS)[number];

export { APPLICATION_BENEFITS, type ApplicationBenefit } from '../benefits/benefit-kinds.ts';

export const CreateApplication = z.object({
  householdId: z.uuid(),
  applicantId: z.uuid(),
  channel: z.enum(CHANNELS),
  submittedOn: isoDate,
  benefits: z.array(z.enum(APPLICATION_BENEFITS)).min(1, 'validation.benefits.required'),
  helpReasons: z.array(z.enum(HELP_REASONS)).min(1, 'validation.helpReasons.required'),
  /** Pilna interwencja: the home visit is due within 2 working days instead of 14. */
  urgent: z.boolean().default(false),
  description: optionalText(2000),
});
export type CreateApplication = z.input<typeof CreateApplication>;

/** The queue's filters (GET /api/v1/applications): a status, the worker's own, one household; paged. */
export const ApplicationListQuery = z
  .object({
    status: z.enum(APPLICATION_STATUSES).optional(),
    mine: z.enum(['true', 'false']).optional(),
    householdId: z.uuid().optional(),
  })
  .extend(pageQuery(200, 50).shape);
export type ApplicationListQuery = z.input<typeof ApplicationListQuery>;
