import { describe, expect, it } from 'vitest';
import { type Duty, type DutyException, generateSlots, isAhead, isoWeekday } from './slots.ts';

// November 2026: Monday 9th, Tuesday 10th, Wednesday 11th = Narodowe Święto Niepodległości.
const duty = (over: Partial<Duty> = {}): Duty => ({
  specialistId: 'lawyer',
  weekday: 2,
  start: '12:00',
  end: '16:00',
  slotMinutes: 60,
  mode: 'inPerson',
  officeId: 'jasna',
  room: 'pokój 1',
  phone: null,
  validFrom: '2026-01-01',
  validTo: null,
  months: null,
  ...over,
});
const starts = (d: Duty[], e: DutyException[], from: string, to = from) =>
  generateSlots(d, e, from, to).map((s) => `${s.date} ${s.start}-${s.end} ${s.specialistId}`);

describe('slot generation from weekly duty hours', () => {
  it('cuts the duty into slots of its length, dropping a tail too short for a slot', () => {
    expect(starts([duty()], [], '2026-11-10')).toEqual([
      '2026-11-10 12:00-13:00 lawyer',
      '2026-11-10 13:00-14:00 lawyer',
      '2026-11-10 14:00-15:00 lawyer',
      '2026-11-10 15:00-16:00 lawyer',
    ]);
    expect(starts([duty({ slotMinutes: 90 })], [], '2026-11-10')).toEqual([
      '2026-11-10 12:00-13:30 lawyer',
      '2026-11-10 13:30-15:00 lawyer',
    ]);
    const [slot] = generateSlots([duty()], [], '2026-11-10', '2026-11-10');
    expect(slot).toMatchObject({ mode: 'inPerson', officeId: 'jasna', room: 'pokój 1', phone: null });
  });

  it('repeats weekly on its ISO weekday (Monday = 1, Sunday = 7) within its validity', () => {
    expect(isoWeekday('2026-11-09')).toBe(1);
    expect(isoWeekday('2026-11-15')).toBe(7);
    const d = duty({ start: '12:00', end: '13:00', validFrom: '2026-11-10', validTo: '2026-11-24' });
    expect(starts([d], [], '2026-11-01', '2026-12-31')).toEqual([
      '2026-11-10 12:00-13:00 lawyer',
      '2026-11-17 12:00-13:00 lawyer',
      '2026-11-24 12:00-13:00 lawyer',
    ]);
    expect(starts([duty({ weekday: 7, end: '13:00' })], [], '2026-11-15')).toEqual([
      '2026-11-15 12:00-13:00 lawyer',
    ]);
  });

  it('offers no slot on a public holiday', () => {
    const wed = duty({ weekday: 3, end: '13:00' });
    expect(starts([wed], [], '2026-11-04', '2026-11-18')).toEqual([
      '2026-11-04 12:00-13:00 lawyer',
      // 11 November: Narodowe Święto Niepodległości
      '2026-11-18 12:00-13:00 lawyer',
    ]);
    // Wigilia is a day off since 2025; 6 January (Trzech Króli); Easter Monday and Corpus Christi 2027.
    const all = [1, 2, 3, 4, 5].map((weekday) => duty({ weekday, end: '13:00' }));
    const days = new Set(generateSlots(all, [], '2026-12-21', '2027-01-08').map((s) => s.date));
    for (const holiday of ['2026-12-24', '2026-12-25', '2027-01-01', '2027-01-06'])
      expect(days.has(holiday)).toBe(false);
    expect(days.has('2026-12-23')).toBe(true);
    expect(starts(all, [], '2027-03-29')).toEqual([]); // Poniedziałek Wielkanocny
    expect(starts(all, [], '2027-05-27')).toEqual([]); // Boże Ciało
  });

  it('applies duty hours only in their months (phone-only psychologist in July and August)', () => {
    const inPerson = duty({
      specialistId: 'psy',
      weekday: 1,
      start: '09:00',
      end: '10:00',
      months: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
    });
    const byPhone = duty({
      specialistId: 'psy',
      weekday: 1,
      start: '09:00',
      end: '10:00',
      slotMinutes: 30,
      mode: 'phone',
      phone: '500 135 649',
      months: [7, 8],
      officeId: null,
    });
    const june = generateSlots([inPerson, byPhone], [], '2027-06-28', '2027-06-28');
    const july = generateSlots([inPerson, byPhone], [], '2027-07-05', '2027-07-05');
    expect(june.map((s) => `${s.start} ${s.mode}`)).toEqual(['09:00 inPerson']);
    expect(july.map((s) => `${s.start} ${s.mode} ${s.phone}`)).toEqual([
      '09:00 phone 500 135 649',
      '09:30 phone 500 135 649',
    ]);
  });

  it('removes slots an absence overlaps: the whole day, some hours, or the whole centre', () => {
    const both = [duty(), duty({ specialistId: 'psy' })];
    const absence = (over: Partial<DutyException>): DutyException => ({
      specialistId: 'lawyer',
      date: '2026-11-10',
      kind: 'absence',
      start: null,
      end: null,
      ...over,
    });
    expect(starts(both, [absence({})], '2026-11-10').every((s) => s.endsWith('psy'))).toBe(true);
    expect(starts([duty()], [absence({ start: '13:30', end: '14:15' })], '2026-11-10')).toEqual([
      '2026-11-10 12:00-13:00 lawyer',
      '2026-11-10 15:00-16:00 lawyer',
    ]);
    // Touching the edge is no overlap: an absence until 13:00 leaves the 13:00 slot.
    expect(starts([duty()], [absence({ start: '11:00', end: '13:00' })], '2026-11-10')).toHaveLength(3);
    expect(starts(both, [absence({ specialistId: null })], '2026-11-10')).toEqual([]);
    expect(starts(both, [absence({ date: '2026-11-17' })], '2026-11-10')).toHaveLength(8);
  });

  it('adds extra sessions, offers a start time once when duties overlap, and sorts by time', () => {
    const extra: DutyException = {
      specialistId: 'psy',
      date: '2026-11-13',
      kind: 'extra',
      start: '16:00',
      end: '17:00',
      slotMinutes: 30,
      mode: 'phone',
      officeId: null,
      room: null,
      phone: '22 728-44-97',
    };
    expect(starts([], [extra], '2026-11-13')).toEqual([
      '2026-11-13 16:00-16:30 psy',
      '2026-11-13 16:30-17:00 psy',
    ]);
    expect(starts([], [{ ...extra, date: '2026-11-11' }], '2026-11-11')).toEqual([]); // still a holiday
    const twice = [duty({ end: '14:00' }), duty({ start: '13:00', end: '15:00' })];
    expect(starts(twice, [], '2026-11-10')).toEqual([
      '2026-11-10 12:00-13:00 lawyer',
      '2026-11-10 13:00-14:00 lawyer',
      '2026-11-10 14:00-15:00 lawyer',
    ]);
    const mixed = generateSlots(
      [duty({ specialistId: 'b' }), duty({ specialistId: 'a', start: '12:30', end: '13:30' })],
      [],
      '2026-11-10',
      '2026-11-10',
    );
    expect(mixed.slice(0, 3).map((s) => `${s.start} ${s.specialistId}`)).toEqual([
      '12:00 b',
      '12:30 a',
      '13:00 b',
    ]);
  });

  it('knows whether a slot is still ahead at a local moment', () => {
    const s = { date: '2026-11-10', start: '12:00' };
    expect(isAhead(s, { date: '2026-11-10', time: '11:59' })).toBe(true);
    expect(isAhead(s, { date: '2026-11-10', time: '12:00' })).toBe(false);
    expect(isAhead(s, { date: '2026-11-09', time: '23:00' })).toBe(true);
    expect(isAhead(s, { date: '2026-11-11', time: '08:00' })).toBe(false);
  });
});
