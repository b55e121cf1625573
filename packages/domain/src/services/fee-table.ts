import { z } from 'zod';
import { listPage } from '../shared/list.ts';
import { checkInForceAfterAdoption, isoDate, trimmed } from '../shared/validation.ts';

// Fee tables of the services the centre delivers (art. 50 ups): the council's resolution and the
// ministerial regulation for persons with mental disorders, kept as data valid from a date.

/** Care services a decision grants and a table prices per hour (art. 50 ups). */
export const CARE_SERVICE_KINDS = [
  'careService',
  'specialistCareService',
  'mentalDisorderCareService',
  'neighbourService',
] as const;
export type CareServiceKind = (typeof CARE_SERVICE_KINDS)[number];
/**
 * Everything a table prices: the care services per hour, the day's stay in a day care home
 * (art. 97 ust. 5 ups: the council's resolution on fees in support centres) per day, and telecare
 * per month (where the council's resolution on care services prices it).
 */
export const SERVICE_KINDS = [...CARE_SERVICE_KINDS, 'dayCareHome', 'telecare'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/**
 * `localResolution`: the rada gminy's uchwała (art. 50 ust. 6 ups) for care, specialist care and
 * neighbour services; `mentalDisordersRegulation`: the minister's rozporządzenie (art. 50 ust. 7
 * ups) for specialist care services for persons with mental disorders; `supportCentreResolution`:
 * the uchwała on fees for a stay in support centres (art. 97 ust. 5 ups), priced per day.
 */
export const FEE_TABLE_KINDS = [
  'localResolution',
  'mentalDisordersRegulation',
  'supportCentreResolution',
] as const;
export type FeeTableKind = (typeof FEE_TABLE_KINDS)[number];

/** The table that prices a kind of service. */
export const tableKindFor = (s: ServiceKind): FeeTableKind =>
  s === 'mentalDisorderCareService'
    ? 'mentalDisordersRegulation'
    : s === 'dayCareHome'
      ? 'supportCentreResolution'
      : 'localResolution';

/**
 * Art. 64 ups grounds for a partial or full exemption ("w szczególności", so the list is open) [M]:
 * paying for another family member in a care home or centre, long illness, disability, a random
 * event, a natural disaster, other grounds the resolution names.
 */
export const EXEMPTION_GROUNDS = [
  'otherFamilyInCare',
  'longIllness',
  'disability',
  'randomEvent',
  'naturalDisaster',
  'other',
] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

const grosze = z.number().int().min(1).max(100_000_00);
/** A percentage given to the hundredth (0.5 %, 7.5 %, 12.25 %). */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, {
    message: 'validation.services.percentHundredths',
  });

export const FeeBand = z.strictObject({
  /** The band starts above this income, in % of the criterion (exclusive). */
  overPct: z.number().int().min(0).max(10_000),
  /** …and ends at this income, in % of the criterion (inclusive); null: no upper end. */
  upToPct: z.number().int().min(1).max(10_000).nullable(),
  /** The fee as % of the hourly cost for a single person (osoba samotnie gospodarująca). */
  singlePct: percent,
  /** …and for a person in a family. */
  familyPct: percent,
});
export type FeeBand = z.output<typeof FeeBand>;

export const HourlyCost = z.strictObject({ serviceKind: z.enum(SERVICE_KINDS), costGrosze: grosze });
export type HourlyCost = z.output<typeof HourlyCost>;

export const ExemptionRule = z.strictObject({
  ground: z.enum(EXEMPTION_GROUNDS),
  /** The most the fee may be lowered on this ground, % of the fee (100 = full exemption). */
  maxPct: z.number().int().min(1).max(100),
});
export type ExemptionRule = z.output<typeof ExemptionRule>;

export const FeeTableInput = z
  .strictObject({
    kind: z.enum(FEE_TABLE_KINDS),
    /** The resolution's or regulation's number, e.g. "XXIV/312/2024" or "Dz.U. 2005 nr 189 poz. 1598". */
    number: trimmed(120),
    adoptedOn: isoDate,
    validFrom: isoDate,
    title: trimmed(500),
    hourlyCosts: z.array(HourlyCost).min(1, 'validation.services.costsRequired').max(SERVICE_KINDS.length),
    bands: z.array(FeeBand).min(1, 'validation.services.bandsRequired').max(40),
    exemptions: z.array(ExemptionRule).max(EXEMPTION_GROUNDS.length).default([]),
  })
  .superRefine((t, ctx) => {
    checkInForceAfterAdoption(t, ctx);
    const kinds = new Set<string>();
    t.hourlyCosts.forEach((c, i) => {
      if (kinds.has(c.serviceKind))
        ctx.addIssue({
          code: 'custom',
          path: ['hourlyCosts', i, 'serviceKind'],
          message: 'validation.services.duplicate',
        });
      kinds.add(c.serviceKind);
    });
    const grounds = new Set<string>();
    t.exemptions.forEach((e, i) => {
      if (grounds.has(e.ground))
        ctx.addIssue({
          code: 'custom',
          path: ['exemptions', i, 'ground'],
          message: 'validation.services.duplicate',
        });
      grounds.add(e.ground);
    });
    for (const issue of bandProblems(t.bands)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type FeeTableInput = z.input<typeof FeeTableInput>;

/**
 * The bands must follow each other without a gap or an overlap, each ending above its start, the
 * last one open-ended: every income then falls in exactly one band (or below the first: free).
 */
export function bandProblems(bands: readonly FeeBand[]): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  bands.forEach((b, i) => {
    if (b.upToPct !== null && b.upToPct <= b.overPct)
      out.push({ path: ['bands', i, 'upToPct'], message: 'validation.services.bandEmpty' });
    const prev = bands[i - 1];
    if (prev && prev.upToPct !== b.overPct)
      out.push({
        path: ['bands', i, 'overPct'],
        message: `validation.services.bandGap?from=${prev.upToPct ?? '∞'}`,
      });
    if (i < bands.length - 1 && b.upToPct === null)
      out.push({ path: ['bands', i, 'upToPct'], message: 'validation.services.bandOpenNotLast' });
  });
  const last = bands.at(-1);
  if (last && last.upToPct !== null)
    out.push({ path: ['bands', bands.length - 1, 'upToPct'], message: 'validation.services.bandLastOpen' });
  return out;
}

/** A stored table: what a fee decision keeps (by id) and prints. Never edited once saved. */
export const FeeTable = z.object({
  id: z.uuid(),
  kind: z.enum(FEE_TABLE_KINDS),
  number: z.string(),
  adoptedOn: isoDate,
  validFrom: isoDate,
  title: z.string(),
  hourlyCosts: z.array(HourlyCost),
  bands: z.array(FeeBand),
  exemptions: z.array(ExemptionRule),
  /** Fee decisions computed with this table. */
  decisions: z.number().int(),
});
export type FeeTable = z.input<typeof FeeTable>;
export const FeeTableList = listPage(FeeTable);
export type FeeTableList = z.input<typeof FeeTableList>;
