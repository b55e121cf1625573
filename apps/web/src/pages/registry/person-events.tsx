import type { PersonHistoryEvent as HistoryEvent } from '@ostoja/domain/registry/person';
import { Link } from 'react-router-dom';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { registryKeys } from './queries.ts';

// The person's history across the centre, newest first: applications, home visits, decisions,
// benefits paid and — for members of the compartment only, the server decides — Niebieska Karta
// procedures. Each row opens what it is about.

const LINKS: Record<HistoryEvent['kind'], string> = {
  application: '/applications/',
  visit: '/applications/',
  decision: '/applications/',
  payment: '/payments/items/',
  procedure: '/blue-cards/',
};

function What({ e }: { e: HistoryEvent }) {
  const { money, t, tk } = useI18n();
  const benefits = (e.benefit ?? '')
    .split(',')
    .filter(Boolean)
    .map((b) => tk('benefit', b))
    .join(', ');
  switch (e.kind) {
    case 'application':
      return <>{[benefits, e.status ? tk('status', e.status) : ''].filter(Boolean).join(' — ')}</>;
    case 'visit':
      return <>{t('personEvents.visit')}</>;
    case 'decision':
      return (
        <>
          {benefits} — {tk('personEvents.outcome', String(e.status))}
          {e.status === 'grant' && e.amount ? `, ${money(e.amount)}` : ''}
        </>
      );
    case 'payment':
      return (
        <>
          {benefits} {t('personEvents.forMonth', { month: e.detail ?? '' })} — {money(e.amount ?? 0)}
          {e.status === 'returned' ? ` (${t('personEvents.returned')})` : ''}
        </>
      );
    case 'procedure':
      return (
        <>
          {(e.detail ?? '')
            .split(',')
            .filter(Boolean)
            .map((r) => tk('blueCard.role', r))
            .join(', ')}
        </>
      );
  }
}

export function PersonEvents({ personId }: { personId: string }) {
  const { t, tp, date } = useI18n();
  const list = useCursorQuery(registryKeys.history(personId), (after, signal) =>
    registryApi.history(personId, { after, limit: 50 }, signal),
  );
  const columns: Column<HistoryEvent>[] = [
    {
      key: 'on',
      header: t('personEvents.date'),
      cell: (e) => (e.on ? date(e.on) : '—'),
      sortValue: (e) => e.on,
      className: 'nowrap',
    },
    {
      key: 'kind',
      header: t('personEvents.kindColumn'),
      cell: (e) => t(`personEvents.kind.${e.kind}`),
      sortValue: (e) => t(`personEvents.kind.${e.kind}`),
    },
    {
      key: 'number',
      header: t('personEvents.number'),
      cell: (e) => <Link to={`${LINKS[e.kind]}${e.refId}`}>{e.number ?? t('personEvents.open')}</Link>,
    },
    { key: 'what', header: t('personEvents.what'), cell: (e) => <What e={e} /> },
  ];
  if (list.error) return <LoadError error={list.error} onRetry={() => list.reload()} />;
  if (!list.loaded) return <Loading />;
  if (!list.items.length) return <p className="empty">{t('personEvents.none')}</p>;
  return (
    <>
      <p className="result-count">{tp('personEvents.count', list.items.length)}</p>
      {/* Newest first: more rows are older ones, and the button says so. */}
      <PagedTable
        caption={t('personEvents.caption')}
        columns={columns}
        list={{ ...list, hasMore: false }}
        rowKey={(e) => `${e.kind}-${e.id}`}
      />
      {list.hasMore ? (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => list.loadMore()}
            disabled={list.loading}
          >
            {t('personEvents.more')}
          </button>
        </p>
      ) : null}
    </>
  );
}
