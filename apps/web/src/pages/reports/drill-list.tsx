import type { DashboardListKind } from '@ostoja/domain/reporting/mrpips';
import type { CursorPage } from '@ostoja/domain/shared/response';
import type { QueryKey } from '@tanstack/react-query';
import type { DrillItem } from '../../api/reports.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { PagedTable, type Column as TableColumn } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import type { KeyPrefix, UiKey } from '../../i18n/keys.ts';
import './reports.css';
import { useNumber } from './shared.tsx';

// The list behind a figure (MRPiPS-03's or the dashboard's), a page at a time.

export type Kind = DashboardListKind;

/** Columns whose values are codes, and the translation keys they read as. */
const CODES = {
  benefit: 'benefit',
  position: 'position',
  status: 'status',
  mode: 'mode',
  outcome: 'reporting.chart',
} as const satisfies Record<string, KeyPrefix>;
type Column = { key: string; label: UiKey; type?: 'date' | 'grosze' | 'number' | keyof typeof CODES };

const COLUMNS: Record<Kind, Column[]> = {
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
  applications: [
    { key: 'number', label: 'reports.drill.number' },
    { key: 'surname', label: 'reports.drill.applicantSurname' },
    { key: 'firstName', label: 'reports.drill.applicantFirstName' },
    { key: 'status', label: 'reports.drill.status', type: 'status' },
    { key: 'dueOn', label: 'reports.drill.dueOn', type: 'date' },
    { key: 'worker', label: 'reports.drill.worker' },
  ],
  appointments: [
    { key: 'slotDate', label: 'reports.drill.slotDate', type: 'date' },
    { key: 'slotTime', label: 'reports.drill.slotTime' },
    { key: 'specialist', label: 'reports.drill.specialist' },
    { key: 'mode', label: 'reports.drill.mode', type: 'mode' },
    { key: 'status', label: 'reports.drill.outcome', type: 'outcome' },
  ],
};

const numeric = (c: Column) => c.type === 'grosze' || c.type === 'number';

export function DrillList({
  queryKey,
  fetchPage,
  kind,
  title,
}: {
  queryKey: QueryKey;
  fetchPage: (after: string | undefined, signal: AbortSignal) => Promise<CursorPage<DrillItem>>;
  kind: Kind;
  title: string;
}) {
  const { t, tk, date, money } = useI18n();
  const num = useNumber();
  const list = useCursorQuery(queryKey, fetchPage);
  const cell = (c: Column, v: string | number | null | undefined) => {
    if (v === null || v === undefined || v === '') return '—';
    if (c.type === 'date') return date(String(v));
    if (c.type === 'grosze') return money(Number(v));
    if (c.type === 'number') return num(Number(v));
    if (c.type && c.type in CODES) return tk(CODES[c.type as keyof typeof CODES], v);
    return String(v);
  };
  // Codes sort by what they read as; dates (ISO) and numbers by their value.
  const columns: TableColumn<DrillItem>[] = COLUMNS[kind].map((c) => ({
    key: c.key,
    header: t(c.label),
    cell: (it) => cell(c, it[c.key]),
    sortValue: (it) => {
      const v = it[c.key] ?? null;
      return v === null || numeric(c) || c.type === 'date' ? v : String(cell(c, v));
    },
    className: numeric(c) ? 'num' : undefined,
  }));
  return list.error ? (
    <LoadError error={list.error} onRetry={() => list.reload()} />
  ) : !list.loaded ? (
    <Loading />
  ) : list.items.length === 0 ? (
    <p className="empty">{t('reports.drill.empty')}</p>
  ) : (
    <>
      <p className="result-count" role="status">
        {t(list.hasMore ? 'reports.drill.shownMore' : 'reports.drill.shown', {
          count: list.items.length,
        })}
      </p>
      <PagedTable caption={title} columns={columns} list={list} />
    </>
  );
}
