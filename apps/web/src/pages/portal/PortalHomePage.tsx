import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Page } from '../../components/page.tsx';
import { useLongDate } from './format.ts';
import { useLatestNews } from './queries.ts';
import { PORTAL_TILES } from './sections.ts';

export function PortalHomePage() {
  const { t } = useI18n();
  const longDate = useLongDate();
  const news = useLatestNews(4);
  const items = news.data?.items ?? [];
  const pinned = items.filter((n) => n.pinned);
  const latest = items.filter((n) => !n.pinned).slice(0, 3);
  return (
    <Page title={t('portal.home.title')} lead={t('portal.home.lead')}>
      {pinned.map((n) => (
        <div key={n.id} className="lead-box" lang={n.lang}>
          <p className="alert-title">
            <Link to={`/portal/news/${n.id}`}>{n.title}</Link>
          </p>
          <p>{n.summary}</p>
        </div>
      ))}
      <section aria-labelledby="home-tiles">
        <h2 id="home-tiles">{t('portal.home.howCanWeHelp')}</h2>
        <ul className="tiles">
          {PORTAL_TILES.map((tile) => (
            <li key={tile.to}>
              <Link to={tile.to}>
                <span className="tile-title">{t(`portal.tile.${tile.key}`)}</span>
                <span className="tile-text">{t(`portal.tile.${tile.key}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-safety" className="card">
        <h2 id="home-safety">{t('portal.home.safety')}</h2>
        <p>{t('portal.home.safetyText')}</p>
        <p>{t('portal.home.safetyPhones')}</p>
        <p>
          <Link to="/portal/help?category=crisis">{t('portal.home.safetyLink')}</Link>
        </p>
      </section>
      {latest.length ? (
        <section aria-labelledby="home-news">
          <h2 id="home-news">{t('portal.home.news')}</h2>
          <ul className="news-list">
            {latest.map((n) => (
              <li key={n.id} lang={n.lang}>
                <h3>
                  <Link to={`/portal/news/${n.id}`}>{n.title}</Link>
                </h3>
                <p className="meta">{longDate(n.publishedAt)}</p>
                <p>{n.summary}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/portal/news">{t('portal.home.allNews')}</Link>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
