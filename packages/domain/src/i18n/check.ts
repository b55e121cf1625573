import { LOCALES, type MessageFile } from './types.ts';

// Plural forms a language does not have (English has no "few") need no key in it.
const categories = (l: string) => new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[];
const notUsedIn = (key: string, l: string) => {
  const suffix = key.split('.').at(-1)!;
  return ['zero', 'one', 'two', 'few', 'many'].includes(suffix) && !categories(l).includes(suffix);
};
const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();

/**
 * What a translator left undone in these files: a key missing or empty in a language, or a
 * `{placeholder}` a language names differently from Polish. The tests of the domain and the web call it.
 */
export function translationProblems(files: readonly MessageFile[], names: readonly string[] = []): string[] {
  const problems: string[] = [];
  files.forEach((file, i) => {
    const where = names[i] ?? `file ${i}`;
    const keys = new Set(LOCALES.flatMap((l) => Object.keys(file[l])));
    for (const key of keys)
      for (const locale of LOCALES) {
        const text = file[locale][key];
        const polish = file.pl[key];
        if (text === undefined && notUsedIn(key, locale)) continue;
        if (text === undefined) problems.push(`${where}: ${key} missing in ${locale}`);
        else if (text.trim() === '') problems.push(`${where}: ${key} empty in ${locale}`);
        else if (polish !== undefined && placeholders(text) !== placeholders(polish))
          problems.push(`${where}: ${key} has other {placeholders} in ${locale}`);
      }
  });
  return problems;
}

/** The schema and error message keys a source text names in quotes ("validation.tooShort?min=2" → its key). */
export function messageKeysIn(source: string): string[] {
  // Not a template prefix (`validation.${x}`): those are checked through their enum.
  return [...source.matchAll(/['"`]((?:validation|error)\.[A-Za-z0-9_.]*[A-Za-z0-9])(?=['"`?])/g)].map(
    (m) => m[1]!,
  );
}
