// Load measurement with autocannon, recording every response time so percentiles are exact.
import http from 'node:http';
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
  return figures(times, opts.seconds, errors + result.errors + result.timeouts);
}

/** Percentiles and rate of the response times recorded over `seconds`. */
function figures(times: number[], seconds: number, errors: number): Figures {
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
  };
}

type Request = { method: string; path: string; headers?: Record<string, string> | undefined; body?: string };

/** One request over `agent` (node:http); its status, 0 when it failed. */
function sendOn(agent: http.Agent, hostname: string, port: string, r: Request) {
  return new Promise<number>((resolve) => {
    const req = http.request(
      { agent, hostname, port, method: r.method, path: r.path, headers: r.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

/**
 * GETs on one kept-alive connection (node:http, as `paced` sends): a one-client time is then the
 * server's, not fetch's (undici's fetch costs about 0.15 ms more per request here than node:http).
 */
export function keepAliveGet(url: string, headers: Record<string, string>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(url);
  return (path: string) => sendOn(agent, hostname, port, { method: 'GET', path, headers });
}

/** Response times (ms) of `count` calls of `fn`, one at a time: one client, no queue. */
export async function oneClient(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Response times (ms) of each of `sides`, one call at a time, the sides taking turns for every i. */
export async function interleaved(
  count: number,
  sides: ((i: number) => Promise<unknown>)[],
): Promise<number[][]> {
  const times = sides.map(() => [] as number[]);
  for (let i = 0; i < count; i++)
    for (const [k, fn] of sides.entries()) {
      const t0 = performance.now();
      await fn(i);
      times[k]!.push(performance.now() - t0);
    }
  return times;
}

/**
 * Sessions with pauses: each of `sessions` sends a request, waits for the answer, then pauses so
 * that together they offer `rate` requests a second, with random (exponential) gaps as people
 * click. A session never has two requests open, and one that fell behind does not catch up in a
 * burst — so when the server is slow the rate achieved drops below `rate` and shows it.
 * (autocannon's overallRate sends each connection's share at the start of every second.)
 */
export async function paced(opts: {
  url: string;
  sessions: number;
  rate: number;
  seconds: number;
  request: () => { method: string; path: string; headers?: Record<string, string>; body?: string };
}): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.sessions });
  const { hostname, port } = new URL(opts.url);
  const times: number[] = [];
  let errors = 0;
  const failures = new Map<number, number>();
  const meanGap = (opts.sessions / opts.rate) * 1000;
  const end = performance.now() + opts.seconds * 1000;
  const send = (r: ReturnType<typeof opts.request>) => sendOn(agent, hostname, port, r);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
  await Promise.all(
    Array.from({ length: opts.sessions }, async () => {
      let next = performance.now() + Math.random() * meanGap;
      while (next < end) {
        await sleep(next - performance.now());
        const t0 = performance.now();
        const status = await send(opts.request());
        const t1 = performance.now();
        if (t1 <= end) {
          times.push(t1 - t0);
          if (status === 0 || status >= 400) {
            errors++;
            failures.set(status, (failures.get(status) ?? 0) + 1);
          }
        }
        next = Math.max(t1, next - Math.log(1 - Math.random()) * meanGap);
      }
    }),
  );
  agent.destroy();
  if (failures.size > 0)
    console.log(
      `  (failed answers by status: ${[...failures].map(([s, n]) => `${s || 'no answer'}: ${n}`).join(', ')})`,
    );
  return figures(times, opts.seconds, errors);
}
