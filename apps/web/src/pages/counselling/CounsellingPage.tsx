import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { useSpecialists } from './queries.ts';
import { useDutyLines } from './slot-text.tsx';

/** "Poradnictwo": who gives advice, when they are on duty, and a way to book without an account. */
export function CounsellingPage() {
  const { t } = useI18n();
  const dutyLines = useDutyLines();
  const list = useSpecialists();
  return (
    <Page title={t('couns.title')} lead={t('couns.lead')}>
      <p>
        {t('couns.haveCode')} <Link to="/portal/counselling/booking">{t('couns.manageBooking')}</Link>
      </p>
      {list.error ? <PortalLoadError error={list.error} onRetry={() => list.refetch()} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data?.items.map((s) => (
        <article key={s.id} className="card" aria-labelledby={`sp-${s.id}`}>
          <h2 id={`sp-${s.id}`}>{s.publicName}</h2>
          <p className="meta">{t(`specialistKind.${s.kind}`)}</p>
          {s.description ? <p lang={s.lang}>{s.description}</p> : null}
          <p className="office-hours-title">{t('couns.dutyHours')}</p>
          {s.dutyHours.length ? (
            <ul>
              {dutyLines(s.dutyHours).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('couns.noDuty')}</p>
          )}
          <NewLink to={`/portal/counselling/book?specialist=${s.id}`} allowed>
            {t('couns.book')}
            <span className="visually-hidden"> — {s.publicName}</span>
          </NewLink>
        </article>
      ))}
      {list.data?.items.length === 0 ? <p className="empty">{t('couns.none')}</p> : null}
      <div className="lead-box">
        <p>{t('couns.emergency')}</p>
      </div>
    </Page>
  );
}
