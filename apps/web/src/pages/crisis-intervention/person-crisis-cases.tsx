import type { CrisisCaseSummary } from '@ostoja/domain/crisis-intervention/crisis-case';
import { Link } from 'react-router-dom';
import { crisisApi } from '../../api/crisis-intervention.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LinkList } from '../../components/kit/link-list.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { crisisKeys } from './queries.ts';

/** The person page's section (see SECTIONS in PersonPage): the person's crisis intervention cases. */
export function PersonCrisisCases({ p }: { p: { id: string } }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('crisisIntervention.read');
  const list = useCursorQuery<CrisisCaseSummary>(
    crisisKeys.ofPerson(p.id),
    (after, signal) => crisisApi.list({ personId: p.id, after, limit: 20 }, signal),
    allowed,
  );
  if (!allowed) return null;
  return (
    <section aria-labelledby="person-crisis-h">
      <h2 id="person-crisis-h">{t('ci.personSection')}</h2>
      <LinkList
        list={list}
        empty={t('ci.personNone')}
        item={(c) => (
          <Link to={`/crisis-cases/${c.id}`}>
            {t('ci.personItem', {
              date: date(c.openedOn),
              kind: t(`ci.kind.${c.kind}`),
              state: t(c.closedOn ? 'ci.state.closed' : 'ci.state.open'),
            })}
          </Link>
        )}
      />
      {can('crisisIntervention.manage') ? (
        <p>
          <Link to={`/crisis-cases?personId=${p.id}`}>{t('ci.personOpen')}</Link>
        </p>
      ) : null}
    </section>
  );
}
