import { describe, expect, it } from 'vitest';
import {
  type CardChild,
  childCardUntil,
  expiringNextMonth,
  familyQualifies,
  parentEntitled,
  rightInSchool,
  rightUntilAdult,
  rightWithDisability,
} from './large-family-card.ts';

const child = (birthDate: string, more: Partial<CardChild> = {}): CardChild => ({
  birthDate,
  schoolUntil: null,
  disability: null,
  ...more,
});

describe('Karta Dużej Rodziny', () => {
  it('gives a child the card to the day before the 18th birthday', () => {
    expect(childCardUntil(child('2010-05-20'), '2026-01-01')).toBe('2028-05-19');
    expect(childCardUntil(child('2008-05-20'), '2026-05-20')).toBeUndefined();
  });
  it('extends it while in school, but not past the day before the 25th birthday', () => {
    expect(childCardUntil(child('2008-05-20', { schoolUntil: '2029-09-30' }), '2026-06-01')).toBe(
      '2029-09-30',
    );
    expect(childCardUntil(child('2003-05-20', { schoolUntil: '2029-09-30' }), '2026-06-01')).toBe(
      '2028-05-19',
    );
  });
  it('has no age limit with a moderate or significant disability', () => {
    expect(childCardUntil(child('1990-01-01', { disability: { until: null } }), '2026-06-01')).toBeNull();
    expect(childCardUntil(child('1990-01-01', { disability: { until: '2027-03-31' } }), '2026-06-01')).toBe(
      '2027-03-31',
    );
  });
  it('needs three children with a right at the application', () => {
    const two = [child('2012-01-01'), child('2015-01-01')];
    expect(familyQualifies([...two, child('2007-01-01')], '2026-01-01')).toBe(false);
    expect(familyQualifies([...two, child('2007-01-01', { schoolUntil: '2027-06-30' })], '2026-01-01')).toBe(
      true,
    );
  });
  it('keeps a parent’s card for life since 2019, unless deprived of parental authority', () => {
    expect(parentEntitled({ childrenEver: 3, deprivedOfAuthority: false })).toBe(true);
    expect(parentEntitled({ childrenEver: 3, deprivedOfAuthority: true })).toBe(false);
    expect(parentEntitled({ childrenEver: 2, deprivedOfAuthority: false })).toBe(false);
  });
  it('lists the cards that expire next month', () => {
    const cards = [
      { n: 1, validUntil: '2027-01-31' },
      { n: 2, validUntil: '2027-01-01' },
      { n: 3, validUntil: '2026-12-31' },
      { n: 4, validUntil: null },
    ];
    expect(expiringNextMonth(cards, '2026-12-03').map((c) => c.n)).toEqual([1, 2]);
  });
});

describe('Karta Dużej Rodziny: each condition at the birthday boundaries', () => {
  it('to 18: the right ends the day before the 18th birthday (29 February → 27 February in a common year)', () => {
    expect(rightUntilAdult('2008-12-04')).toBe('2026-12-03');
    expect(childCardUntil(child('2008-12-04'), '2026-12-03')).toBe('2026-12-03');
    expect(childCardUntil(child('2008-12-04'), '2026-12-04')).toBeUndefined();
    expect(rightUntilAdult('2008-02-29')).toBe('2026-02-27');
  });
  it('in school: to the end of schooling, at most the day before the 25th birthday', () => {
    expect(rightInSchool('2001-12-04', '2026-06-30')).toBe('2026-06-30');
    expect(rightInSchool('2001-12-04', '2027-06-30')).toBe('2026-12-03');
    expect(rightInSchool('2001-12-04', null)).toBeNull();
    expect(childCardUntil(child('2001-12-04', { schoolUntil: '2027-06-30' }), '2026-12-03')).toBe(
      '2026-12-03',
    );
    expect(childCardUntil(child('2001-12-04', { schoolUntil: '2027-06-30' }), '2026-12-04')).toBeUndefined();
  });
  it('with a moderate or significant disability: past 25 while the certificate is valid', () => {
    expect(rightWithDisability(null)).toBeUndefined();
    expect(rightWithDisability({ until: null })).toBeNull();
    expect(childCardUntil(child('2001-12-04', { disability: { until: '2026-12-31' } }), '2026-12-04')).toBe(
      '2026-12-31',
    );
    expect(
      childCardUntil(child('2001-12-04', { disability: { until: '2026-12-31' } }), '2027-01-01'),
    ).toBeUndefined();
  });
});
