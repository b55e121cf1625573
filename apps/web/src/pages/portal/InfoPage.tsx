import { useI18n } from '../../app/i18n.tsx';
import { FixedLinks } from '../../components/kit/fixed-links.tsx';
import { PortalPending } from '../../components/kit/portal-pending.tsx';
import { Page } from '../../components/page.tsx';
import { PortalNotFoundContent } from '../../components/portal-feedback.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { useLongDate } from './format.ts';
import { useCentre, usePublicPage as usePage } from './queries.ts';

/**
 * Deklaracja dostępności. The ids (a11y-…) are those of the national model statement, by which
 * monitoring tools find the entity, the dates and the compliance status.
 */
export function AccessibilityPage() {
  const { t } = useI18n();
  const longDate = useLongDate();
  const centre = useCentre();
  const page = usePage('accessibility');
  if (page.error || !page.data) return <PortalPending query={page} />;
  const p = page.data;
  return (
    <Page title={p.title}>
      <div id="a11y-wstep">
        <p>
          <span id="a11y-podmiot">{centre?.name ?? t('portal.brand')}</span> {t('portal.a11y.intro')}{' '}
          <a id="a11y-url" href={`${window.location.origin}/portal`}>
            {window.location.host}
          </a>
          .
        </p>
        <dl className="details">
          <div>
            <dt>{t('portal.a11y.published')}</dt>
            <dd id="a11y-data-publikacja">{longDate(p.sitePublishedOn)}</dd>
          </div>
          <div>
            <dt>{t('portal.a11y.updated')}</dt>
            <dd id="a11y-data-aktualizacja">{longDate(p.updatedOn)}</dd>
          </div>
          <div>
            <dt>{t('portal.a11y.prepared')}</dt>
            <dd id="a11y-data-sporzadzenie">{longDate(p.preparedOn)}</dd>
          </div>
        </dl>
      </div>
      {p.compliance ? (
        <>
          <h2>{t('portal.a11y.status')}</h2>
          <p id="a11y-status">{t(`compliance.${p.compliance}`)}</p>
        </>
      ) : null}
      <h2>{t('portal.a11y.details')}</h2>
      <PlainText text={p.body} lang={p.lang} />
      <h2>{t('portal.a11y.quickExit')}</h2>
      <p>{t('portal.a11y.quickExitText')}</p>
    </Page>
  );
}

export function ContactPage() {
  const { t } = useI18n();
  const page = usePage('contact');
  if (page.error || !page.data) return <PortalPending query={page} />;
  const p = page.data;
  return (
    <Page title={p.title}>
      <PlainText text={p.body} lang={p.lang} />
      <FixedLinks
        links={[
          ['/portal/which-office', t('portal.nav.whichOffice')],
          ['/portal/offices', t('portal.nav.offices')],
        ]}
      />
    </Page>
  );
}

export function PortalNotFound() {
  return <PortalNotFoundContent />;
}
