import { z } from 'zod';
import { APPLICATION_BENEFITS } from '../applications/application.ts';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { CRISIS_KINDS } from '../crisis-intervention/crisis-case.ts';
import { CARE_SERVICE_KINDS } from '../services/fee-table.ts';
import { SHELTER_KINDS } from '../shelters/shelter.ts';

// MRPiPS-03: "Sprawozdanie półroczne i roczne z udzielonych świadczeń pomocy społecznej"
// (domain-reference §5.1), variants -P (I półrocze) and -R (year). The sections follow the
// objaśnienia as far as §5.1 confirms them: Dział 1 staffing (headcount by position on the
// last day of the period), benefits by kind, reasons (art. 7 ups), types of families. [M] The
// numbering of the benefit and reason sections is from memory; verify against the CAS form.

export const MRPIPS_PERIODS = ['H1', 'Y'] as const;
export type MrpipsPeriod = (typeof MRPIPS_PERIODS)[number];

export const MrpipsParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  period: z.enum(MRPIPS_PERIODS),
});

/** First and last day of the reporting period; staffing is counted on the last day. */
export function periodRange(year: number, period: MrpipsPeriod): { from: string; to: string } {
  return { from: `${year}-01-01`, to: period === 'H1' ? `${year}-06-30` : `${year}-12-31` };
}

/** Job positions of Dział 1 (headcount by position per contract, not FTE). */
export const STAFF_POSITIONS = [
  'director',
  'socialWorker',
  'familyAssistant',
  'carer',
  'specialist',
  'administration',
  'other',
] as const;
export type StaffPosition = (typeof STAFF_POSITIONS)[number];

/** Columns of each section; a figure is `<section>.<row>.<column>`. */
export const SECTION_COLUMNS = {
  staffing: ['headcount'],
  benefits: ['persons', 'benefits', 'amount', 'families', 'personsInFamilies'],
  reasons: ['families', 'personsInFamilies'],
  familyTypes: ['families', 'personsInFamilies'],
  socialWork: ['families', 'personsInFamilies'],
  contracts: ['contracts', 'persons'],
  // The non-cash sections (benefits in kind and services), each counting distinct persons per row.
  careServices: ['persons', 'hours', 'amount', 'fees'],
  meals: ['persons', 'meals', 'amount'],
  dps: ['persons', 'amount'],
  shelters: ['persons', 'days', 'fees'],
  funerals: ['persons', 'amount'],
  clothing: ['persons', 'amount'],
  foodAid: ['persons', 'personsInFamilies', 'parcels', 'kilograms'],
  crisis: ['persons', 'families', 'days'],
} as const;
export type MrpipsSection = keyof typeof SECTION_COLUMNS;
export const MRPIPS_SECTIONS = Object.keys(SECTION_COLUMNS) as MrpipsSection[];

export const FAMILY_TYPE_ROWS = [
  'total',
  'size1',
  'size2',
  'size3',
  'size4',
  'size5',
  'size6plus',
  'withChildren',
  'children1',
  'children2',
  'children3',
  'children4plus',
  'incomplete',
  'pensioners',
] as const;
export type FamilyTypeRow = (typeof FAMILY_TYPE_ROWS)[number];

/**
 * Social work [M: the rows of the CAS form's social-work part to verify]: families and persons in
 * them in social work (a case file open in the period), of them without any benefit, and families
 * with a family assistant (uwr).
 */
export const SOCIAL_WORK_ROWS = ['total', 'withoutBenefit', 'withAssistant'] as const;
/** Kontrakty socjalne (art. 108 ups): signed, completed and broken in the period. */
export const CONTRACT_ROWS = ['signed', 'completed', 'broken'] as const;

/**
 * Posiłek (art. 48b ups, "Posiłek w szkole i w domu"): meals from the providers' monthly lists, "of
 * them children" [M: the form's "w tym dzieci" row; here pupils fed at a school or persons under 18],
 * the zasiłek celowy for food and food in kind under the programme; the total counts each person once.
 */
export const MEAL_ROWS = ['meal', 'mealChildren', 'zasilekCelowy', 'foodInKind', 'total'] as const;
/**
 * DPS (art. 54–61 ups) [M: the form's rows to verify]: persons referred by a decision in the period,
 * admitted in it, residing in a home during it (the gmina's payments on this row), and waiting for a
 * place at its end.
 */
export const DPS_ROWS = ['referred', 'admitted', 'residing', 'waiting'] as const;

/** How clothing was granted: in cash (a zasiłek celowy for clothing) or in kind; the total counts each person once. */
export const CLOTHING_ROWS = ['cash', 'inKind', 'total'] as const;

/** The non-cash sections: every figure of a row opens the list of the persons that row counts. */
export const SERVICE_SECTIONS = [
  'careServices',
  'meals',
  'dps',
  'shelters',
  'funerals',
  'clothing',
  'foodAid',
  'crisis',
] as const;
export type ServiceSection = (typeof SERVICE_SECTIONS)[number];
export const isServiceSection = (s: MrpipsSection): s is ServiceSection =>
  (SERVICE_SECTIONS as readonly string[]).includes(s);

export const SECTION_ROWS: Record<MrpipsSection, readonly string[]> = {
  staffing: [...STAFF_POSITIONS, 'total'],
  benefits: [...APPLICATION_BENEFITS, 'total'],
  reasons: [...HELP_REASONS, 'total'],
  familyTypes: FAMILY_TYPE_ROWS,
  socialWork: SOCIAL_WORK_ROWS,
  contracts: CONTRACT_ROWS,
  // Usługi opiekuńcze and specjalistyczne (art. 50), SUO for mental disorders (art. 18 ust. 1 pkt 3), usługi sąsiedzkie.
  careServices: [...CARE_SERVICE_KINDS, 'total'],
  meals: MEAL_ROWS,
  dps: DPS_ROWS,
  // Schronienie (art. 48a): shelter, shelter with care, night shelter, heated room.
  shelters: [...SHELTER_KINDS, 'total'],
  // Sprawienie pogrzebu (art. 44) [M]: not yet recorded in Ostoja, so the row is 0 until it is.
  funerals: ['total'],
  // Niezbędne ubranie (art. 48 ups) [M: the form's row to verify]: clothing granted by a decision in the
  // period, as a zasiłek celowy for clothing (its amount) or in kind from the centre's store.
  clothing: CLOTHING_ROWS,
  // Food aid in kind (FEPŻ referrals and what the partners handed out) [M: the form's row to verify].
  foodAid: ['total'],
  // Interwencja kryzysowa (art. 47) [M: the form's rows to verify]: persons and families in a crisis case
  // open during the period, by the crisis, and the days of their hostel stays within it.
  crisis: [...CRISIS_KINDS, 'total'],
};

/** What a column's numbers are: money in grosze, hours (to the hundredth), kilograms, or a count. */
export type ColumnUnit = 'count' | 'grosze' | 'hours' | 'kg';
export function columnUnit(column: string): ColumnUnit {
  if (column === 'amount' || column === 'fees') return 'grosze';
  if (column === 'hours') return 'hours';
  if (column === 'kilograms') return 'kg';
  return 'count';
}

export interface Figure {
  section: MrpipsSection;
  row: string;
  column: string;
}

/** Parses `benefits.zasilekOkresowy.amount`; null when it names no figure of the report. */
export function parseFigure(id: string): Figure | null {
  const [section, row, column, ...rest] = id.split('.');
  if (rest.length > 0 || !section || !row || !column) return null;
  if (!(section in SECTION_COLUMNS)) return null;
  const s = section as MrpipsSection;
  if (!SECTION_ROWS[s].includes(row)) return null;
  if (!(SECTION_COLUMNS[s] as readonly string[]).includes(column)) return null;
  return { section: s, row, column };
}

export const figureId = (f: Figure) => `${f.section}.${f.row}.${f.column}`;

/** What the list behind a figure holds. */
export type DrillKind = 'persons' | 'families' | 'payments' | 'staff';
/** What the list behind a dashboard figure holds: MRPiPS-03's kinds, applications, counselling bookings. */
export type DashboardListKind = DrillKind | 'applications' | 'appointments';

/** A contract figure opens the persons party to the contracts (one person may have had two). */
export function drillKind(f: Figure): DrillKind {
  if (f.section === 'staffing') return 'staff';
  if (f.section === 'contracts' || isServiceSection(f.section)) return 'persons';
  if (f.column === 'benefits' || f.column === 'amount') return 'payments';
  if (f.column === 'families') return 'families';
  return 'persons';
}

export interface MrpipsRow {
  row: string;
  values: Record<string, number>;
}
export interface MrpipsReport {
  year: number;
  period: MrpipsPeriod;
  from: string;
  to: string;
  sections: { section: MrpipsSection; columns: readonly string[]; rows: MrpipsRow[] }[];
}
