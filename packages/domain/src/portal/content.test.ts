import { describe, expect, it } from 'vitest';
import { HelpFormInput, NewsInput, PageInput, pageProblems, pickTranslation } from './content.ts';
import { isOpenNow, warsawClock } from './offices.ts';

const pl = { title: 'Zasiłek okresowy', summary: 'S', description: 'D', eligibility: 'E', whatToBring: 'W' };
const form = (texts: object) =>
  HelpFormInput.safeParse({ slug: 'zasilek-okresowy', category: 'cash', texts });
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('public content in three languages', () => {
  it('requires Polish; Ukrainian and English are optional but, when given, complete', () => {
    expect(form({ pl }).success).toBe(true);
    expect(form({ pl, uk: { ...pl, title: 'Періодична допомога' } }).success).toBe(true);
    expect(issues(form({ en: pl }))).toContain('texts.pl: validation.required');
    expect(issues(form({ pl, en: { ...pl, eligibility: '' } }))).toEqual([
      'texts.en.eligibility: validation.content.translation',
    ]);
  });

  it('refuses links to other sites and scripts, but not a plain domain or an e-mail address', () => {
    expect(issues(form({ pl: { ...pl, description: 'Zobacz https://example.com/tracker.png' } }))).toEqual([
      'texts.pl.description: validation.content.noLinks',
    ]);
    expect(issues(form({ pl: { ...pl, summary: 'javascript:alert(1)' } }))).toEqual([
      'texts.pl.summary: validation.content.noLinks',
    ]);
    expect(
      form({ pl: { ...pl, description: 'Więcej na gov.pl; pisz: sekretariat@ostoja.example' } }).success,
    ).toBe(true);
  });

  it('serves the requested language or falls back to Polish, saying which', () => {
    const texts = { pl: { title: 'Kontakt' }, en: { title: 'Contact' } };
    expect(pickTranslation(texts, 'en')).toEqual({ title: 'Contact', lang: 'en' });
    expect(pickTranslation(texts, 'uk')).toEqual({ title: 'Kontakt', lang: 'pl' });
  });

  it('checks slugs, news validity and the accessibility statement’s required facts', () => {
    expect(
      HelpFormInput.safeParse({ slug: 'Zasiłek okresowy', category: 'cash', texts: { pl } }).success,
    ).toBe(false);
    const news = { kind: 'announcement', texts: { pl: { title: 'T', summary: 'S', body: 'B' } } };
    expect(
      NewsInput.safeParse({ ...news, publishedAt: '2026-11-20T10:00:00+01:00', validUntil: '2026-11-19' })
        .success,
    ).toBe(false);
    expect(
      NewsInput.safeParse({ ...news, publishedAt: '2026-11-20T10:00:00+01:00', validUntil: '2026-11-20' })
        .success,
    ).toBe(true);
    const page = PageInput.parse({ texts: { pl: { title: 'Deklaracja', body: 'Treść' } } });
    expect(pageProblems('accessibility', page).map((p) => p.path)).toEqual([
      'sitePublishedOn',
      'preparedOn',
      'compliance',
    ]);
    expect(pageProblems('contact', page)).toEqual([]);
  });
});

describe('open now, in Warsaw time', () => {
  const hours = [
    { day: 1, open: '10:00', close: '18:00' },
    { day: 2, open: '08:00', close: '16:00' },
  ];
  it('reads the local day and time whatever the server’s zone, across daylight saving time', () => {
    // Monday 16 Nov 2026, 09:30 UTC = 10:30 in Warsaw (CET, UTC+1).
    expect(warsawClock(new Date('2026-11-16T09:30:00Z'))).toEqual({
      date: '2026-11-16',
      day: 1,
      time: '10:30',
    });
    // Monday 15 Jun 2026, 09:30 UTC = 11:30 (CEST, UTC+2); Sunday 23:30 UTC is already Monday.
    expect(warsawClock(new Date('2026-06-15T09:30:00Z'))).toEqual({
      date: '2026-06-15',
      day: 1,
      time: '11:30',
    });
    expect(warsawClock(new Date('2026-06-14T22:30:00Z'))).toMatchObject({
      date: '2026-06-15',
      day: 1,
      time: '00:30',
    });
  });

  it('is open within the hours, closed outside them, and closed on a public holiday', () => {
    expect(isOpenNow(hours, new Date('2026-11-16T09:30:00Z'))).toBe(true); // Mon 10:30
    expect(isOpenNow(hours, new Date('2026-11-16T08:30:00Z'))).toBe(false); // Mon 9:30
    expect(isOpenNow(hours, new Date('2026-11-16T17:00:00Z'))).toBe(false); // Mon 18:00 — closed
    expect(isOpenNow(hours, new Date('2026-11-17T07:00:00Z'))).toBe(true); // Tue 8:00
    // Tuesday 10 Nov 2026 is a working day; Monday 6 April 2026 is Easter Monday.
    expect(isOpenNow(hours, new Date('2026-11-10T10:00:00Z'))).toBe(true);
    expect(isOpenNow(hours, new Date('2026-04-06T09:00:00Z'))).toBe(false);
  });
});
