import { z } from 'zod';
import { ExplanationStepSchema } from '../services/care-service.ts';
import { bandProblems, FeeBand } from '../services/fee-table.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { checkInForceAfterAdoption, isoDate, trimmed } from '../shared/validation.ts';

// Shelter for the homeless (art. 48a ups): the register of places, the council's fee resolutions
// and the referrals (a decision where the act requires one). The requests and answers of the API.

/**
 * Art. 48a ust. 2–6 ups: schronisko dla osób bezdomnych, schronisko z usługami opiekuńczymi,
 * noclegownia, ogrzewalnia.
 */
export const SHELTER_KINDS = ['shelter', 'shelterWithCare', 'nightShelter', 'heatedRoom'] as const;
export type ShelterKind = (typeof SHELTER_KINDS)[number];

export const ShelterInput = z.strictObject({
  name: trimmed(200),
  kind: z.enum(SHELTER_KINDS),
  address: trimmed(300),
  /** Places (beds, or seats in a heated room) the shelter offers to the gmina. */
  places: z.number().int().min(1, 'validation.shelters.placesMin').max(2000),
});
export type ShelterInput = z.input<typeof ShelterInput>;

export const Shelter = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(SHELTER_KINDS),
  address: z.string(),
  places: z.number().int(),
  /** Referrals whose period includes today. */
  occupiedToday: z.number().int(),
});
export type Shelter = z.input<typeof Shelter>;
export const ShelterPage = cursorPage(Shelter);
export type ShelterPage = z.input<typeof ShelterPage>;
export const ShelterQuery = pageQuery(200, 100);

/** The council's resolution on fees for a kind of shelter (art. 97 ust. 5 ups), valid from a date [M]. */
export const ShelterFeeResolutionInput = z
  .strictObject({
    number: trimmed(120),
    adoptedOn: isoDate,
    validFrom: isoDate,
    kind: z.enum(SHELTER_KINDS),
    /** The cost of one day (night) in this kind of shelter, grosze. */
    dailyCostGrosze: z.number().int().min(1).max(100_000_00),
    bands: z.array(FeeBand).min(1, 'validation.services.bandsRequired').max(40),
  })
  .superRefine((r, ctx) => {
    checkInForceAfterAdoption(r, ctx);
    for (const issue of bandProblems(r.bands)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type ShelterFeeResolutionInput = z.input<typeof ShelterFeeResolutionInput>;

export const ShelterFeeResolution = z.object({
  id: z.uuid(),
  number: z.string(),
  adoptedOn: isoDate,
  validFrom: isoDate,
  kind: z.enum(SHELTER_KINDS),
  dailyCostGrosze: z.number().int(),
  bands: z.array(FeeBand),
});
export type ShelterFeeResolution = z.input<typeof ShelterFeeResolution>;
export const ShelterFeeResolutionPage = cursorPage(ShelterFeeResolution);
export type ShelterFeeResolutionPage = z.input<typeof ShelterFeeResolutionPage>;

export const CreateShelterReferral = z
  .strictObject({
    personId: z.uuid(),
    shelterId: z.uuid(),
    /** The application whose home visit gives the income; required for a decision or a fee. */
    applicationId: z.uuid().nullable().default(null),
    periodFrom: isoDate,
    periodTo: isoDate,
    decidedOn: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.periodTo < d.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.services.periodToBeforeFrom' });
  });
export type CreateShelterReferral = z.input<typeof CreateShelterReferral>;

export const ShelterReferral = z.object({
  id: z.uuid(),
  /** The decision's number; null for a night shelter or heated room (no decision, art. 106 ust. 2). */
  number: z.string().nullable(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  shelterId: z.uuid(),
  shelterName: z.string(),
  shelterKind: z.enum(SHELTER_KINDS),
  applicationId: z.uuid().nullable(),
  periodFrom: isoDate,
  periodTo: isoDate,
  days: z.number().int(),
  decidedOn: isoDate,
  resolutionNumber: z.string().nullable(),
  dailyFeeGrosze: z.number().int(),
  totalFeeGrosze: z.number().int(),
  steps: z.array(ExplanationStepSchema),
});
export type ShelterReferral = z.input<typeof ShelterReferral>;
export const ShelterReferralPage = cursorPage(ShelterReferral);
export type ShelterReferralPage = z.input<typeof ShelterReferralPage>;
export const ShelterReferralQuery = z
  .object({ personId: z.uuid().optional() })
  .extend(pageQuery(100, 50).shape);
