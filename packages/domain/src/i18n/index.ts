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

/** Translates a key; falls back to Polish, then to the key itself. `{name}` placeholders are filled. */
export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = catalogue[locale][key] ?? catalogue.pl[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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
