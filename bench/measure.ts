// Load measurement with autocannon, recording every response time so percentiles are exact.
import autocannon from 'autocannon';

export interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
  paths?: () => string;
  /**
   * Requests per second offered by all connections together (an open model: sessions that pause
   * between requests, as people do); without it each connection sends as fast as it is answered.
   */
  rate?: number;
  /** A whole request per call (method, path, headers, body), for mixed workloads. */
  request?: () => { method: string; path: string; headers?: Record<string, string>; body?: string };
}): Promise<Figures> {
  const times: number[] = [];
  let errors = 0;
  let finish: (r: autocannon.Result) => void = () => {};
  let fail: (e: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    method: opts.method ?? 'GET',
    body: opts.body,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    requests: opts.request
      ? [{ setupRequest: (req) => ({ ...req, ...opts.request!() }) as never }]
      : opts.paths
        ? [{ setupRequest: (req) => ({ ...req, path: opts.paths!() }) }]
        : undefined,
  };
  const instance = autocannon(options, (err, result) => (err ? fail(err) : finish(result)));
  instance.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status >= 400) errors++;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: times.length / opts.seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
  };
}

/** Latencies of running `fn` with `concurrency` callers for `count` calls. */
export async function timeCalls(count: number, concurrency: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await fn(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}
