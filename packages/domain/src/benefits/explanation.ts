import { benefits } from '../i18n/benefits.ts';
import { incomeRules } from '../i18n/income-rules.ts';
import { hasMessage, type Locale, registerMessages, t } from '../i18n/index.ts';

// Whoever renders a step needs its messages, whether or not it loaded the package index.
registerMessages(benefits, incomeRules);

/** A money amount in grosze, formatted in the reader's language when rendered. */
export interface MoneyParam {
  money: number;
}
/** A word translated when rendered (an income kind); `fallback` where no translation exists. */
export interface MessageParam {
  message: string;
  fallback: string;
}
export type StepParam = string | number | MoneyParam | MessageParam;

/**
 * One step of a calculation: the provision it applies and a message key with parameters from
 * the benefits message file, so the same calculation prints in Polish, Ukrainian or English.
 */
export interface ExplanationStep {
  article: string;
  key: string;
  params: Record<string, StepParam>;
}

export interface RenderedStep {
  article: string;
  text: string;
}

export const money = (grosze: number): MoneyParam => ({ money: grosze });

export const step = (
  article: string,
  key: string,
  params: Record<string, StepParam> = {},
): ExplanationStep => ({ article, key, params });

const LOCALE_TAGS: Record<Locale, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than using one: one per locale, made once.
const moneyFormats = new Map<Locale, Intl.NumberFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function cachedFormat(
  cache: Map<Locale, Intl.NumberFormat>,
  locale: Locale,
  options: Intl.NumberFormatOptions,
) {
  const made = cache.get(locale);
  if (made) return made;
  const f = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
  cache.set(locale, f);
  return f;
}

export function formatMoney(grosze: number, locale: Locale = 'pl'): string {
  return cachedFormat(moneyFormats, locale, { style: 'currency', currency: 'PLN' }).format(grosze / 100);
}

function formatParam(value: StepParam, locale: Locale): string | number {
  if (typeof value === 'object')
    return 'money' in value
      ? formatMoney(value.money, locale)
      : hasMessage(value.message)
        ? t(locale, value.message)
        : value.fallback;
  if (typeof value === 'number')
    return cachedFormat(numberFormats, locale, { maximumFractionDigits: 4 }).format(value);
  return value;
}

export function renderStep(s: ExplanationStep, locale: Locale): RenderedStep {
  const params = Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, formatParam(v, locale)]));
  return { article: s.article, text: t(locale, s.key, params) };
}

export function renderExplanation(steps: readonly ExplanationStep[], locale: Locale): RenderedStep[] {
  return steps.map((s) => renderStep(s, locale));
}
