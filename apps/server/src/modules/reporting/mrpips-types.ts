import type { ColumnUnit, MrpipsPeriod, MrpipsSection } from '@ostoja/domain/reporting/mrpips';
import type { FailedCheck } from '@ostoja/domain/reporting/mrpips-checks';

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
  columns: { key: string; label: string; unit: ColumnUnit }[];
  rows: MrpipsRowOut[];
}
export interface MrpipsOut {
  year: number;
  period: MrpipsPeriod;
  from: string;
  to: string;
  title: string;
  sections: MrpipsSectionOut[];
  /** The cross-checks that fail (empty: the report is consistent), each with its message. */
  checks: (FailedCheck & { message: string })[];
}
