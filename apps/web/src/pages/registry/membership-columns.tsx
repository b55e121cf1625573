import { type I18n, useI18n } from '../../app/i18n.tsx';
import { type Column, ColumnTable } from '../../components/kit/column-table.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
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
function periodColumns<T extends Membership>(i18n: Pick<I18n, 't' | 'tk' | 'date'>): Column<T>[] {
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

/** A household's or a person's history: who or where (a link), then each membership's period. */
export function MembershipHistory<T extends Membership & { membershipId: string }>({
  caption,
  rows,
  link,
}: {
  caption: string;
  rows: T[];
  /** The first column, linking to the other side of the membership: linkColumn's arguments. */
  link: Parameters<typeof linkColumn<T>>;
}) {
  const i18n = useI18n();
  return (
    <ColumnTable
      caption={caption}
      rows={rows}
      rowKey={(m) => m.membershipId}
      columns={[linkColumn(...link), ...periodColumns<T>(i18n)]}
    />
  );
}
