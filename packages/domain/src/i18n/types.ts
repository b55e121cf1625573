export const LOCALES = ['pl', 'uk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = Record<string, string>;
/** One translation file: the same keys in each language, Polish first. `K` are its keys when known. */
export type MessageFile<K extends string = string> = Record<Locale, Record<K, string>>;

/** The keys of a message file (`KeysOf<typeof uiCentres>`), for a typed `t`. */
export type KeysOf<F> =
  F extends Record<'pl', Record<infer K, string>> ? (K extends string ? K : never) : never;

// English has only "one" and "other"; the Polish and Ukrainian "few" and "many" forms may be left out of it.
type NotInEnglish = `${string}.few` | `${string}.many`;

/**
 * A translation file whose keys the Polish part defines: Ukrainian and English must have every one of
 * them and no other, so a missing, extra or misspelt key fails type checking.
 */
export function messages<K extends string>(file: {
  pl: Record<K, string>;
  uk: NoInfer<Record<K, string>>;
  en: NoInfer<Record<Exclude<K, NotInEnglish>, string> & Partial<Record<K & NotInEnglish, string>>>;
}): MessageFile<K> {
  // English plural forms it lacks fall back to Polish at run time (t), as before.
  return file as MessageFile<K>;
}

/** Strings kept as rows `[key, pl, uk, en]` (blue card): every row has all three languages by its shape. */
export function messageRows<const K extends string>(
  rows: readonly (readonly [K, string, string, string])[],
): MessageFile<K> {
  const pick = (i: 1 | 2 | 3) => Object.fromEntries(rows.map((r) => [r[0], r[i]])) as Record<K, string>;
  return { pl: pick(1), uk: pick(2), en: pick(3) };
}
