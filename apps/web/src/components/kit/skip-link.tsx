import { useI18n } from '../../app/i18n.tsx';

/** The first link of a frame (staff or portal): straight to the page's content, for keyboards. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t('nav.skipToContent')}
    </a>
  );
}
