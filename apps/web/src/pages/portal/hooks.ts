import { useEffect, useRef, useState } from 'react';
import type { PublicOffice } from '../../api/portal.ts';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Loaded, useApi } from '../../lib/use-api.ts';

/**
 * A public GET whose answer is in the UI language (content served per Accept-Language): loaded
 * again when the resident switches the language, so the page never mixes two languages.
 */
export function useLocalizedApi<T>(path: string | null): Loaded<T> {
  const { locale } = useI18n();
  const loaded = useApi<T>(path);
  const shown = useRef(locale);
  const { reload } = loaded;
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    reload();
  }, [locale, reload]);
  return loaded;
}

// The centre's name and contact change rarely: one request per visit serves every page's header.
let centreRequest: Promise<PublicOffice | null> | null = null;

/** The centre (name, address, phone) for the portal's header and footer; null until known. */
export function useCentre(): PublicOffice | null {
  const [centre, setCentre] = useState<PublicOffice | null>(null);
  useEffect(() => {
    let live = true;
    centreRequest ??= portalApi
      .offices()
      .then((a) => a.centre)
      .catch(() => {
        centreRequest = null;
        return null;
      });
    centreRequest.then((c) => live && setCentre(c));
    return () => {
      live = false;
    };
  }, []);
  return centre;
}

const INTL_TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

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
