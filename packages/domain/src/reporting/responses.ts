import { z } from 'zod';
import { MRPIPS_PERIODS } from './mrpips.ts';

// What the reports API answers (apps/server/src/modules/reporting). The rows of the lists behind
// figures have columns by the list's kind, so they are records.

const Strategy = z.object({
  id: z.uuid(),
  title: z.string(),
  resolution: z.string(),
  adoptedOn: z.string().nullable(),
  yearFrom: z.number(),
  yearTo: z.number(),
  mainGoal: z.string().nullable(),
});
export type Strategy = z.input<typeof Strategy>;
export const StrategyList = z.object({ items: z.array(Strategy) });

/** Goal → operational goal → direction → its items (indicators, or report rows). */
const goalTree = <T extends z.ZodType>(item: T) =>
  z.array(
    z.object({
      position: z.number(),
      title: z.string(),
      operationalGoals: z.array(
        z.object({
          position: z.number(),
          title: z.string(),
          directions: z.array(
            z.object({ position: z.number(), title: z.string(), indicators: z.array(item) }),
          ),
        }),
      ),
    }),
  );

export const StrategyTree = Strategy.extend({
  goals: goalTree(
    z.looseObject({
      id: z.uuid(),
      label: z.string(),
      kind: z.string(),
      queryKey: z.string().nullable(),
      unit: z.string(),
      source: z.string().nullable(),
    }),
  ),
});
export type StrategyTree = z.input<typeof StrategyTree>;

export const ReportRow = z.looseObject({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['computed', 'manual']),
  unit: z.enum(['count', 'grosze', 'text']),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  text: z.string().nullable(),
  source: z.string(),
  commentary: z.string().nullable(),
  version: z.number().nullable(),
  restricted: z.boolean(),
});
export type ReportRow = z.input<typeof ReportRow>;
export const StrategyReport = z.object({
  strategy: Strategy,
  year: z.number(),
  previousYear: z.number(),
  goals: goalTree(ReportRow),
});
export type StrategyReport = z.input<typeof StrategyReport>;
export const SavedEntry = z.object({ indicatorId: z.uuid(), year: z.number(), version: z.number() });

export const IndicatorQueries = z.object({
  items: z.array(z.looseObject({ key: z.string(), label: z.string() })),
});

export const MrpipsReport = z.object({
  year: z.number(),
  period: z.enum(MRPIPS_PERIODS),
  from: z.string(),
  to: z.string(),
  title: z.string(),
  sections: z.array(
    z.object({
      section: z.string(),
      title: z.string(),
      columns: z.array(
        z.object({ key: z.string(), label: z.string(), unit: z.enum(['count', 'grosze', 'hours', 'kg']) }),
      ),
      rows: z.array(
        z.object({
          row: z.string(),
          label: z.string(),
          values: z.record(z.string(), z.number()),
          /** Figure id per column, for the drill-down. */
          figures: z.record(z.string(), z.string()),
        }),
      ),
    }),
  ),
  /** The cross-checks that fail (mrpipsChecks): empty when the sections agree. */
  checks: z.array(
    z.object({
      rule: z.string(),
      figure: z.string(),
      actual: z.number(),
      against: z.array(z.string()),
      expected: z.string(),
      message: z.string(),
    }),
  ),
});
export type MrpipsReport = z.input<typeof MrpipsReport>;

/** A row of the list behind a figure: its columns (an `id` always) depend on the list's kind. */
export const DrillItem = z.record(z.string(), z.unknown());
export type DrillItem = { id: string } & Record<string, string | number | null>;
export const DrillPage = z.object({
  figure: z.string(),
  kind: z.string(),
  items: z.array(DrillItem),
  nextCursor: z.string().nullable(),
});

const Chart = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['line', 'bar', 'stackedBar']),
  unit: z.enum(['count', 'grosze']),
  x: z.array(z.object({ key: z.string(), label: z.string(), unlisted: z.literal(true).optional() })),
  listParam: z.enum(['month', 'category']).optional(),
  series: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      values: z.array(z.number()),
      list: z.string().optional(),
    }),
  ),
  reference: z.object({ label: z.string(), value: z.number() }).optional(),
  table: z.object({
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
  }),
});
export const Dashboard = z.object({ year: z.number(), today: z.string(), charts: z.array(Chart) });
export const DashboardList = DrillPage.extend({
  month: z.string().nullable(),
  category: z.string().nullable(),
});

const Position = z.object({
  id: z.uuid(),
  staffUserId: z.uuid().nullable(),
  fullName: z.string(),
  position: z.string(),
  fte: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export const PositionList = z.object({ items: z.array(Position) });
export const PositionAdded = z.looseObject({ id: z.uuid() });
export const PositionEnded = z.object({ id: z.uuid(), validTo: z.string() });
