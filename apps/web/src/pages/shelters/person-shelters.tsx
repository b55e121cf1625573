import type { ShelterReferral } from '@ostoja/domain/shelters/shelter';
import { Link } from 'react-router-dom';
import { sheltersApi } from '../../api/shelters.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LinkList } from '../../components/kit/link-list.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Section } from '../../components/page.tsx';
import { sheltersKeys } from './queries.ts';

/** The person page's section (see SECTIONS in PersonPage): the person's shelter referrals. */
export function PersonShelterReferrals({ p }: { p: { id: string } }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('shelters.read');
  const list = useCursorQuery<ShelterReferral>(
    sheltersKeys.ofPerson(p.id),
    (after, signal) => sheltersApi.referrals({ personId: p.id, after, limit: 20 }, signal),
    allowed,
  );
  if (!allowed) return null;
  return (
    <Section id="person-shelters" title={t('sh.personSection')}>
      <LinkList
        list={list}
        empty={t('sh.personNone')}
        item={(r) => (
          <>
            <Link to={`/shelter-referrals/${r.id}`}>
              {t('sh.personItem', {
                shelter: r.shelterName,
                kind: t(`sh.kind.${r.shelterKind}`),
                from: date(r.periodFrom),
                to: date(r.periodTo),
              })}
            </Link>
            {r.number ? ` — ${r.number}` : ''}
          </>
        )}
      />
    </Section>
  );
}
