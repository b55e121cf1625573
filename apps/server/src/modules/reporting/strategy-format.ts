import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { type Locale, t } from '@ostoja/domain/i18n/index';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { ReportRow, StrategyReport } from './strategy-service.ts';

// The strategy report as text cells, shared by the PDF and the DOCX: the layout of seed 002
// (operational goal | direction of action | indicator) with this year, last year, the change,
// the source and the commentary beside each indicator.

const NUMBER_TAGS: Record<Locale, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };

export function formatValue(locale: Locale, unit: ReportRow['unit'], v: number | null): string {
  if (v === null) return t(locale, 'reporting.noValue');
  return unit === 'grosze' ? formatMoney(v, locale) : new Intl.NumberFormat(NUMBER_TAGS[locale]).format(v);
}

function change(locale: Locale, r: ReportRow): string {
  if (r.change === null) return t(locale, 'reporting.noValue');
  const sign = r.change > 0 ? '+' : '';
  const abs = formatValue(locale, r.unit, r.change);
  const pct =
    r.changePercent === null
      ? ''
      : ` (${sign}${new Intl.NumberFormat(NUMBER_TAGS[locale], { maximumFractionDigits: 1 }).format(r.changePercent)}%)`;
  return `${sign}${abs}${pct}`;
}

export interface TextRow {
  operationalGoal: string;
  direction: string;
  indicator: string;
  value: string;
  previous: string;
  change: string;
  source: string;
  commentary: string;
}

export interface TextGoal {
  heading: string;
  rows: TextRow[];
}

/** One row per indicator; a goal's and a direction's name only on their first row, as in the seed. */
export function reportText(r: StrategyReport, locale: Locale) {
  const goals: TextGoal[] = r.goals.map((g) => {
    const rows: TextRow[] = [];
    for (const og of g.operationalGoals) {
      og.directions.forEach((d, di) => {
        const inds = d.indicators.length ? d.indicators : [null];
        inds.forEach((ind, ii) => {
          const first = ii === 0;
          const restricted = ind?.restricted ? t(locale, 'reporting.restricted') : null;
          rows.push({
            operationalGoal: first && di === 0 ? og.title : '',
            direction: first ? d.title : '',
            indicator: ind ? [ind.label, ind.text].filter(Boolean).join(': ') : '',
            value:
              !ind || ind.unit === 'text' ? '' : (restricted ?? formatValue(locale, ind.unit, ind.value)),
            previous:
              !ind || ind.unit === 'text' ? '' : (restricted ?? formatValue(locale, ind.unit, ind.previous)),
            change: !ind || ind.unit === 'text' || restricted ? '' : change(locale, ind),
            source: ind?.source ?? '',
            commentary: ind?.commentary ?? '',
          });
        });
      });
    }
    return { heading: `${t(locale, 'reporting.report.goal', { n: g.position })}. ${g.title}`, rows };
  });
  return {
    title: `${r.strategy.title} — ${t(locale, 'reporting.report.title', { year: r.year })}`,
    adopted: t(locale, 'reporting.report.adopted', { resolution: r.strategy.resolution }),
    mainGoalHeading: t(locale, 'reporting.report.mainGoal'),
    mainGoal: r.strategy.mainGoal ?? '',
    headers: [
      t(locale, 'reporting.col.operationalGoal'),
      t(locale, 'reporting.col.direction'),
      t(locale, 'reporting.col.indicator'),
      t(locale, 'reporting.col.value', { year: r.year }),
      t(locale, 'reporting.col.previous', { year: r.previousYear }),
      t(locale, 'reporting.col.change'),
      t(locale, 'reporting.col.source'),
      t(locale, 'reporting.col.commentary'),
    ],
    goals,
    footer: t(locale, 'reporting.generated', { date: polishDate(todayInPoland()) }),
  };
}

export const ROW_KEYS: (keyof TextRow)[] = [
  'operationalGoal',
  'direction',
  'indicator',
  'value',
  'previous',
  'change',
  'source',
  'commentary',
];
