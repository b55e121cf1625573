import { HELP_CATEGORIES } from '@ostoja/domain/portal/content';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { ByCategory } from './by-category.tsx';
import { useHelpForms } from './queries.ts';

/** The catalogue of the forms of help, grouped by category (one category when asked for). */
export function HelpFormsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const only = params.get('category');
  const list = useHelpForms();
  const items = list.data?.items ?? [];
  const categories = HELP_CATEGORIES.filter(
    (c) => (!only || c === only) && items.some((i) => i.category === c),
  );
  return (
    <Page title={t('portal.help.title')} lead={t('portal.help.lead')}>
      {list.error ? <PortalLoadError error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isFetching && !list.data ? <Loading /> : null}
      {only ? (
        <p>
          <Link to="/portal/help">{t('portal.help.all')}</Link>
        </p>
      ) : null}
      <ByCategory
        id="cat"
        categories={categories}
        items={items}
        heading={(c) => t(`helpCategory.${c}`)}
        className="tiles"
        itemKey={(i) => i.slug}
      >
        {(i) => (
          <Link to={`/portal/help/${i.slug}`}>
            <span className="tile-title">{i.title}</span>
            <span className="tile-text">{i.summary}</span>
          </Link>
        )}
      </ByCategory>
      {list.data && categories.length === 0 ? <p className="empty">{t('portal.help.none')}</p> : null}
      <p>
        {t('portal.help.selfCheckHint')} <Link to="/portal/self-check">{t('portal.nav.selfCheck')}</Link>
      </p>
    </Page>
  );
}
