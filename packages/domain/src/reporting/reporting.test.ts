import { describe, expect, it } from 'vitest';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import '../index.ts';
import { hasMessage } from '../i18n/index.ts';
import { align, chart, monthsOf } from './charts.ts';
import { INDICATOR_QUERIES, indicatorLabel } from './indicators.ts';
import { drillKind, parseFigure, periodRange, SECTION_COLUMNS, SECTION_ROWS } from './mrpips.ts';
import { PRUSZKOW_STRATEGY } from './pruszkow-strategy.ts';
import { compare, StrategyInput } from './strategy.ts';

describe('MRPiPS-03 periods and figures', () => {
  it('covers the first half-year or the whole year', () => {
    expect(periodRange(2026, 'H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodRange(2026, 'Y')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('names every figure section.row.column and nothing else', () => {
    expect(parseFigure('benefits.zasilekOkresowy.amount')).toEqual({
      section: 'benefits',
      row: 'zasilekOkresowy',
      column: 'amount',
    });
    expect(parseFigure('reasons.7a.families')).not.toBeNull();
    for (const bad of [
      'benefits.total',
      'benefits.zasilekOkresowy.headcount',
      'blueCard.total.persons',
      'reasons.10.families',
      'a.b.c.d',
      '',
    ])
      expect(parseFigure(bad)).toBeNull();
    expect(SECTION_ROWS.reasons).toEqual([...HELP_REASONS, 'total']);
  });

  it('opens each figure to the list it counts', () => {
    expect(drillKind(parseFigure('benefits.total.amount')!)).toBe('payments');
    expect(drillKind(parseFigure('benefits.total.benefits')!)).toBe('payments');
    expect(drillKind(parseFigure('reasons.4.families')!)).toBe('families');
    expect(drillKind(parseFigure('familyTypes.size2.personsInFamilies')!)).toBe('persons');
    expect(drillKind(parseFigure('staffing.carer.headcount')!)).toBe('staff');
  });

  it('has a translated name for every section, row and column', () => {
    for (const [s, cols] of Object.entries(SECTION_COLUMNS)) {
      expect(hasMessage(`mrpips.section.${s}`)).toBe(true);
      for (const c of cols) expect(hasMessage(`mrpips.col.${c}`)).toBe(true);
    }
    for (const r of SECTION_ROWS.staffing.filter((x) => x !== 'total'))
      expect(hasMessage(`position.${r}`)).toBe(true);
    for (const r of SECTION_ROWS.familyTypes) expect(hasMessage(`mrpips.family.${r}`)).toBe(true);
  });
});

describe('strategy', () => {
  it('compares a year with the previous one', () => {
    expect(compare(15, 12)).toEqual({ value: 15, previous: 12, change: 3, changePercent: 25 });
    expect(compare(2, 3)).toEqual({ value: 2, previous: 3, change: -1, changePercent: -33.3 });
    expect(compare(5, 0)).toEqual({ value: 5, previous: 0, change: 5, changePercent: null });
    expect(compare(null, 4)).toEqual({ value: null, previous: 4, change: null, changePercent: null });
  });

  it('labels every indicator query in the translations', () => {
    for (const q of INDICATOR_QUERIES) expect(hasMessage(indicatorLabel(q.key).key), q.key).toBe(true);
  });

  it('seeds Pruszków’s strategy as valid data, with computed indicators from the registry', () => {
    const s = StrategyInput.parse(PRUSZKOW_STRATEGY);
    expect(s.goals).toHaveLength(3);
    const indicators = s.goals.flatMap((g) =>
      g.operationalGoals.flatMap((o) => o.directions.flatMap((d) => d.indicators)),
    );
    expect(indicators.filter((i) => i.kind === 'computed').map((i) => i.queryKey)).toContain(
      'blueCard.meetingsHeld',
    );
    expect(indicators.every((i) => i.kind === 'computed' || i.source)).toBe(true);
  });
});

describe('charts', () => {
  it('carry their data as a table too', () => {
    const months = monthsOf(2026);
    expect(months[0]).toBe('2026-01');
    expect(months).toHaveLength(12);
    const c = chart(
      {
        id: 'x',
        title: 'T',
        kind: 'bar',
        unit: 'count',
        x: months.slice(0, 2).map((m) => ({ key: m, label: m })),
        series: [
          {
            key: 'a',
            label: 'A',
            values: align(
              months.slice(0, 2),
              [{ m: '2026-02', n: 4 }],
              (r) => r.m,
              (r) => r.n,
            ),
          },
        ],
      },
      'Miesiąc',
    );
    expect(c.table).toEqual({
      columns: [
        { key: 'category', label: 'Miesiąc' },
        { key: 'a', label: 'A' },
      ],
      rows: [
        { category: '2026-01', a: 0 },
        { category: '2026-02', a: 4 },
      ],
    });
  });
});
