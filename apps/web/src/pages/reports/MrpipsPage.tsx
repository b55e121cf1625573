import { Link } from 'react-router-dom';
import type { MrpipsSection } from '../../api/reports.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { MrpipsChecks } from './mrpips-checks.tsx';
import { useMrpips } from './queries.ts';
import { apiBase, ReportLinks, useNumber, useYearParam, YearSelect } from './shared.tsx';

// MRPiPS-03 (half-year -P or annual -R): each section as a table; a figure opens the list
// behind it for those allowed to see lists.

export const figurePath = (year: number, period: string, figure: string) =>
  `/reports/mrpips/${year}/${period}/figures/${encodeURIComponent(figure)}`;

function SectionTable({ s, year, period }: { s: MrpipsSection; year: number; period: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const num = useNumber();
  const drill = can('reports.drilldown');
  return (
    <div>
      <h2 id={`sec-${s.section}`}>{s.title}</h2>
      <DataTable caption={s.title} compact>
        <thead>
          <tr>
            <th scope="col">{t('reports.mrpips.item')}</th>
            {s.columns.map((c) => (
              <th key={c.key} scope="col" style={{ textAlign: 'right' }}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" style={{ fontWeight: r.row === 'total' ? 700 : 'normal' }}>
                {r.label}
              </th>
              {s.columns.map((c) => {
                const v = r.values[c.key] ?? 0;
                const figure = r.figures[c.key];
                // Hours and kilograms print as numbers with their decimals.
                const unit = c.unit === 'grosze' ? 'grosze' : 'count';
                return (
                  <td key={c.key} className="nowrap" style={{ textAlign: 'right' }}>
                    {drill && figure && v > 0 ? (
                      <Link to={figurePath(year, period, figure)}>
                        <span className="visually-hidden">
                          {t('reports.mrpips.openList', { row: r.label, column: c.label })}{' '}
                        </span>
                        {num(v, unit)}
                      </Link>
                    ) : (
                      num(v, unit)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}

export function MrpipsPage() {
  const { t } = useI18n();
  const { params, setParams, year } = useYearParam();
  const period = params.get('period') === 'H1' ? 'H1' : 'Y';
  const report = useMrpips(year, period);
  return (
    <Page
      title={t('reports.mrpips.title')}
      lead={t('reports.mrpips.lead')}
      actions={
        <a className="button secondary" href={`${apiBase}/mrpips-03/${year}/${period}/xlsx`} download>
          {t('reports.mrpips.downloadXlsx')}
        </a>
      }
    >
      <ReportLinks current="mrpips" />
      <div className="inline-form">
        <YearSelect id="mrpips-year" year={year} onValue={(v) => setParams({ year: v, period })} />
        <SelectField
          id="mrpips-period"
          label={t('reports.mrpips.period')}
          value={period}
          onValue={(v) => setParams({ year: String(year), period: v })}
          options={[
            { value: 'Y', label: t('reports.mrpips.period.Y') },
            { value: 'H1', label: t('reports.mrpips.period.H1') },
          ]}
        />
      </div>
      {report.error ? (
        <LoadError error={report.error} onRetry={() => report.refetch()} />
      ) : !report.data ? (
        <Loading />
      ) : (
        <>
          <p className="lead">{report.data.title}</p>
          <MrpipsChecks report={report.data} figureLink={(f) => figurePath(year, period, f)} />
          {report.data.sections.map((s) => (
            <SectionTable key={s.section} s={s} year={year} period={period} />
          ))}
        </>
      )}
    </Page>
  );
}
