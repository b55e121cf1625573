export const LOCALES = ['pl', 'uk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = Record<string, string>;
/** One translation file: the same keys in each language, Polish first. */
export type MessageFile = Record<Locale, Messages>;
