import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { Section } from '../../components/page.tsx';
import { usePersonProgrammes } from './queries.ts';

function List({ personId }: { personId: string }) {
  const { t, date } = useI18n();
  const q = usePersonProgrammes(personId);
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data?.items.length) return null;
  return (
    <Section id="person-programmes" title={t('prg.support.title')}>
      <ul>
        {q.data.items.map((x) => (
          <li key={x.id}>
            <Link to={`/programmes/${x.programmeId}`}>{x.programmeName}</Link> — {t(`prg.status.${x.status}`)}
            , {t('prg.joinedOn').toLowerCase()} {date(x.joinedOn)}
            {x.supports.length ? (
              <ul>
                {x.supports.map((s) => (
                  <li key={s.id}>
                    {date(s.on)}: {s.form}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The person page's section: the projects the person takes part in, with the support received. */
export function PersonProgrammes({ p }: { p: PersonWithHistory }) {
  const { can } = useAuth();
  return can('programs.read') ? <List personId={p.id} /> : null;
}
