import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { DataTable } from '../../components/table.tsx';
import { usePaged } from '../../lib/use-paged.ts';

// The person's history across the centre, newest first: applications, home visits, decisions,
// benefits paid and — for members of the compartment only, the server decides — Niebieska Karta
// procedures. Each row opens what it is about.

interface HistoryEvent {
  kind: 'application' | 'visit' | 'decision' | 'payment' | 'procedure';
  id: string;
  on: string | null;
  refId: string;
  number: string | null;
  benefit: string | null;
  status: string | null;
  amount: number | null;
  detail: string | null;
}

const LINKS: Record<HistoryEvent['kind'], string> = {
  application: '/applications/',
  visit: '/applications/',
  decision: '/applications/',
  payment: '/payments/items/',
  procedure: '/blue-cards/',
};

function What({ e }: { e: HistoryEvent }) {
  const { t, money } = useI18n();
  const benefits = (e.benefit ?? '')
    .split(',')
    .filter(Boolean)
    .map((b) => t(`benefit.${b}`))
    .join(', ');
  switch (e.kind) {
    case 'application':
      return <>{[benefits, e.status ? t(`status.${e.status}`) : ''].filter(Boolean).join(' — ')}</>;
    case 'visit':
      return <>{t('personEvents.visit')}</>;
    case 'decision':
      return (
        <>
          {benefits} — {t(`personEvents.outcome.${e.status}`)}
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
            .map((r) => t(`blueCard.role.${r}`))
            .join(', ')}
        </>
      );
  }
}

export function PersonEvents({ personId }: { personId: string }) {
  const { t, tp, date } = useI18n();
  const list = usePaged<HistoryEvent>(`/api/v1/persons/${personId}/history?limit=50`);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.loaded) return <Loading />;
  if (!list.items.length) return <p className="empty">{t('personEvents.none')}</p>;
  return (
    <>
      <p className="result-count">{tp('personEvents.count', list.items.length)}</p>
      <DataTable caption={t('personEvents.caption')} compact>
        <thead>
          <tr>
            <th scope="col">{t('personEvents.date')}</th>
            <th scope="col">{t('personEvents.kindColumn')}</th>
            <th scope="col">{t('personEvents.number')}</th>
            <th scope="col">{t('personEvents.what')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((e) => (
            <tr key={`${e.kind}-${e.id}`}>
              <td className="nowrap">{e.on ? date(e.on) : '—'}</td>
              <td>{t(`personEvents.kind.${e.kind}`)}</td>
              <td>
                <Link to={`${LINKS[e.kind]}${e.refId}`}>{e.number ?? t('personEvents.open')}</Link>
              </td>
              <td>
                <What e={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {list.nextCursor ? (
        <p>
          <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loading}>
            {t('personEvents.more')}
          </button>
        </p>
      ) : null}
    </>
  );
}
