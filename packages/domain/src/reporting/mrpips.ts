import { z } from 'zod';
import { APPLICATION_BENEFITS } from '../applications/application.ts';
import { HELP_REASONS } from '../applications/help-reasons.ts';

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

export const SECTION_ROWS: Record<MrpipsSection, readonly string[]> = {
  staffing: [...STAFF_POSITIONS, 'total'],
  benefits: [...APPLICATION_BENEFITS, 'total'],
  reasons: [...HELP_REASONS, 'total'],
  familyTypes: FAMILY_TYPE_ROWS,
  socialWork: SOCIAL_WORK_ROWS,
  contracts: CONTRACT_ROWS,
};

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
  if (f.section === 'contracts') return 'persons';
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
