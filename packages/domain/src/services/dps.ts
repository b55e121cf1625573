import { z } from 'zod';
import { dps } from '../i18n/dps.ts';
import { registerMessages } from '../i18n/index.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';
import { ExplanationStepSchema } from './care-service.ts';
import { DPS_RELATIONS, RESIDENT_MAX_PCT } from './dps-fee.ts';

// Whoever renders the fee's steps needs their messages.
registerMessages(dps);

// Domy pomocy społecznej (art. 54–61, 64, 64a ups): the register of homes, the referral file, the
// two decisions (referring, setting the fee), the waiting list and the gmina's monthly cost.

/** Types of homes (art. 56 ups). */
export const DPS_KINDS = [
  'elderly',
  'chronicSomatic',
  'chronicMental',
  'intellectualAdults',
  'intellectualChildren',
  'physicalDisability',
  'addicted',
] as const;

export const DPS_DOCUMENT_KINDS = ['consent', 'medical', 'psychological', 'other'] as const;
/** Art. 64 ups: on request, partly or wholly; art. 64a ups: wholly, when its grounds are proven. */
export const DPS_EXEMPTIONS = ['art64', 'art64a'] as const;
export const DPS_STATUSES = ['file', 'waiting', 'resident'] as const;

const grosze = z.number().int().min(0).max(100_000_000);

/** The average monthly cost a starosta published for a home, from a day [M]. */
export const DpsHomeCostInput = z.strictObject({
  validFrom: isoDate,
  monthlyCostGrosze: z.number().int().positive().max(10_000_000),
  publishedOn: isoDate,
  source: trimmed(300),
});
export type DpsHomeCostInput = z.input<typeof DpsHomeCostInput>;

export const DpsHomeInput = z.strictObject({
  name: trimmed(200),
  powiat: trimmed(120),
  kind: z.enum(DPS_KINDS),
  address: optionalText(300),
  /** Places in the home; null when not known. */
  places: z.number().int().min(1).max(5000).nullable().default(null),
  cost: DpsHomeCostInput,
});
export type DpsHomeInput = z.input<typeof DpsHomeInput>;

export const DpsHomeCost = z.object({
  validFrom: isoDate,
  monthlyCostGrosze: z.number().int(),
  publishedOn: isoDate,
  source: z.string(),
});
export const DpsHome = z.object({
  id: z.uuid(),
  name: z.string(),
  powiat: z.string(),
  kind: z.enum(DPS_KINDS),
  address: z.string().nullable(),
  places: z.number().int().nullable(),
  /** Newest first. */
  costs: z.array(DpsHomeCost),
});
export type DpsHome = z.input<typeof DpsHome>;
export const DpsHomePage = cursorPage(DpsHome);
export type DpsHomePage = z.input<typeof DpsHomePage>;
export const DpsQuery = pageQuery(200, 100);

export const CreateDpsReferral = z.strictObject({
  /** The application whose home visit the referral rests on. */
  applicationId: z.uuid(),
  personId: z.uuid(),
  homeId: z.uuid(),
  /** The written consent of the person or their representative (art. 54 ust. 1 ups). */
  consentOn: isoDate,
});
export type CreateDpsReferral = z.input<typeof CreateDpsReferral>;

export const DpsDecisionDate = z.strictObject({ decidedOn: isoDate });
export const DpsAdmission = z.strictObject({ admittedOn: isoDate });

/** A scanned document, base64; the type is proven by its first bytes, not its name. */
export const DpsDocumentInput = z.strictObject({
  kind: z.enum(DPS_DOCUMENT_KINDS),
  fileName: trimmed(200),
  dataBase64: z
    .string()
    .min(4, 'validation.file.empty')
    .max(900_000, 'validation.file.partTooLarge')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.file.base64'),
});
export type DpsDocumentInput = z.input<typeof DpsDocumentInput>;

export const DpsRelativeInput = z
  .strictObject({
    name: trimmed(200),
    relation: z.enum(DPS_RELATIONS),
    /** The relative's household income a month (art. 8) and its persons. */
    incomeGrosze: grosze,
    size: z.number().int().min(1).max(30),
    /** The amount in the agreement (art. 103 ust. 2 ups); 0 when none was signed. */
    agreedGrosze: grosze,
    agreementOn: isoDate.nullable().default(null),
    exemption: z
      .strictObject({ article: z.enum(DPS_EXEMPTIONS), pct: z.number().int().min(1).max(100) })
      .nullable()
      .default(null),
  })
  .superRefine((r, ctx) => {
    if (r.agreedGrosze > 0 && !r.agreementOn)
      ctx.addIssue({ code: 'custom', path: ['agreementOn'], message: 'validation.required' });
    if (r.exemption?.article === 'art64a' && r.exemption.pct !== 100)
      ctx.addIssue({ code: 'custom', path: ['exemption', 'pct'], message: 'validation.dps.art64aWhole' });
  });

export const DpsFeeInput = z.strictObject({
  decidedOn: isoDate,
  /** The resident's own income a month (art. 8 ups), grosze. */
  residentIncomeGrosze: grosze,
  /** The share of that income the resident pays: at most 70 % (art. 61 ust. 1 pkt 1 ups). */
  residentPct: z
    .number()
    .int()
    .min(0)
    .max(RESIDENT_MAX_PCT, 'validation.dps.residentPctMax')
    .default(RESIDENT_MAX_PCT),
  relatives: z.array(DpsRelativeInput).max(20).default([]),
});
export type DpsFeeInput = z.input<typeof DpsFeeInput>;

export const DpsPaymentSchema = z.object({
  payer: z.enum(['resident', 'relative', 'gmina']),
  /** Index into the decision's relatives for a relative's payment. */
  relativeIndex: z.number().int().nullable(),
  name: z.string().nullable(),
  amount: z.number().int(),
  article: z.string(),
});

export const DpsFee = z.object({
  number: z.string(),
  decidedOn: isoDate,
  monthlyCostGrosze: z.number().int(),
  costValidFrom: isoDate,
  residentIncomeGrosze: z.number().int(),
  residentPct: z.number().int(),
  residentGrosze: z.number().int(),
  relativesGrosze: z.number().int(),
  gminaGrosze: z.number().int(),
  relatives: z.array(
    z.object({
      name: z.string(),
      relation: z.enum(DPS_RELATIONS),
      incomeGrosze: z.number().int(),
      size: z.number().int(),
      agreedGrosze: z.number().int(),
      agreementOn: isoDate.nullable(),
      exemption: z.object({ article: z.enum(DPS_EXEMPTIONS), pct: z.number().int() }).nullable(),
    }),
  ),
  payments: z.array(DpsPaymentSchema),
  steps: z.array(ExplanationStepSchema),
});

export const DpsReferralSummary = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  homeName: z.string(),
  status: z.enum(DPS_STATUSES),
  consentOn: isoDate,
  referralNumber: z.string().nullable(),
  referredOn: isoDate.nullable(),
  admittedOn: isoDate.nullable(),
  gminaGrosze: z.number().int().nullable(),
});
export type DpsReferralSummary = z.input<typeof DpsReferralSummary>;
export const DpsReferralPage = cursorPage(DpsReferralSummary);
export type DpsReferralPage = z.input<typeof DpsReferralPage>;

export const DpsDocument = z.object({
  id: z.uuid(),
  kind: z.enum(DPS_DOCUMENT_KINDS),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedOn: isoDate,
});

export const DpsReferral = DpsReferralSummary.extend({
  applicationId: z.uuid(),
  applicationNumber: z.string(),
  wywiadVisitedOn: isoDate,
  home: DpsHome.omit({ costs: true }),
  documents: z.array(DpsDocument),
  fee: DpsFee.nullable(),
  /** Place on the waiting list (1 = first) while waiting; null otherwise. */
  waitingPlace: z.number().int().nullable(),
});
export type DpsReferral = z.input<typeof DpsReferral>;

/** Referred persons not yet admitted, by the date of the decision referring. */
export const DpsWaitingItem = DpsReferralSummary.extend({ place: z.number().int() });
export const DpsWaitingList = cursorPage(DpsWaitingItem);
export type DpsWaitingList = z.input<typeof DpsWaitingList>;

export const DpsCostQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.dps.month'),
});
export const DpsCostReport = z.object({
  month: z.string(),
  items: z.array(
    z.object({
      referralId: z.uuid(),
      personId: z.uuid(),
      firstName: z.string(),
      surname: z.string(),
      homeName: z.string(),
      admittedOn: isoDate,
      monthlyGminaGrosze: z.number().int(),
      gminaGrosze: z.number().int(),
    }),
  ),
  totalGrosze: z.number().int(),
  nextCursor: z.null(),
});
export type DpsCostReport = z.input<typeof DpsCostReport>;

/** Referral candidates: applications with a home visit, the person to refer. */
export const DpsCandidatePage = cursorPage(
  z.object({
    applicationId: z.uuid(),
    applicationNumber: z.string(),
    personId: z.uuid(),
    firstName: z.string(),
    surname: z.string(),
    visitedOn: isoDate,
  }),
);
export type DpsCandidatePage = z.input<typeof DpsCandidatePage>;
