import type { Chart } from '@ostoja/domain/reporting/charts';

export type { Chart };

export interface Dashboard {
  year: number;
  today: string;
  charts: Chart[];
}

export interface Strategy {
  id: string;
  title: string;
  resolution: string;
  yearFrom: number;
  yearTo: number;
}

export interface ReportRow {
  id: string;
  label: string;
  kind: 'computed' | 'manual';
  unit: 'count' | 'grosze' | 'text';
  value: number | null;
  previous: number | null;
  change: number | null;
  changePercent: number | null;
  text: string | null;
  source: string;
  commentary: string | null;
  version: number | null;
  restricted: boolean;
}

export interface StrategyReport {
  strategy: Strategy;
  year: number;
  previousYear: number;
  goals: {
    position: number;
    title: string;
    operationalGoals: {
      position: number;
      title: string;
      directions: { position: number; title: string; indicators: ReportRow[] }[];
    }[];
  }[];
}

export interface MrpipsSection {
  section: string;
  title: string;
  columns: { key: string; label: string; unit: 'count' | 'grosze' }[];
  rows: { row: string; label: string; values: Record<string, number>; figures: Record<string, string> }[];
}

export interface MrpipsReport {
  year: number;
  period: 'H1' | 'Y';
  title: string;
  sections: MrpipsSection[];
}

export type DrillItem = { id: string } & Record<string, string | number | null>;
