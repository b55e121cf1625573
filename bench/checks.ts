// Small pure helpers of the benchmark, unit-tested in checks.test.ts: a figure is only reported
// when what it was measured on exists, and the app listens on a port nobody else holds.
import net from 'node:net';
import { percentile } from './measure.ts';

/** The median of response times (ms); NaN for none. */
export function median(times: readonly number[]): number {
  return percentile(
    [...times].sort((a, b) => a - b),
    50,
  );
}

/**
 * What the API adds to the SQL it runs: median API time ÷ median SQL time, both measured with one
 * client (no queue in front of either, so the ratio is the API's own cost, not the pool's wait).
 */
export function ratioOfMedians(api: readonly number[], sql: readonly number[]): number {
  if (api.length === 0 || sql.length === 0) throw new Error('ratio of medians: no samples');
  const s = median(sql);
  if (!(s > 0)) throw new Error(`ratio of medians: SQL median ${s} ms`);
  return median(api) / s;
}

/** A missing input is an error, never a figure: e.g. 0 JavaScript files when the web app was not built. */
export function requireInput<T>(value: T, present: (v: T) => boolean, what: string): T {
  if (!present(value)) throw new Error(`missing input: ${what}`);
  return value;
}

/** Whether nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/**
 * A free port: the first free one of `range` ("4500-4599", BENCH_PORTS), or one the OS picks.
 * It is free when checked; the app binds it a moment later (a race nobody else in a bench wins).
 */
export async function freePort(range?: string): Promise<number> {
  if (range) {
    const m = /^(\d+)-(\d+)$/.exec(range.trim());
    if (!m) throw new Error(`BENCH_PORTS must look like 4500-4599, not ${range}`);
    for (let p = Number(m[1]); p <= Number(m[2]); p++) if (await portIsFree(p)) return p;
    throw new Error(`no free port in ${range}`);
  }
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The payment run must pay every household it was set up for; a shortfall is reported as the
 * real count and fails the figure instead of timing a smaller run.
 */
export function paidAll(expected: number, paid: number): { met: boolean; note: string } {
  return paid === expected
    ? { met: true, note: `${paid.toLocaleString('pl-PL')} paid` }
    : {
        met: false,
        note: `only ${paid.toLocaleString('pl-PL')} of ${expected.toLocaleString('pl-PL')} paid`,
      };
}
