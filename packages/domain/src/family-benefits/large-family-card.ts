import { addMonthsToDate } from './dates.ts';

// Karta Dużej Rodziny (ustawa z dnia 5 grudnia 2014 r. o Karcie Dużej Rodziny): who in a family
// has a right to a card, and until when. No income criterion.

export interface CardChild {
  birthDate: string;
  /** In school or higher education: until when (the declared end of schooling). */
  schoolUntil: string | null;
  /** An umiarkowany or znaczny stopień niepełnosprawności: valid until (null: permanently). */
  disability: { until: string | null } | null;
}

const dayBefore = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const birthday = (birthDate: string, years: number) => addMonthsToDate(birthDate, years * 12);
const later = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);

// Art. 4 ust. 1 pkt 2 lit. a ustawy o KDR: a child has the right until the day before its 18th birthday.
export function rightUntilAdult(birthDate: string): string {
  return dayBefore(birthday(birthDate, 18));
}

// Art. 4 ust. 1 pkt 2 lit. b ustawy o KDR: in school or higher education, until the end of schooling but not past the day before the 25th birthday.
export function rightInSchool(birthDate: string, schoolUntil: string | null): string | null {
  if (!schoolUntil) return null;
  const limit = dayBefore(birthday(birthDate, 25));
  return schoolUntil < limit ? schoolUntil : limit;
}

// Art. 4 ust. 1 pkt 2 lit. c ustawy o KDR: with a moderate or significant disability, no age limit — while the certificate is valid (null: permanently).
export function rightWithDisability(disability: CardChild['disability']): string | null | undefined {
  return disability ? disability.until : undefined;
}

/**
 * A child's right to a card (art. 4 ust. 1 pkt 2): the latest end of the three conditions. The last
 * day of the right, null = no end; undefined when the child has no right on `on`.
 */
export function childCardUntil(c: CardChild, on: string): string | null | undefined {
  let until: string | null = rightUntilAdult(c.birthDate);
  const school = rightInSchool(c.birthDate, c.schoolUntil);
  if (school && school > until) until = school;
  const disability = rightWithDisability(c.disability);
  if (disability !== undefined) until = later(until, disability);
  return until === null || until >= on ? until : undefined;
}

// Art. 4 ust. 1 and 1a: a family with at least three children with a right on the day of the application.
export function familyQualifies(children: readonly CardChild[], on: string): boolean {
  return children.filter((c) => childCardUntil(c, on) !== undefined).length >= 3;
}

/**
 * Art. 4 ust. 1a and art. 7 ust. 1 pkt 1 [M: the numbers] since 1 January 2019: a parent who has
 * ever had at least three children has a card for life — unless deprived of parental authority, or
 * its exercise was limited by placing the children in foster care (art. 4 ust. 3).
 */
export function parentEntitled(p: { childrenEver: number; deprivedOfAuthority: boolean }): boolean {
  return p.childrenEver >= 3 && !p.deprivedOfAuthority;
}

/** Cards whose validity ends in the calendar month after `today` — the clerk's list for extensions. */
export function expiringNextMonth<T extends { validUntil: string | null }>(
  cards: readonly T[],
  today: string,
): T[] {
  const next = addMonthsToDate(`${today.slice(0, 7)}-01`, 1).slice(0, 7);
  return cards.filter((c) => c.validUntil?.slice(0, 7) === next);
}
