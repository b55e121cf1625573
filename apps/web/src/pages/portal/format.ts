import { useI18n } from '../../app/i18n.tsx';

export const INTL_TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** "22 listopada 2026": a day written out, for residents (a timestamp is read in Warsaw time). */
export function useLongDate(): (iso: string | null | undefined) => string {
  const { locale } = useI18n();
  const fmt = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'Europe/Warsaw' });
  return (iso) => {
    if (!iso) return '';
    // A bare date is a calendar day, not a moment: read it at noon so no time zone shifts it.
    return fmt.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
  };
}
