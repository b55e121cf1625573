import type { I18n } from '../../app/i18n.tsx';
import type { Column } from '../../components/kit/column-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';

interface Membership {
  relation: string;
  since: string;
  until?: string | null;
}

/** A membership's relation to the head and the day it began. */
function sinceColumns<T extends Membership>({ t, tk, date }: Pick<I18n, 't' | 'tk' | 'date'>): Column<T>[] {
  return [
    { key: 'relation', header: t('member.relation'), cell: (m) => tk('relation', m.relation) },
    { key: 'since', header: t('member.since'), cell: (m) => date(m.since) },
  ];
}

/** The same and the day it ended, or "current" while it lasts: a line of a household's or a person's history. */
export function periodColumns<T extends Membership>(i18n: Pick<I18n, 't' | 'tk' | 'date'>): Column<T>[] {
  const { t, date } = i18n;
  return [
    ...sinceColumns<T>(i18n),
    {
      key: 'until',
      header: t('member.until'),
      cell: (m) => (m.until ? date(m.until) : <StatusBadge tone="ok">{t('member.current')}</StatusBadge>),
    },
  ];
}
