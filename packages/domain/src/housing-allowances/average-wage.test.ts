import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { housingAllowances } from '../i18n/housing-allowances.ts';
import { registerMessages } from '../i18n/index.ts';
import {
  AverageWageNoticeInput,
  dayAfterQuarter,
  expectedNoticeQuarter,
  missingQuarters,
  noticeInForce,
  wageNoticeStep,
} from './average-wage.ts';

registerMessages(housingAllowances);

// The notices held since migration 0530 (IV kw. 2023, 2024, 2025), as the server would pass them.
const NOTICES = [
  { year: 2023, quarter: 4, amountGrosze: 776_785, appliesFrom: '2024-02-09' },
  { year: 2024, quarter: 4, amountGrosze: 847_721, appliesFrom: '2025-02-11' },
  { year: 2025, quarter: 4, amountGrosze: 919_779, appliesFrom: '2026-02-09' },
];

describe('the notice in force on the day of the application (art. 3 ust. 3 udm)', () => {
  it('the latest one published on or before the day', () => {
    expect(noticeInForce(NOTICES, '2026-12-04')!.amountGrosze).toBe(919_779);
    expect(noticeInForce(NOTICES, '2026-02-09')!.amountGrosze).toBe(919_779);
    expect(noticeInForce(NOTICES, '2026-02-08')!.amountGrosze).toBe(847_721);
    expect(noticeInForce(NOTICES, '2024-02-08')).toBeNull();
  });
  it('a quarter’s notice entered later counts from its own day', () => {
    const q3 = { year: 2026, quarter: 3, amountGrosze: 950_000, appliesFrom: '2026-11-10' };
    expect(noticeInForce([...NOTICES, q3], '2026-11-09')!.quarter).toBe(4);
    expect(noticeInForce([...NOTICES, q3], '2026-11-10')).toBe(q3);
  });
});

describe('staleness: the quarter whose notice should be out', () => {
  it('on 2026-12-04 the III kw. 2026 (published in November)', () => {
    expect(expectedNoticeQuarter('2026-12-04')).toEqual({ year: 2026, quarter: 3 });
    expect(expectedNoticeQuarter('2026-11-30')).toEqual({ year: 2026, quarter: 2 });
    expect(expectedNoticeQuarter('2026-03-01')).toEqual({ year: 2025, quarter: 4 });
    expect(expectedNoticeQuarter('2026-02-28')).toEqual({ year: 2025, quarter: 3 });
    expect(expectedNoticeQuarter('2026-06-01')).toEqual({ year: 2026, quarter: 1 });
  });
  it('with IV kw. 2025 on 2026-12-04, I–III kw. 2026 are missing; none once III kw. 2026 is in', () => {
    expect(missingQuarters({ year: 2025, quarter: 4 }, '2026-12-04')).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 3 },
    ]);
    expect(missingQuarters({ year: 2026, quarter: 3 }, '2026-12-04')).toEqual([]);
    expect(missingQuarters({ year: 2025, quarter: 4 }, '2026-05-31')).toEqual([]);
  });
});

describe('a notice the administrator enters', () => {
  const ok = { year: 2026, quarter: 3, amountGrosze: 950_000, appliesFrom: '2026-11-10' };
  const paths = (v: object) =>
    AverageWageNoticeInput.safeParse(v).error?.issues.map((i) => i.path.join('.')) ?? [];
  it('applies from the first day after its quarter at the earliest', () => {
    expect(dayAfterQuarter({ year: 2025, quarter: 4 })).toBe('2026-01-01');
    expect(dayAfterQuarter({ year: 2026, quarter: 3 })).toBe('2026-10-01');
    expect(paths({ ...ok, appliesFrom: '2026-10-01' })).toEqual([]);
    expect(paths({ ...ok, appliesFrom: '2026-09-30' })).toEqual(['appliesFrom']);
  });
  it('names the quarter out of 1–4 and an amount of 0', () => {
    expect(paths({ ...ok, quarter: 5 })).toEqual(['quarter']);
    expect(paths({ ...ok, quarter: 0, amountGrosze: 0 }).sort()).toEqual(['amountGrosze', 'quarter']);
  });
});

describe('the explanation names the notice', () => {
  it('IV kw. 2025, 9197,79 zł, from 09.02.2026, under art. 3 ust. 3 udm', () => {
    const [pl] = renderExplanation([wageNoticeStep(NOTICES[2]!)], 'pl');
    expect(pl!.article).toBe('art. 3 ust. 3 ustawy o dodatkach mieszkaniowych');
    expect(pl!.text.replace(/\s/g, ' ')).toBe(
      'Przeciętne miesięczne wynagrodzenie 9197,79 zł z komunikatu Prezesa GUS za IV kw. 2025, obowiązującego od 09.02.2026.',
    );
  });
});
