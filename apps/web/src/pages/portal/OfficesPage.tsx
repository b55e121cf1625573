import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import { useOffices } from './queries.ts';

/** The centre's offices, day centres and clubs: address, hours, "open now" and the teams they serve. */
export function OfficesPage() {
  const { t } = useI18n();
  const offices = useOffices();
  const a = offices.data;
  return (
    <Page title={t('portal.offices.title')} lead={t('portal.offices.lead')}>
      {offices.error ? <PortalLoadError error={offices.error} onRetry={() => offices.refetch()} /> : null}
      {!a && !offices.error ? <Loading /> : null}
      {a ? (
        <>
          <p className="meta">{t('portal.offices.at', { time: a.at.time })}</p>
          <p>
            {t('portal.offices.whichHint')}{' '}
            <Link to="/portal/which-office">{t('portal.nav.whichOffice')}</Link>
          </p>
          {a.offices.map((o) => (
            <OfficeCard key={o.id} office={o} />
          ))}
          {a.offices.length === 0 ? <p className="empty">{t('portal.offices.none')}</p> : null}
        </>
      ) : null}
    </Page>
  );
}
