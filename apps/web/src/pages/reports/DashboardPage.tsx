import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import type { Chart } from '../../api/reports.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { CaseloadCard } from '../family-support/caseload-card.tsx';
import { useDashboard } from './queries.ts';
import { ReportLinks, useNumber, useYearParam, YearSelect } from './shared.tsx';

// The director's dashboard: five charts drawn as inline SVG (no chart library), each with a
// summary for screen readers and a table view of the same numbers (the accessible form).

/** Colours of the series: each at least 3:1 against white (WCAG 1.4.11). */
const COLOURS = ['#1f5fa8', '#b3401a', '#2e7d32', '#6a1b9a', '#8a6d00', '#00696b', '#c2185b', '#4e5b6e'];
const colour = (i: number) => COLOURS[i % COLOURS.length]!;

const W = 720;
const H = 260;
const PAD = { left: 64, right: 12, top: 12, bottom: 48 };

function ChartSvg({ chart, summary }: { chart: Chart; summary: string }) {
  const num = useNumber();
  const n = chart.x.length;
  const stacked = chart.kind === 'stackedBar';
  const totals = chart.x.map((_, i) =>
    stacked
      ? chart.series.reduce((s, x) => s + (x.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((x) => x.values[i] ?? 0)),
  );
  const max = Math.max(1, ...totals, chart.reference?.value ?? 0);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = n ? plotW / n : plotW;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const xMid = (i: number) => PAD.left + band * i + band / 2;
  const ticks = [0, 0.5, 1].map((f) => Math.round(max * f));
  const every = Math.max(1, Math.ceil(n / 12));
  const barW = Math.max(2, band * 0.7);
  const groupW = stacked ? barW : barW / Math.max(1, chart.series.length);
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${W} ${H}`}
      style={{ width: '100%', maxWidth: `${W}px`, height: 'auto', display: 'block' }}
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#c8ccd2" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#333">
            {chart.unit === 'grosze' ? num(Math.round(v / 100)) : num(v)}
          </text>
        </g>
      ))}
      {chart.x.map((c, i) =>
        i % every === 0 ? (
          <text key={c.key} x={xMid(i)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#333">
            {c.label.length > 14 ? `${c.label.slice(0, 13)}…` : c.label}
          </text>
        ) : null,
      )}
      {chart.kind === 'line'
        ? chart.series.map((s, si) => (
            <g key={s.key}>
              <polyline
                fill="none"
                stroke={colour(si)}
                strokeWidth="2.5"
                strokeDasharray={si % 2 ? '6 3' : undefined}
                points={s.values.map((v, i) => `${xMid(i)},${y(v)}`).join(' ')}
              />
              {s.values.map((v, i) => (
                <circle key={chart.x[i]?.key ?? i} cx={xMid(i)} cy={y(v)} r="3" fill={colour(si)} />
              ))}
            </g>
          ))
        : chart.x.map((c, i) => {
            let base = 0;
            return (
              <g key={c.key}>
                {chart.series.map((s, si) => {
                  const v = s.values[i] ?? 0;
                  const x0 = xMid(i) - barW / 2 + (stacked ? 0 : groupW * si);
                  const top = stacked ? y(base + v) : y(v);
                  const bottom = stacked ? y(base) : y(0);
                  if (stacked) base += v;
                  return v > 0 ? (
                    <rect
                      key={s.key}
                      x={x0}
                      y={top}
                      width={groupW}
                      height={Math.max(0, bottom - top)}
                      fill={colour(si)}
                    />
                  ) : null;
                })}
              </g>
            );
          })}
      {chart.reference ? (
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(chart.reference.value)}
          y2={y(chart.reference.value)}
          stroke="#000"
          strokeWidth="2"
          strokeDasharray="8 4"
        />
      ) : null}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#333" />
    </svg>
  );
}

/** The list a figure counts: by month, or by category (a worker, a kind of deadline) with its label for the title. */
function listLink(chart: Chart, list: string, x: Chart['x'][number]) {
  const at = chart.listParam === 'category' ? { category: x.key, label: x.label } : { month: x.key };
  return withQuery(`/reports/dashboard/lists/${list}`, at);
}

function ChartCard({ chart }: { chart: Chart }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const lists = can('reports.drilldown');
  const num = useNumber();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  const parts = chart.series.map((s) => {
    const total = s.values.reduce((a, b) => a + b, 0);
    const maxV = Math.max(0, ...s.values);
    const at = chart.x[s.values.indexOf(maxV)]?.label ?? '';
    return t('reports.chart.seriesSummary', {
      series: s.label,
      total: num(total, chart.unit),
      max: num(maxV, chart.unit),
      at,
    });
  });
  const summary = [
    chart.title,
    ...parts,
    chart.reference ? t('reports.chart.reference', { label: chart.reference.label }) : '',
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{chart.title}</h2>
      <p className="hint">{t(`dashboard.unit.${chart.unit}`)}</p>
      <ChartSvg chart={chart} summary={summary} />
      <ul
        className="chart-legend"
        style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' }}
      >
        {chart.series.map((s, i) => (
          <li key={s.key}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: '0.9em',
                height: '0.9em',
                background: colour(i),
                marginRight: '0.4em',
                verticalAlign: 'middle',
              }}
            />
            {s.label}
          </li>
        ))}
        {chart.reference ? (
          <li>
            <span aria-hidden="true" style={{ marginRight: '0.4em' }}>
              - - -
            </span>
            {chart.reference.label}
          </li>
        ) : null}
      </ul>
      <button
        type="button"
        className="button secondary small"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? t('reports.chart.hideTable') : t('reports.chart.showTable')}
      </button>
      <div id={tableId} hidden={!showTable}>
        {showTable ? (
          <DataTable caption={t('reports.chart.tableOf', { title: chart.title })} compact>
            <thead>
              <tr>
                {chart.table.columns.map((c, i) => (
                  <th key={c.key} scope="col" style={i ? { textAlign: 'right' } : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((r, ri) => (
                <tr key={String(r.category)}>
                  {chart.table.columns.map((c, i) => {
                    if (i === 0)
                      return (
                        <th key={c.key} scope="row">
                          {r[c.key]}
                        </th>
                      );
                    const shown =
                      typeof r[c.key] === 'number' ? num(r[c.key] as number, chart.unit) : r[c.key];
                    // A figure opens the list it counts (or sums), for those allowed to see lists.
                    const list = chart.series.find((s) => s.key === c.key)?.list;
                    const x = chart.x[ri];
                    return (
                      <td key={c.key} className="nowrap" style={{ textAlign: 'right' }}>
                        {list && lists && x && !x.unlisted && r[c.key] ? (
                          <Link to={listLink(chart, list, x)}>
                            {shown}
                            <span className="visually-hidden">
                              {' '}
                              {t('dashboard.openList', { series: c.label, category: x.label })}
                            </span>
                          </Link>
                        ) : (
                          shown
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </div>
    </section>
  );
}

export function DashboardPage() {
  const { t } = useI18n();
  const { setParams, year } = useYearParam();
  const data = useDashboard(year);
  return (
    <Page title={t('reports.dashboard.title')} lead={t('reports.dashboard.lead')}>
      <ReportLinks current="dashboard" />
      <CaseloadCard />
      <div className="inline-form">
        <YearSelect id="dashboard-year" year={year} onValue={(v) => setParams({ year: v })} />
      </div>
      {data.error ? (
        <LoadError error={data.error} onRetry={() => data.refetch()} />
      ) : !data.data ? (
        <Loading />
      ) : (
        data.data.charts.map((c) => <ChartCard key={c.id} chart={c} />)
      )}
    </Page>
  );
}
