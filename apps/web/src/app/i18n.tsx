import {
  hasMessage,
  LOCALES,
  type Locale,
  tPlural,
  t as translate,
  translateMessage,
} from '@ostoja/domain/i18n/index';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setApiLocale } from '../api/client.ts';
import type { KeyPrefix, PluralKey, UiKey } from '../i18n/keys.ts';

const STORAGE_KEY = 'ostoja.locale';
const INTL_TAG: Record<Locale, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };

/** The typed `t`, for helpers that receive it. */
export type Translate = I18n['t'];

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** A UI string by key (a misspelt key fails type checking), `{name}` placeholders filled. */
  t(key: UiKey, params?: Record<string, string | number>): string;
  /**
   * A key completed by a value the server sends as plain text or a number (a status, a weekday):
   * `tk('benefit', b)` is t(`benefit.${b}`). The prefix is checked; an unknown value shows its key, as t does.
   */
  tk(prefix: KeyPrefix, value: string | number, params?: Record<string, string | number>): string;
  /** A counted phrase in the language's plural form: "1 osoba, 2 osoby, 5 osób". */
  tp(key: PluralKey, count: number): string;
  /**
   * A schema message ("validation.tooShort?min=2"), a server message, or a key known only at run time
   * (checked with hasMessage first), in the UI language; text that is no key is shown as it is.
   */
  msg(message: string): string;
  /** A calendar date (YYYY-MM-DD) as the language writes it. */
  date(iso: string | null | undefined): string;
  /** A moment (ISO timestamp) in Warsaw time. */
  dateTime(iso: string | null | undefined): string;
  /** Integer grosze as złoty. */
  money(grosze: number): string;
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // Storage may be unavailable (private mode); Polish then.
  }
  return 'pl';
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The text of a key. A key no loaded string file holds would be shown as it is ("ft.addBand"): the
 * console says which, and the browser tests fail on it (a module's screens must load its strings).
 */
function shown(locale: Locale, key: string, params?: Record<string, string | number>) {
  if (!hasMessage(key)) console.error(`Missing translation: ${key}`);
  return translate(locale, key, params && localNumbers(locale, params));
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** Numbers in a text are written as the language writes them ("8,5 godz.", not "8.5 godz."). */
function localNumbers(locale: Locale, params: Record<string, string | number>) {
  let fmt = numberFormats.get(locale);
  if (!fmt) {
    fmt = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 4 });
    numberFormats.set(locale, fmt);
  }
  const f = fmt;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? f.format(v) : v]),
  );
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  setApiLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered then; the choice still holds for this visit.
    }
    setApiLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const tag = INTL_TAG[locale];
    const dateFmt = new Intl.DateTimeFormat(tag, {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    const dateTimeFmt = new Intl.DateTimeFormat(tag, {
      timeZone: 'Europe/Warsaw',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    const moneyFmt = new Intl.NumberFormat(tag, { style: 'currency', currency: 'PLN' });
    return {
      locale,
      setLocale,
      t: (key, params) => shown(locale, key, params),
      tk: (prefix, value, params) => shown(locale, `${prefix}.${value}`, params),
      tp: (key, count) => tPlural(locale, key, count),
      msg: (message) => translateMessage(locale, message),
      date: (iso) => (iso ? dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
      dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : ''),
      money: (grosze) => moneyFmt.format(grosze / 100),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
