import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { usePaged } from '../../lib/use-paged.ts';
import { apiBase, useNumber } from './shared.tsx';
import type { DrillItem } from './types.ts';

// The list behind one MRPiPS-03 figure ("section.row.column"), a page at a time, with exports.

type Kind = 'persons' | 'families' | 'payments' | 'staff';

const COLUMNS: Record<
  Kind,
  { key: string; label: string; type?: 'date' | 'grosze' | 'number' | 'benefit' | 'position' }[]
> = {
  persons: [
    { key: 'surname', label: 'reports.drill.surname' },
    { key: 'firstName', label: 'reports.drill.firstName' },
    { key: 'birthDate', label: 'reports.drill.birthDate', type: 'date' },
    { key: 'citizenship', label: 'reports.drill.citizenship' },
  ],
  families: [
    { key: 'surname', label: 'reports.drill.applicantSurname' },
    { key: 'firstName', label: 'reports.drill.applicantFirstName' },
    { key: 'address', label: 'reports.drill.address' },
    { key: 'members', label: 'reports.drill.members', type: 'number' },
  ],
  payments: [
    { key: 'surname', label: 'reports.drill.surname' },
    { key: 'firstName', label: 'reports.drill.firstName' },
    { key: 'benefit', label: 'reports.drill.benefit', type: 'benefit' },
    { key: 'month', label: 'reports.drill.month' },
    { key: 'paidOn', label: 'reports.drill.paidOn', type: 'date' },
    { key: 'decisionNumber', label: 'reports.drill.decision' },
    { key: 'amount', label: 'reports.drill.amount', type: 'grosze' },
  ],
  staff: [
    { key: 'fullName', label: 'reports.drill.fullName' },
    { key: 'position', label: 'reports.drill.position', type: 'position' },
    { key: 'fte', label: 'reports.drill.fte', type: 'number' },
    { key: 'validFrom', label: 'reports.drill.validFrom', type: 'date' },
    { key: 'validTo', label: 'reports.drill.validTo', type: 'date' },
  ],
};

const kindOf = (section: string, column: string): Kind =>
  section === 'staffing'
    ? 'staff'
    : column === 'benefits' || column === 'amount'
      ? 'payments'
      : column === 'families'
        ? 'families'
        : 'persons';

export function FigurePage() {
  const { t, date, money } = useI18n();
  const num = useNumber();
  const { year = '', period = '', figure = '' } = useParams();
  const [section = '', row = '', column = ''] = figure.split('.');
  const rowLabel =
    row === 'total' && section !== 'familyTypes'
      ? t('mrpips.row.total')
      : section === 'staffing'
        ? t(`position.${row}`)
        : section === 'benefits'
          ? t(`benefit.${row}`)
          : section === 'reasons'
            ? `${row}. ${t(`helpReason.${row}`)}`
            : t(`mrpips.family.${row}`);
  const title = t('reports.drill.title', { row: rowLabel, column: t(`mrpips.col.${column}`) });
  const base = `${apiBase}/mrpips-03/${year}/${period}/figures/${encodeURIComponent(figure)}`;
  const list = usePaged<DrillItem>(`${base}?limit=100`);
  const kind = kindOf(section, column);
  const cols = COLUMNS[kind];
  const cell = (c: (typeof cols)[number], v: string | number | null | undefined) => {
    if (v === null || v === undefined || v === '') return '—';
    if (c.type === 'date') return date(String(v));
    if (c.type === 'grosze') return money(Number(v));
    if (c.type === 'number') return num(Number(v));
    if (c.type === 'benefit') return t(`benefit.${v}`);
    if (c.type === 'position') return t(`position.${v}`);
    return String(v);
  };
  const periodName = t(`reports.mrpips.period.${period === 'H1' ? 'H1' : 'Y'}`);
  return (
    <Page
      title={title}
      lead={t('reports.drill.lead', { year, period: periodName })}
      actions={
        <>
          <a className="button secondary" href={`${base}/export?format=csv`} download>
            {t('reports.drill.exportCsv')}
          </a>
          <a className="button secondary" href={`${base}/export?format=xlsx`} download>
            {t('reports.drill.exportXlsx')}
          </a>
        </>
      }
    >
      <p>
        <Link to={`/reports/mrpips?year=${year}&period=${period}`}>{t('reports.drill.back')}</Link>
      </p>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.loaded ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p className="empty">{t('reports.drill.empty')}</p>
      ) : (
        <>
          <p className="result-count" role="status">
            {t(list.nextCursor ? 'reports.drill.shownMore' : 'reports.drill.shown', {
              count: list.items.length,
            })}
          </p>
          <DataTable caption={title} compact>
            <thead>
              <tr>
                {cols.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    style={c.type === 'grosze' || c.type === 'number' ? { textAlign: 'right' } : undefined}
                  >
                    {t(c.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((it) => (
                <tr key={it.id}>
                  {cols.map((c) => (
                    <td
                      key={c.key}
                      style={c.type === 'grosze' || c.type === 'number' ? { textAlign: 'right' } : undefined}
                    >
                      {cell(c, it[c.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
          {list.nextCursor ? (
            <button
              type="button"
              className="button secondary"
              onClick={list.loadMore}
              disabled={list.loading}
            >
              {t('action.loadMore')}
            </button>
          ) : null}
        </>
      )}
    </Page>
  );
}
