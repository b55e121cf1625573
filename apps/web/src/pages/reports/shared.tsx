import type { ComponentProps } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { YearSelect as YearsSelect } from '../../components/kit/year-select.tsx';
import { todayIso } from '../../lib/format.ts';

// Shared bits of the report screens: the current year, a year picker, number formatting.

export const currentYear = () => Number(todayIso().slice(0, 4));

/** The address's query (`?year=…`) with the year it asks for, this year where it asks for none. */
export function useYearParam() {
  const [params, setParams] = useSearchParams();
  return { params, setParams, year: Number(params.get('year')) || currentYear() };
}

const TAGS = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** Formats a count or an amount in grosze in the UI language. */
export function useNumber() {
  const { locale, money } = useI18n();
  const fmt = new Intl.NumberFormat(TAGS[locale]);
  return (value: number, unit: 'count' | 'grosze' | 'text' = 'count') =>
    unit === 'grosze' ? money(value) : fmt.format(value);
}

/** The year picker of a report: the years from `from` to `to` (the last six unless given), newest first. */
export function YearSelect({
  from = currentYear() - 5,
  to = currentYear(),
  ...field
}: Omit<ComponentProps<typeof YearsSelect>, 'label' | 'from' | 'to'> & { from?: number; to?: number }) {
  const { t } = useI18n();
  return <YearsSelect label={t('reports.year')} from={from} to={to} {...field} />;
}

export const apiBase = '/api/v1/reports';

/** Links to the other report screens (the menu has the dashboard and the strategy report). */
export function ReportLinks({ current }: { current: 'dashboard' | 'strategy' | 'mrpips' }) {
  const { t, tk } = useI18n();
  const all = [
    { key: 'dashboard', to: '/reports/dashboard' },
    { key: 'strategy', to: '/reports/strategy' },
    { key: 'mrpips', to: '/reports/mrpips' },
  ].filter((l) => l.key !== current);
  return (
    <nav aria-label={t('reports.links')}>
      <ul className="inline-actions" style={{ listStyle: 'none', padding: 0 }}>
        {all.map((l) => (
          <li key={l.key}>
            <Link to={l.to}>{tk('reports.link', l.key)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
