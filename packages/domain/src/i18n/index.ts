import { errors } from './errors.ts';
import { LOCALES, type Locale, type MessageFile, type Messages } from './types.ts';

export * from './types.ts';

const files: MessageFile[] = [];
const catalogue: Record<Locale, Messages> = { pl: {}, uk: {}, en: {} };

/** Modules add their translation files here (server and web call it at load time). */
export function registerMessages(...more: MessageFile[]): void {
  for (const file of more) {
    if (files.includes(file)) continue;
    files.push(file);
    for (const locale of LOCALES) Object.assign(catalogue[locale], file[locale]);
  }
}
registerMessages(errors);

export function hasMessage(key: string): boolean {
  return key in catalogue.pl;
}

const DATE_TAGS: Record<Locale, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as the reader's language writes it: 09.02.2026 in Polish. */
export function formatDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_TAGS[locale], {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Translates a key; falls back to Polish, then to the key itself. `{name}` placeholders are
 * filled; a calendar date given as YYYY-MM-DD is written as the language writes dates, so no
 * message shows a resident an ISO date.
 */
export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = catalogue[locale][key] ?? catalogue.pl[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const value = params[name];
    return typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value, locale) : String(value);
  });
}

/** The first supported language of an Accept-Language header; Polish by default. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'pl';
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang, q } of wanted)
    if (q > 0 && (LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  return 'pl';
}

/** Polish plural categories: 1 wniosek, 2 wnioski, 5 wniosków. Keys: `${key}.one|few|many|other`. */
export function tPlural(locale: Locale, key: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const full = `${key}.${category}`;
  return t(locale, hasMessage(full) ? full : `${key}.other`, { count });
}

/** Translates a message key produced by our schemas ("key?param=value&..."). */
export function translateMessage(locale: Locale, message: string): string {
  const [key = '', query] = message.split('?');
  if (!hasMessage(key)) return message;
  const params = Object.fromEntries(new URLSearchParams(query ?? ''));
  return t(locale, key, params);
}

export function allMessageFiles(): readonly MessageFile[] {
  return files;
}
