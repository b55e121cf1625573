// Importing the package index registers every message file the domain ships.
import '../index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allMessageFiles, hasMessage, LOCALES, pickLocale, registerMessages, t, tPlural } from './index.ts';
import { uiAccount } from './ui-account.ts';
import { uiAlcoholCommission } from './ui-alcohol-commission.ts';
import { uiAlimonyDebtors } from './ui-alimony-debtors.ts';
import { uiAlimonyFund } from './ui-alimony-fund.ts';
import { uiCentres } from './ui-centres.ts';
import { uiFamilyBenefits } from './ui-family-benefits.ts';
import { uiFamilySupport } from './ui-family-support.ts';
import { uiRecords } from './ui-records.ts';
import { uiServices } from './ui-services.ts';
import { uiSocialWork } from './ui-social-work.ts';

// Registered by the web app's API modules of their screens (lazily), checked here like the rest.
registerMessages(uiSocialWork, uiFamilySupport, uiRecords, uiServices, uiFamilyBenefits, uiAccount);
registerMessages(uiAlcoholCommission, uiAlimonyDebtors);
registerMessages(
  uiSocialWork,
  uiFamilySupport,
  uiRecords,
  uiServices,
  uiFamilyBenefits,
  uiAccount,
  uiAlimonyFund,
  uiCentres,
);

describe('translation files', () => {
  it('are registered', () => {
    expect(allMessageFiles().length).toBeGreaterThanOrEqual(2);
  });

  it('have every key in Polish, Ukrainian and English, none empty', () => {
    const problems: string[] = [];
    // Plural forms a language does not have (English has no "few") need no key in it.
    const categories = (l: string) => new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[];
    const notUsedIn = (key: string, l: string) => {
      const suffix = key.split('.').at(-1)!;
      return ['zero', 'one', 'two', 'few', 'many'].includes(suffix) && !categories(l).includes(suffix);
    };
    allMessageFiles().forEach((file, i) => {
      const keys = new Set(LOCALES.flatMap((l) => Object.keys(file[l])));
      for (const key of keys)
        for (const locale of LOCALES) {
          const text = file[locale][key];
          if (text === undefined && notUsedIn(key, locale)) continue;
          if (text === undefined) problems.push(`file ${i}: ${key} missing in ${locale}`);
          else if (text.trim() === '') problems.push(`file ${i}: ${key} empty in ${locale}`);
        }
    });
    expect(problems).toEqual([]);
  });

  it('use the same {placeholders} in every language', () => {
    const problems: string[] = [];
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const file of allMessageFiles())
      for (const key of Object.keys(file.pl))
        for (const locale of LOCALES)
          if (
            file[locale][key] !== undefined &&
            names(file[locale][key]!).join() !== names(file.pl[key]!).join()
          )
            problems.push(`${key} (${locale})`);
    expect(problems).toEqual([]);
  });

  it('translate every message key the registry, org and identity schemas and services use', () => {
    for (const key of [
      'error.peselTaken',
      'error.possibleDuplicate',
      'validation.pesel.taken',
      'validation.possibleDuplicate',
      'validation.withoutPesel.required',
      'validation.citizenship',
      'validation.household.oneApplicant',
      'validation.household.alreadyMember',
      'validation.address.noFieldTeam',
      'validation.range.both',
      'validation.range.order',
      'validation.time',
      'validation.login.format',
      'validation.login.taken',
      'validation.roles.required',
      'validation.invalidCharacters',
      'validation.pesel.future',
      'validation.birthDate.range',
      'validation.household.memberPerson',
      'validation.address.numberNotServed',
      'validation.time.order',
      'validation.cursor',
      'validation.date.future',
      'validation.household.dateBeforeSince',
      'validation.dateRange.order',
    ])
      expect(hasMessage(key), key).toBe(true);
  });
});

/** Every source file of the domain, the server and the web app (tests excepted). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('message keys used in the code', () => {
  it('all exist (so no user ever sees "validation.something")', () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const dirs = ['packages/domain/src', 'apps/server/src', 'apps/web/src'].map((d) => join(root, d));
    const missing = new Set<string>();
    let seen = 0;
    for (const file of dirs.flatMap((d) => {
      try {
        return sourceFiles(d);
      } catch {
        return [];
      }
    })) {
      // A key in quotes, possibly with parameters ("validation.tooShort?min=2"); not a template prefix.
      for (const m of readFileSync(file, 'utf8').matchAll(
        /['"`]((?:validation|error)\.[A-Za-z0-9_.]*[A-Za-z0-9])(?=['"`?])/g,
      )) {
        seen++;
        if (!hasMessage(m[1]!)) missing.add(`${m[1]} (${file.slice(root.length)})`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect([...missing]).toEqual([]);
  });
});

describe('t', () => {
  it('translates, fills placeholders, and falls back to Polish, then to the key', () => {
    expect(t('pl', 'error.notFound')).toBe('Nie znaleziono.');
    expect(t('en', 'error.notFound')).toBe('Not found.');
    expect(t('uk', 'validation.tooShort', { min: 2 })).toBe('Закоротко (щонайменше 2 символів).');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
    registerMessages({ pl: { 'test.onlyPolish': 'Tylko po polsku' }, uk: {}, en: {} });
    expect(t('en', 'test.onlyPolish')).toBe('Tylko po polsku');
  });
});

describe('pickLocale', () => {
  it.each([
    [undefined, 'pl'],
    [null, 'pl'],
    ['', 'pl'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'pl'],
    ['de-DE,uk;q=0.8,en;q=0.9', 'en'],
    ['fr;q=1, uk;q=0.5', 'uk'],
    ['EN-us', 'en'],
    ['*', 'pl'],
    ['pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7', 'pl'],
  ])('%j → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});

describe('tPlural', () => {
  registerMessages({
    pl: {
      'test.applications.one': '{count} wniosek',
      'test.applications.few': '{count} wnioski',
      'test.applications.many': '{count} wniosków',
      'test.applications.other': '{count} wniosku',
    },
    uk: {
      'test.applications.one': '{count} заява',
      'test.applications.few': '{count} заяви',
      'test.applications.many': '{count} заяв',
      'test.applications.other': '{count} заяви',
    },
    en: { 'test.applications.one': '{count} application', 'test.applications.other': '{count} applications' },
  });

  it.each([
    [0, '0 wniosków'],
    [1, '1 wniosek'],
    [2, '2 wnioski'],
    [4, '4 wnioski'],
    [5, '5 wniosków'],
    [11, '11 wniosków'],
    [12, '12 wniosków'],
    [14, '14 wniosków'],
    [21, '21 wniosków'],
    [22, '22 wnioski'],
    [104, '104 wnioski'],
    [112, '112 wniosków'],
    [1.5, '1.5 wniosku'],
  ])('Polish: %d → %s', (n, text) => {
    expect(tPlural('pl', 'test.applications', n)).toBe(text);
  });

  it('Ukrainian and English forms', () => {
    expect(tPlural('uk', 'test.applications', 1)).toBe('1 заява');
    expect(tPlural('uk', 'test.applications', 3)).toBe('3 заяви');
    expect(tPlural('uk', 'test.applications', 5)).toBe('5 заяв');
    expect(tPlural('uk', 'test.applications', 21)).toBe('21 заява');
    expect(tPlural('en', 'test.applications', 1)).toBe('1 application');
    expect(tPlural('en', 'test.applications', 2)).toBe('2 applications');
  });
});
