import type { MrpipsPeriod, MrpipsSection } from '@ostoja/domain/reporting/mrpips';

// The computed MRPiPS-03 report as the screen, the XLSX file and the tests read it.

export interface MrpipsRowOut {
  row: string;
  label: string;
  values: Record<string, number>;
  /** Figure id per column, for the drill-down. */
  figures: Record<string, string>;
}
export interface MrpipsSectionOut {
  section: MrpipsSection;
  title: string;
  columns: { key: string; label: string; unit: 'count' | 'grosze' }[];
  rows: MrpipsRowOut[];
}
export interface MrpipsOut {
  year: number;
  period: MrpipsPeriod;
  from: string;
  to: string;
  title: string;
  sections: MrpipsSectionOut[];
}
