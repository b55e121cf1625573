import { lazy, type ReactNode, Suspense, useRef } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { mainMenu } from '../app/area.ts';
import { AREAS } from '../app/areas.ts';
import { useAuth } from '../app/auth.tsx';
import { loadAllStrings } from '../app/first-strings.ts';
import { useI18n } from '../app/i18n.tsx';
import { SkipLink } from './kit/skip-link.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { markNavigation } from './page.tsx';

// The routes do not change while the app runs, so the menu is built once.
const MENU = mainMenu(AREAS);

function MainNav() {
  const { t } = useI18n();
  const { can } = useAuth();
  const items: { to: string; label: string; end?: boolean; show: boolean }[] = [
    { to: '/', label: t('nav.home'), end: true, show: true },
    ...MENU.map((i) => ({
      to: i.to,
      label: t(i.label),
      end: i.end ?? false,
      show: !i.permission || can(i.permission),
    })),
  ];
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {items
          .filter((i) => i.show)
          .map((i) => (
            <li key={i.to}>
              <NavLink to={i.to} end={i.end ?? false}>
                {i.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function UserBox() {
  const { t } = useI18n();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <div className="user-box">
      <span className="user-name">{me.fullName}</span>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await logout();
          navigate('/login', { replace: true, state: { loggedOut: true } });
        }}
      >
        {t('action.logout')}
      </button>
    </div>
  );
}

/** Marks client-side navigations (not the first load) so the next page heading takes the focus. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const last = useRef<string | null>(null);
  if (last.current !== pathname) {
    if (last.current !== null) markNavigation();
    last.current = pathname;
  }
}

// The staff frame waits for every module's strings: its menu names every area.
const StaffFrame = lazy(async () => {
  await loadAllStrings();
  return { default: StaffLayout };
});

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  useFocusOnNavigate();
  // The residents' portal brings its own shell (quick exit first, no staff menu or login box).
  if (pathname === '/portal' || pathname.startsWith('/portal/')) return children;
  return (
    <Suspense fallback={null}>
      <StaffFrame>{children}</StaffFrame>
    </Suspense>
  );
}

function StaffLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <>
      <SkipLink label={t('nav.skipToContent')} />
      <header className="site-header">
        <div className="header-top">
          <Link to="/" className="brand">
            <span aria-hidden="true" className="brand-mark">
              ◆
            </span>{' '}
            {t('app.name')}
            <span className="brand-sub">{t('app.tagline')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitcher />
            <UserBox />
          </div>
        </div>
        {me ? <MainNav /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
