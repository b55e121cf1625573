import { LOCALES, type Locale } from '@ostoja/domain/i18n/index';
import { useI18n } from '../app/i18n.tsx';

/** Each language named in itself, so a reader finds theirs whatever the current language. */
const NATIVE: Record<Locale, string> = { pl: 'Polski', uk: 'Українська', en: 'English' };

export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t('language.choose')}</legend>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
          className="link-button"
        >
          {NATIVE[l]}
        </button>
      ))}
    </fieldset>
  );
}
