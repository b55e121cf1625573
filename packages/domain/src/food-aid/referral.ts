import { z } from 'zod';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Food aid (FEPŻ 2021–2027): the worker's referral (skierowanie) of a person with an art. 7 reason
// and income within the programme's threshold, the partner organisation that hands out the food,
// the month's list for the partner, and the kilograms and parcels it reports back.

export const PartnerInput = z.strictObject({
  name: trimmed(200),
  address: trimmed(300),
  contact: optionalText(200),
});
export type PartnerInput = z.input<typeof PartnerInput>;
export const Partner = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  contact: z.string().nullable(),
});
export type Partner = z.input<typeof Partner>;
export const PartnerPage = cursorPage(Partner);
export type PartnerPage = z.input<typeof PartnerPage>;

export const ReferralInput = z
  .strictObject({
    personId: z.uuid(),
    partnerId: z.uuid(),
    issuedOn: isoDate,
    /** The last day the partner hands out food on this referral (the programme's sub-period). */
    validUntil: isoDate,
    householdSize: z.number().int().min(1).max(30),
    /** Income per person per art. 8 ups, from the latest home visit. */
    incomePerPersonGrosze: z.number().int().min(0).max(100_000_000),
    reasons: z.array(z.enum(HELP_REASONS)).max(15),
  })
  .superRefine((r, ctx) => {
    if (r.validUntil < r.issuedOn)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.foodAid.validBeforeIssued' });
  });
export type ReferralInput = z.input<typeof ReferralInput>;

export const Referral = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  issuedOn: isoDate,
  validUntil: isoDate,
  householdSize: z.number().int(),
  incomePerPersonGrosze: z.number().int(),
  reasons: z.array(z.string()),
  /** The threshold in force on the day of issue, and the limit it gave for this household. */
  thresholdPercent: z.number().int(),
  limitGrosze: z.number().int(),
  issuedBy: z.string(),
});
export type Referral = z.input<typeof Referral>;
export const ReferralPage = cursorPage(Referral);
export type ReferralPage = z.input<typeof ReferralPage>;
export const ReferralQuery = pageQuery(200, 50).extend({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
export type ReferralQuery = z.input<typeof ReferralQuery>;

export const MonthListQuery = z.object({
  partnerId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.foodAid.month'),
});

/** The partner's CSV of what it handed out in a month (the list it received, filled in). */
export const DistributionImport = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.foodAid.month'),
  csv: z.string().min(1).max(2_000_000),
});
export const DistributionImportResult = z.object({
  rows: z.number().int(),
  kilograms: z.number(),
  parcels: z.number().int(),
});
export type DistributionImportResult = z.input<typeof DistributionImportResult>;

export const YearQuery = z.object({ year: z.coerce.number().int().min(2014).max(2100) });
export const FoodAidYear = z.object({
  year: z.number().int(),
  referrals: z.number().int(),
  persons: z.number().int(),
  /** Persons in the referred households: what the programme's beneficiaries count. */
  personsInHouseholds: z.number().int(),
  kilograms: z.number(),
  parcels: z.number().int(),
  partners: z.array(
    z.object({
      partnerId: z.uuid(),
      name: z.string(),
      persons: z.number().int(),
      kilograms: z.number(),
      parcels: z.number().int(),
    }),
  ),
});
export type FoodAidYear = z.input<typeof FoodAidYear>;
