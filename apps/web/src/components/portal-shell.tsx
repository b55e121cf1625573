import '../pages/portal/portal.css';
import { type ComponentType, type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { type AreaRoute, page } from '../app/area.ts';
import { useI18n } from '../app/i18n.tsx';
import { formatAddress } from '../lib/format.ts';
import { useCentre } from '../pages/portal/queries.ts';
import { portalLinks } from '../pages/portal/sections.ts';
import { Loading } from './feedback.tsx';
import { SkipLink } from './kit/skip-link.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { QuickExit } from './portal-quick-exit.tsx';

function PortalNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  // On a phone the menu folds away; it closes again after each choice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every navigation
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav aria-label={t('portal.nav.label')} className="portal-nav">
      <button
        type="button"
        className="portal-menu-button"
        aria-expanded={open}
        aria-controls="portal-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {t('portal.nav.menu')}
      </button>
      <ul id="portal-menu" className={open ? 'open' : undefined}>
        {portalLinks('menu').map((i) => (
          <li key={i.to}>
            <NavLink to={i.to} end={i.to === '/portal'}>
              {t(i.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The public portal's own frame: quick exit first, then the skip link, the centre's name, the
 * language switch and the residents' menu. No staff menu, no session box, nothing from other sites.
 */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const centre = useCentre();
  return (
    <div className="portal">
      <QuickExit />
      <SkipLink label={t('nav.skipToContent')} />
      <header className="portal-header">
        <div className="header-top">
          <Link to="/portal" className="portal-brand">
            {centre?.name ?? t('portal.brand')}
            <span className="portal-brand-sub">{t('portal.tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <PortalNav />
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      <footer className="portal-footer">
        <div className="portal-footer-inner">
          {centre ? (
            <p>
              <strong>{centre.name}</strong>
              <br />
              {formatAddress(centre)}
              {centre.phone ? (
                <>
                  <br />
                  {t('portal.phone')}:{' '}
                  <a href={`tel:${centre.phone.replace(/[^\d+]/g, '')}`}>{centre.phone}</a>
                </>
              ) : null}
            </p>
          ) : null}
          <ul className="portal-footer-links">
            {portalLinks('footer').map((i) => (
              <li key={i.to}>
                <Link to={i.to}>{t(i.label)}</Link>
              </li>
            ))}
          </ul>
        </div>
      </footer>
    </div>
  );
}

/** A public route's screen inside the portal frame; the screen's own code loads on first use. */
export function portalScreen(Screen: AreaRoute['component']): ComponentType {
  return function PortalScreen() {
    return (
      <PortalShell>
        <Screen />
      </PortalShell>
    );
  };
}

/** A public page: no login, in the portal's own frame; its code loads on first use. */
export const portalPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  portalScreen(page(load, name));
