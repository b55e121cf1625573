import { z } from 'zod';
import { foldDiacritics } from '../shared/polish-text.ts';
import { text, trimmed, version } from '../shared/validation.ts';

/** "ul. Świętego Macieja" and "sw. macieja" should match: fold and drop street-type prefixes. */
export function streetKey(street: string): string {
  return foldDiacritics(street)
    .replace(/[.,]/g, ' ')
    .replace(/^\s*(ul|ulica|al|aleja|aleje|pl|plac|os|osiedle|rondo|skwer)\s+/, '')
    .replace(/\bswietego\b|\bsw\b/g, 'sw')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The house number's leading integer: "12A" → 12, "4-5" → 4, "6/8" → 6. */
export function houseNumber(building: string): number | null {
  const m = /^\s*(\d+)/.exec(building);
  return m ? Number(m[1]) : null;
}

export const PARITIES = ['all', 'odd', 'even'] as const;
export type Parity = (typeof PARITIES)[number];

export interface StreetRule {
  numberFrom: number | null;
  numberTo: number | null;
  parity: Parity;
}

/** Whether a street assignment covers a house number; a rule without a range covers every number. */
export function ruleCovers(rule: StreetRule, n: number | null): boolean {
  if (rule.numberFrom === null || rule.numberTo === null)
    return rule.parity === 'all' || (n !== null && (n % 2 === 1) === (rule.parity === 'odd'));
  if (n === null || n < rule.numberFrom || n > rule.numberTo) return false;
  return rule.parity === 'all' || (n % 2 === 1) === (rule.parity === 'odd');
}

/** More specific rules win: a range beats a whole street, a narrower range beats a wider one. */
export function ruleSpecificity(rule: StreetRule): number {
  const width = rule.numberFrom === null ? 1e9 : rule.numberTo! - rule.numberFrom!;
  return width * 2 + (rule.parity === 'all' ? 1 : 0);
}

export const FieldTeamStreetInput = z
  .object({
    street: trimmed(120),
    city: trimmed(80),
    numberFrom: z.number().int().min(1).max(100000).nullish(),
    numberTo: z.number().int().min(1).max(100000).nullish(),
    parity: z.enum(PARITIES).default('all'),
  })
  .superRefine((s, ctx) => {
    if ((s.numberFrom == null) !== (s.numberTo == null))
      ctx.addIssue({
        code: 'custom',
        path: [s.numberFrom == null ? 'numberFrom' : 'numberTo'],
        message: 'validation.range.both',
      });
    else if (s.numberFrom != null && s.numberTo != null && s.numberTo < s.numberFrom)
      ctx.addIssue({ code: 'custom', path: ['numberTo'], message: 'validation.range.order' });
  });
export type FieldTeamStreetInput = z.input<typeof FieldTeamStreetInput>;

export const AddressLookupQuery = z.object({
  street: trimmed(120),
  number: trimmed(20),
});

export const OPENING_DAY = z.number().int().min(1).max(7);
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const OpeningHours = z.array(
  z
    .object({
      day: OPENING_DAY,
      open: z.string().regex(HHMM, 'validation.time'),
      close: z.string().regex(HHMM, 'validation.time'),
    })
    .superRefine((h, ctx) => {
      if (HHMM.test(h.open) && HHMM.test(h.close) && h.close <= h.open)
        ctx.addIssue({ code: 'custom', path: ['close'], message: 'validation.time.order' });
    }),
);
export type OpeningHours = z.infer<typeof OpeningHours>;

export const ORG_UNIT_KINDS = ['centre', 'section', 'fieldTeam', 'office'] as const;

export const OrgUnitInput = z.object({
  kind: z.enum(ORG_UNIT_KINDS),
  name: trimmed(200),
  parentId: z.uuid().nullish(),
  officeId: z.uuid().nullish(),
  street: text(120).nullish(),
  building: text(20).nullish(),
  postalCode: text(10).nullish(),
  city: text(80).nullish(),
  phone: text(40).nullish(),
  email: text(120).nullish(),
  openingHours: OpeningHours.default([]),
});
export type OrgUnitInput = z.input<typeof OrgUnitInput>;
export const UpdateOrgUnit = OrgUnitInput.extend({ version });

// Responses (what the API sends).

const Hours = z.array(z.object({ day: z.number().int(), open: z.string(), close: z.string() }));

export const OrgUnit = z.object({
  id: z.uuid(),
  kind: z.enum(ORG_UNIT_KINDS),
  name: z.string(),
  parentId: z.uuid().nullable(),
  officeId: z.uuid().nullable(),
  street: z.string().nullable(),
  building: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  openingHours: Hours,
  version: z.number().int(),
});
export type OrgUnit = z.output<typeof OrgUnit>;
export const OrgUnitList = z.object({ items: z.array(OrgUnit) });
export type OrgUnitList = z.input<typeof OrgUnitList>;

export const FieldTeamStreet = z.object({
  id: z.uuid(),
  fieldTeamId: z.uuid(),
  street: z.string(),
  city: z.string(),
  numberFrom: z.number().int().nullable(),
  numberTo: z.number().int().nullable(),
  parity: z.enum(PARITIES),
});
export type FieldTeamStreet = z.input<typeof FieldTeamStreet>;
export const FieldTeamStreetList = z.object({ items: z.array(FieldTeamStreet) });
export type FieldTeamStreetList = z.input<typeof FieldTeamStreetList>;

/** An office or field team as the public sees it. */
export const PublicUnit = OrgUnit.pick({
  id: true,
  name: true,
  street: true,
  building: true,
  postalCode: true,
  city: true,
  phone: true,
  email: true,
  openingHours: true,
});
/** Which field team and office serve an address. */
export const AddressLookup = z.object({ fieldTeam: PublicUnit, office: PublicUnit.nullable() });
export type AddressLookup = z.input<typeof AddressLookup>;

/** Is the office open at this moment (Europe/Warsaw local day and time)? */
export function isOpenAt(hours: OpeningHours, day: number, hhmm: string): boolean {
  return hours.some((h) => h.day === day && h.open <= hhmm && hhmm < h.close);
}
