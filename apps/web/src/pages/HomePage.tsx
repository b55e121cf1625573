import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth.tsx';
import { useI18n } from '../app/i18n.tsx';
import { SearchForm } from '../components/kit/search-form.tsx';
import { Page } from '../components/page.tsx';
import { CommissionDeadlinesSection } from './alcohol-commission/deadlines.tsx';
import { DebtorDeadlinesSection } from './alimony-fund/debtor-deadlines.tsx';
import { MyWorkSection } from './benefits/my-work.tsx';
import { CompletionDeadlinesSection } from './family-benefits/deadlines.tsx';
import { MyCaseTasksSection } from './social-work/my-case-tasks.tsx';

function QuickSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <section aria-labelledby="quick-search-h" className="card">
      <h2 id="quick-search-h">{t('home.quickSearch')}</h2>
      <SearchForm
        id="quick-search"
        label={t('persons.search.label')}
        hint={t('persons.search.hint')}
        value={q}
        onValue={setQ}
        onSearch={() => navigate(`/persons?q=${encodeURIComponent(q.trim())}`)}
      />
    </section>
  );
}

export function HomePage() {
  const { t } = useI18n();
  const { me, can } = useAuth();
  if (!me) return null;
  const firstName = me.fullName.split(' ')[0] ?? me.fullName;
  const shortcuts = [
    { to: '/applications', label: t('nav.applications'), show: can('applications.read') },
    { to: '/applications/new', label: t('nav.newApplication'), show: can('applications.write') },
    { to: '/persons', label: t('nav.persons'), show: can('registry.read') },
    { to: '/households/new', label: t('nav.newHousehold'), show: can('registry.write') },
    { to: '/admin/users', label: t('nav.users'), show: can('users.manage') },
    { to: '/admin/org-units', label: t('nav.orgUnits'), show: can('org.manage') },
    { to: '/admin/audit', label: t('nav.audit'), show: can('audit.read') },
    { to: '/admin/legal-parameters', label: t('nav.legalParameters'), show: can('legalParameters.manage') },
    { to: '/admin/local-resolutions', label: t('nav.localResolutions'), show: can('legalParameters.manage') },
  ].filter((s) => s.show);
  return (
    <Page
      title={t('home.title')}
      lead={
        <>
          {t('home.greeting', { name: firstName })}{' '}
          {t('home.roles', { roles: me.roles.map((r) => t(`role.${r}`)).join(', ') })}
        </>
      }
    >
      <MyWorkSection />
      <MyCaseTasksSection />
      <CommissionDeadlinesSection />
      <DebtorDeadlinesSection />
      <CompletionDeadlinesSection />
      <div className="grid">
        {can('registry.read') ? <QuickSearch /> : null}
        {shortcuts.length ? (
          <section aria-labelledby="shortcuts-h" className="card">
            <h2 id="shortcuts-h">{t('home.shortcuts')}</h2>
            <ul className="link-list">
              {shortcuts.map((s) => (
                <li key={s.to}>
                  <Link to={s.to}>{s.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Page>
  );
}
