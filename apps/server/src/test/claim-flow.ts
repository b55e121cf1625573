import { expect } from 'vitest';
import type { staffApp } from './staff-app.ts';

/**
 * The steps a benefit claim's end-to-end test takes on `s`, its applications at `base`: the
 * decision call (by the clerk unless another session is given), the grant in cash on 20.11.2026
 * that may be made once only, and the decision's months listed after a payment run.
 */
export function claimFlow(s: ReturnType<typeof staffApp>, base: string) {
  const decide = (id: string, body: object, cookie = s.who.swiadczenia!) =>
    s.call('POST', `${base}/${id}/decision`, cookie, body);
  return {
    decide,
    /** Grants the application (a 200), then checks a second grant the next day is a 409; the decision. */
    async grantOnce(id: string) {
      const decided = await decide(id, {
        outcome: 'grant',
        decidedOn: '2026-11-20',
        paymentMethod: 'cashDesk',
      });
      expect(decided.statusCode).toBe(200);
      const again = await decide(id, { outcome: 'grant', decidedOn: '2026-11-21' });
      expect(again.statusCode).toBe(409);
      return decided.json().decision;
    },
    /** Runs the payments of `month`; the decision's schedule and its listed months as `[YYYY-MM, grosze]`. */
    async listedAfterRun(decisionId: string, month: string) {
      const run = await s.call('POST', '/api/v1/payment-runs', s.who.swiadczenia!, { month });
      expect(run.statusCode).toBeLessThan(300);
      const schedule = (
        await s.call('GET', `/api/v1/payment-schedules/${decisionId}`, s.who.swiadczenia!)
      ).json();
      const listed = schedule.items
        .filter((i: { status: string }) => i.status === 'listed')
        .map((i: { month: string; amount: number }) => [i.month.slice(0, 7), i.amount]);
      return { schedule, listed };
    },
    /** A report (at `url`) asked for a `to` month before its `from` is a 400 naming `to`. */
    async reportRefusesReversedRange(url: string) {
      const bad = await s.call('GET', `${url}?from=2027-01&to=2026-11`, s.who.swiadczenia!);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].path).toBe('to');
    },
  };
}
