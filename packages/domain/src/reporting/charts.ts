// The director's dashboard: every chart travels with its table, so a screen reader (and anyone
// who prefers numbers) gets the same data as a table (WCAG 1.1.1 text alternative).

/** Art. 110 ust. 11 ups: one social worker per at most 50 families under social work (§1.13). */
export const CASELOAD_NORM = 50;
export const CASELOAD_NORM_BASIS = 'art. 110 ust. 11 ustawy o pomocy społecznej';

export type ChartKind = 'line' | 'bar' | 'stackedBar';
export type ChartUnit = 'count' | 'grosze';

export interface ChartSeries {
  key: string;
  /** The series' name with its unit ("Osoby w rodzinach (liczba osób)", "Zasiłek stały (zł)"). */
  label: string;
  values: number[];
  /**
   * The list each value counts (or sums): the dashboard figure's id for
   * GET /reports/dashboard/lists/:figure?<listParam>=<category key>. Absent where no list exists.
   */
  list?: string;
}

export interface Chart {
  id: string;
  title: string;
  kind: ChartKind;
  unit: ChartUnit;
  /** Categories on the x axis, in order (months "2026-01", workers, deadline kinds…); `unlisted`: no list behind its figures. */
  x: { key: string; label: string; unlisted?: true }[];
  /** Where a figure's category goes in the link to its list: `month` (charts over months) or `category`. */
  listParam?: 'month' | 'category';
  series: ChartSeries[];
  /** A horizontal reference line (the caseload norm). */
  reference?: { label: string; value: number };
  /** The same data as a table: the first column the category, then one column per series. */
  table: { columns: { key: string; label: string }[]; rows: Record<string, string | number>[] };
}

/** Builds a chart and its table from categories and series. */
export function chart(c: Omit<Chart, 'table'>, categoryLabel: string): Chart {
  const columns = [
    { key: 'category', label: categoryLabel },
    ...c.series.map((s) => ({ key: s.key, label: s.label })),
  ];
  const rows = c.x.map((x, i) => {
    const row: Record<string, string | number> = { category: x.label };
    for (const s of c.series) row[s.key] = s.values[i] ?? 0;
    return row;
  });
  return { ...c, table: { columns, rows } };
}

/** The twelve months of a year, "YYYY-MM". */
export const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** Values of `rows` laid on the categories, 0 where a category has no row. */
export function align<T>(
  categories: readonly string[],
  rows: readonly T[],
  key: (r: T) => string,
  value: (r: T) => number,
) {
  const m = new Map(rows.map((r) => [key(r), value(r)]));
  return categories.map((c) => m.get(c) ?? 0);
}
