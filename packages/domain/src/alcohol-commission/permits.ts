import { z } from 'zod';
import { listPage, pageQuery } from '../shared/list.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Sale permits (zezwolenia na sprzedaż napojów alkoholowych): the council's limits and distance
// rules as data, the shops, the commission's opinion on an application (art. 18 ust. 3a of the act
// on upbringing in sobriety), inspections of sale points with their protocol, and sellers' training.

/** A: up to 4.5 % and beer; B: 4.5–18 % (except beer); C: over 18 % (art. 18 ust. 3). */
export const PERMIT_KINDS = ['A', 'B', 'C'] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];
/** Sale for consumption on the premises (a bar) or off them (a shop): the council limits each apart. */
export const PREMISES = ['on', 'off'] as const;
export type Premises = (typeof PREMISES)[number];

const count = z.number().int().min(0).max(100_000);

/** The council's resolution (art. 12 ust. 1 and 3): limits per kind and premises, the distance rule. */
export const AddPermitRules = z.object({
  validFrom: isoDate,
  resolution: trimmed(300),
  limits: z.object({
    on: z.object({ A: count, B: count, C: count }),
    off: z.object({ A: count, B: count, C: count }),
  }),
  /** Least distance (metres) of a sale point from schools, churches and the like. */
  minDistanceM: z.number().int().min(0).max(10_000),
});
export type AddPermitRules = z.input<typeof AddPermitRules>;
export const PermitRules = AddPermitRules.extend({ id: z.string() });
export type PermitRules = z.input<typeof PermitRules>;
export const PermitRulesList = listPage(PermitRules);
export type PermitRulesList = z.input<typeof PermitRulesList>;

export const AddShop = z.object({
  name: trimmed(200),
  operator: trimmed(200),
  /** The operator's tax number, ten digits. */
  nip: z.string().regex(/^\d{10}$/, 'validation.alcohol.nip'),
  address: trimmed(300),
});
export type AddShop = z.input<typeof AddShop>;

export const OPINIONS = ['positive', 'negative'] as const;
export const AddPermitOpinion = z
  .object({
    appliedOn: isoDate,
    /** Permit number the mayor's office gave the application. */
    applicationNumber: trimmed(60),
    kinds: z.array(z.enum(PERMIT_KINDS)).min(1).max(3),
    premises: z.enum(PREMISES),
    /** The period applied for; the limit counts permits whose period covers its first day. */
    validFrom: isoDate,
    validTo: isoDate,
    /** Measured distance (metres) to the nearest protected object. */
    distanceM: z.number().int().min(0).max(100_000),
    opinionOn: isoDate,
    opinion: z.enum(OPINIONS),
    reason: optionalText(2000),
  })
  .superRefine((o, ctx) => {
    if (o.validTo < o.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.alcohol.termEndsBeforeStart' });
    if (o.opinionOn < o.appliedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['opinionOn'],
        message: 'validation.alcohol.opinionBeforeApplication',
      });
  });
export type AddPermitOpinion = z.input<typeof AddPermitOpinion>;

export const INSPECTION_RESULTS = ['compliant', 'irregularities'] as const;
export const AddInspection = z
  .object({
    on: isoDate,
    inspectors: trimmed(300),
    /** What was checked and found, as the protocol says. */
    findings: trimmed(4000),
    result: z.enum(INSPECTION_RESULTS),
    recommendations: optionalText(2000),
  })
  .superRefine((i, ctx) => {
    if (i.result === 'irregularities' && !i.recommendations)
      ctx.addIssue({
        code: 'custom',
        path: ['recommendations'],
        message: 'validation.alcohol.recommendations',
      });
  });
export type AddInspection = z.input<typeof AddInspection>;

export const AddSellerTraining = z.object({
  on: isoDate,
  topic: trimmed(300),
  participants: z.number().int().min(1).max(500),
});
export type AddSellerTraining = z.input<typeof AddSellerTraining>;

export const OpinionListQuery = pageQuery(200, 100).extend({
  year: z.coerce.number().int().min(2000).max(2100),
});

// Answers.
export const LimitCheck = z.object({
  kind: z.enum(PERMIT_KINDS),
  limit: z.number().int().nullable(),
  inForce: z.number().int(),
  within: z.boolean(),
});
export const PermitOpinion = z.object({
  id: z.string(),
  shop: z.object({ id: z.string(), name: z.string(), address: z.string() }),
  appliedOn: z.string(),
  applicationNumber: z.string(),
  kinds: z.array(z.enum(PERMIT_KINDS)),
  premises: z.enum(PREMISES),
  validFrom: z.string(),
  validTo: z.string(),
  distanceM: z.number().int(),
  /** The distance rule held on the opinion's day; null when the council had set none. */
  minDistanceM: z.number().int().nullable(),
  limits: z.array(LimitCheck),
  opinionOn: z.string(),
  opinion: z.enum(OPINIONS),
  reason: z.string().nullable(),
});
export type PermitOpinion = z.input<typeof PermitOpinion>;
export const PermitOpinionPage = listPage(PermitOpinion).extend({
  totals: z.object({ positive: z.number().int(), negative: z.number().int() }),
});
export type PermitOpinionPage = z.input<typeof PermitOpinionPage>;

export const Inspection = z.object({
  id: z.string(),
  on: z.string(),
  inspectors: z.string(),
  findings: z.string(),
  result: z.enum(INSPECTION_RESULTS),
  recommendations: z.string().nullable(),
});
export const SellerTraining = z.object({
  id: z.string(),
  on: z.string(),
  topic: z.string(),
  participants: z.number().int(),
});
export const ShopSummary = z.object({
  id: z.string(),
  name: z.string(),
  operator: z.string(),
  nip: z.string(),
  address: z.string(),
  lastOpinionOn: z.string().nullable(),
  lastInspectionOn: z.string().nullable(),
});
export type ShopSummary = z.input<typeof ShopSummary>;
export const ShopList = listPage(ShopSummary);
export type ShopList = z.input<typeof ShopList>;
export const Shop = ShopSummary.extend({
  opinions: z.array(PermitOpinion),
  inspections: z.array(Inspection),
  trainings: z.array(SellerTraining),
});
export type Shop = z.input<typeof Shop>;
